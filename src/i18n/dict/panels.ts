/** User-facing text of the detail panels; merged into the main dictionary in ../messages.ts. */
export const zh = {
  'panel.statedTotal': '所述总数 · 不相加',
  'panel.destinations': '前往',
  'panel.pinyin': '拼音',
  'panel.kind': '类型',
  'panel.countyWideBadge': '全县',
  'panel.unassignedTitle': '会泽县内，所属乡镇未经证实',
  'panel.outsideTitle': '会泽县外',
  'panel.outsideCount': '另有 {n} 项记录在会泽县以外，见“会泽以外”与表格。',
  'panel.basis': '定位依据',
  'panel.villageCode': '村级代码',
  'panel.km2': '平方公里',
  'panel.officialAreaNote': '官方面积',

  'county.notSummed': '“累计”“近两年”等报道所述的总数彼此可能包含，只逐项列出，不相加。',
  'county.unassignedNote': '这些地点在会泽县内，但报道未能证实其所属乡镇，因此不计入任何乡镇。',

  'tp.keyFigures': '本乡镇数字',
  'tp.keyNote': '由下列事项相加；全县性数字不计入。',
  'tp.includesShared': '含共享数字',
  'tp.activityCount': '{n} 项',

  'sp.within': '位于',

  'act.direction': '方向',
  'act.dir.toHuize': '上海 → 会泽',
  'act.dir.toShanghai': '会泽 → 上海',
  'act.places': '地点',
  'act.people': '人物',
  'act.sharedPrefix': '与',
  'act.sharedSuffix': '共享',
  'act.sharedHint': '数字未按乡镇拆分，在各乡镇面板中完整列出。',
  'act.partOfRecord': '为另一项记录的一部分：{title}',

  'src.mark': '源',
  'src.label': '出处：{section}',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'panel.statedTotal': 'stated total · not added',
  'panel.destinations': 'Went to',
  'panel.pinyin': 'Pinyin',
  'panel.kind': 'Kind',
  'panel.countyWideBadge': 'county-wide',
  'panel.unassignedTitle': 'In Huize, township not proven',
  'panel.outsideTitle': 'Outside Huize',
  'panel.outsideCount': '{n} more records lie outside Huize: see “Beyond Huize” and the table.',
  'panel.basis': 'Basis of the position',
  'panel.villageCode': 'Village code',
  'panel.km2': 'km²',
  'panel.officialAreaNote': 'official area',

  'county.notSummed':
    'Totals the report states (cumulative, “in the last two years”) may contain one another: they are listed one by one, never added up.',
  'county.unassignedNote':
    'These places are in Huize, but the report does not prove their township, so they count in no township.',

  'tp.keyFigures': 'Figures for this township',
  'tp.keyNote': 'The sum of the activities below; county-wide figures are not included.',
  'tp.includesShared': 'includes shared figures',
  'tp.activityCount': '{n}',

  'sp.within': 'Inside',

  'act.direction': 'Direction',
  'act.dir.toHuize': 'Shanghai → Huize',
  'act.dir.toShanghai': 'Huize → Shanghai',
  'act.places': 'Places',
  'act.people': 'People',
  'act.sharedPrefix': 'Shared with',
  'act.sharedSuffix': '',
  'act.sharedHint': 'The figures are not split: each township’s panel shows them in full.',
  'act.partOfRecord': 'part of another record: {title}',

  'src.mark': 'src',
  'src.label': 'Source: {section}',
};
