/** Words of the map controls: metrics, classes, legend, township list, filters; merged in ../messages.ts. */
export const zh = {
  'metric.activities': '帮扶事项数',
  'metric.aid': '落到乡镇的帮扶金额',
  'metric.reached': '受益人数',
  'metric.stationed': '派驻人员',
  'metric.paired': '结对的宝山方',
  'metric.unit.activities': '项',
  'metric.unit.aid': '万元',
  'metric.unit.reached': '人',
  'metric.unit.stationed': '人',

  'method.quantile': '分位数',
  'method.jenks': '自然断点',
  'method.equal': '等间距',

  'legend.title': '图例',
  // A class's range; a class holding one value is written as that value.
  'legend.range': '{lower} – {upper}',
  'legend.rangeUnit': '{lower} – {upper} {unit}',
  'legend.oneUnit': '{value} {unit}',
  'legend.noRecord': '报道无记录',
  'legend.zero': '0（有记录，无此项数字）',
  'legend.notPaired': '报道未提及结对',
  'legend.shared':
    '※ 多个乡镇共同获得的金额或人数，在每个乡镇的面板中标注“与…共享”并计入各自数值；全县合计只计一次。',
  'legend.countyWide': '全县性数字不落到任何乡镇，见“全县汇总”。',
  'legend.townships': '个乡镇',
  'legend.sites': '点位符号',
  'legend.approximate': '空心：位置仅为大致（误差数公里以上）',

  'list.title': '乡镇',
  'list.search': '搜索乡镇（中文、拼音或英文）',
  'list.none': '没有匹配的乡镇',
  'list.noRecord': '无记录',

  'filters.title': '筛选',
  'filters.category': '类别',
  'filters.actor': '实施方',
  'filters.year': '年份',
  'filters.source': '来源',
  'filters.clear': '清除筛选',
  'filters.active': '已筛选',
  'filters.undated': '未注明年份',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'metric.activities': 'Number of activities',
  'metric.aid': 'Aid placed at the township',
  'metric.reached': 'People reached',
  'metric.stationed': 'People stationed there',
  'metric.paired': 'Baoshan partner',
  'metric.unit.activities': 'activities',
  'metric.unit.aid': 'yuan',
  'metric.unit.reached': 'people',
  'metric.unit.stationed': 'people',

  'method.quantile': 'Quantile',
  'method.jenks': 'Natural breaks',
  'method.equal': 'Equal interval',

  'legend.title': 'Legend',
  'legend.range': '{lower} – {upper}',
  'legend.rangeUnit': '{lower} – {upper} {unit}',
  'legend.oneUnit': '{value} {unit}',
  'legend.noRecord': 'No record in the report',
  'legend.zero': '0 (records, but no such figure)',
  'legend.notPaired': 'No pairing named',
  'legend.shared':
    '※ An amount or group of people shared by several townships is marked “shared with …” in each panel and counted in each township’s value; county totals count it once.',
  'legend.countyWide': 'County-wide figures belong to no township: see “County summary”.',
  'legend.townships': 'townships',
  'legend.sites': 'Site symbols',
  'legend.approximate': 'hollow: position only approximate (km or more)',

  'list.title': 'Townships',
  'list.search': 'Search by name or pinyin',
  'list.none': 'No township matches',
  'list.noRecord': 'no record',

  'filters.title': 'Filters',
  'filters.category': 'Category',
  'filters.actor': 'Actor',
  'filters.year': 'Year',
  'filters.source': 'Source',
  'filters.clear': 'Clear filters',
  'filters.active': 'Filtered',
  'filters.undated': 'undated',
};
