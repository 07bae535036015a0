/** User-facing text of the table components; merged into the main dictionary in ../messages.ts. */
export const zh = {
  'tv.townshipsCaption': '乡镇 × 指标（每行一个乡镇，共 {n} 个）',
  'tv.activitiesCaption': '全部帮扶事项（共 {n} 项）',
  'tv.regionTownshipsCaption': '区域内乡镇 × 指标（共 {n} 个乡镇）',
  'tv.regionTownshipsCaption.one': '区域内乡镇 × 指标（共 {n} 个乡镇）',
  'tv.regionActivitiesCaption': '落到区域内乡镇的帮扶事项（共 {n} 项；全县性记录不在此列）',
  'tv.total': '合计（共享数字只计一次）',
  'tv.totalNote':
    '合计行：事项数为落到乡镇的不重复事项数；多个乡镇共享的金额和人数只计一次。全县性、乡镇未证实及会泽县外的数字不计入本表。',
  'tv.shared': '含与其他乡镇共享的事项或数字',
  'tv.sharedNote': '※ 多个乡镇共同的事项、金额或人数，在每个相关乡镇的行中全额计入；合计行只计一次。',
  'tv.notPaired': '报道未提及结对',
  'tv.noFigures': '无数字',
  'tv.undated': '未注明时间',
  'tv.date': '时间',

  'table.title': '表格视图',
  'table.townships': '乡镇 × 指标',
  'table.activities': '全部帮扶事项',
  'table.township': '乡镇',
  'table.sortBy': '按此列排序',
  'table.category': '类别',
  'table.title.col': '事项',
  'table.places': '地点',
  'table.figures': '数字',
  'table.citation': '出处',
  'table.scope': '范围',

  // The report's section headings as it writes them, so the English views can name them (sectionName.ts finds
  // a heading's key by this text); a heading of a report added later is shown as written.
  'section.heading.research': '强化调研对接谋发展',
  'section.heading.talent': '强化人才交流添动力',
  'section.heading.labour': '强化劳务协作找出路',
  'section.heading.industry': '强化产业合作增后劲',
  'section.heading.funds': '强化资金帮扶惠民生',
  'section.heading.platform': '携手奔小康建平台',
  'section.heading.social': '社会帮扶展风采',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'tv.townshipsCaption': 'Townships × metrics (one row per township, {n} in all)',
  'tv.activitiesCaption': 'All activities ({n} in all)',
  'tv.regionTownshipsCaption': 'Townships of the region × metrics ({n} townships)',
  'tv.regionTownshipsCaption.one': 'Townships of the region × metrics ({n} township)',
  'tv.regionActivitiesCaption':
    'Activities placed at the region’s townships ({n} in all; county-wide records are not listed here)',
  'tv.total': 'Total (shared figures counted once)',
  'tv.totalNote':
    'Total row: activities placed at townships, each counted once; amounts and people shared by several townships are counted once. County-wide figures, figures whose township is not proven and figures outside Huize are not in this table.',
  'tv.shared': 'includes an activity or figure shared with other townships',
  'tv.sharedNote':
    '※ An activity, amount or group of people shared by several townships is counted in full in the row of each; the total counts it once.',
  'tv.notPaired': 'No pairing named',
  'tv.noFigures': 'no figures',
  'tv.undated': 'undated',
  'tv.date': 'Date',

  'table.title': 'Table view',
  'table.townships': 'Townships × metrics',
  'table.activities': 'All activities',
  'table.township': 'Township',
  'table.sortBy': 'Sort by this column',
  'table.category': 'Category',
  'table.title.col': 'Activity',
  'table.places': 'Places',
  'table.figures': 'Figures',
  'table.citation': 'Source',
  'table.scope': 'Scope',

  'section.heading.research': 'Research and liaison for development',
  'section.heading.talent': 'Exchange of officials and professionals',
  'section.heading.labour': 'Labour cooperation',
  'section.heading.industry': 'Industrial cooperation',
  'section.heading.funds': 'Aid funds for people’s livelihoods',
  'section.heading.platform': 'A platform for “Hand in Hand towards Prosperity”',
  'section.heading.social': 'Aid from society',
};
