/** User-facing text of the region summary (片区) and the figure downloads; merged in ../messages.ts. */
export const zh = {
  'rs.badge': '区域',
  'rs.title': '区域汇总',
  'rs.totals': '区域合计',
  'rs.totalsNote':
    '多个乡镇共享的数字在区域合计中只计一次。与区域外乡镇共享的数字，报道没有拆分，按全额计入，并在下面列出。',
  'rs.includesShared': '含共享数字',
  'rs.sharedTitle': '共享的数字（合计中只计一次）',
  'rs.sharedInside': '区域内共享：{names}',
  'rs.sharedOutside': '另与区域外的{names}共享：报道未拆分，按全额计入',
  'rs.townships': '区域内各乡镇',
  'rs.notAttributable': '不属于任何乡镇的数字（不计入区域合计）',
  'rs.county': '全县性记录 {n} 项，可相加的金额共 {amount}。',
  'rs.unassigned': '所属乡镇未经证实的记录 {n} 项，金额共 {amount}。',
  'rs.county.one': '全县性记录 {n} 项，可相加的金额共 {amount}。',
  'rs.unassigned.one': '所属乡镇未经证实的记录 {n} 项，金额共 {amount}。',
  'rs.countyHint': '清除区域后，详情面板显示全县汇总。',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'rs.badge': 'region',
  'rs.title': 'Region summary',
  'rs.totals': 'Region totals',
  'rs.totalsNote':
    'A figure shared by several townships counts once in the region’s totals. A figure shared with townships outside the region is not split in the report: it counts in full and is listed below.',
  'rs.includesShared': 'includes shared figures',
  'rs.sharedTitle': 'Shared figures (counted once in the totals)',
  'rs.sharedInside': 'shared in the region by {names}',
  'rs.sharedOutside': 'also shared with {names} outside the region: not split in the report, counted in full',
  'rs.townships': 'Townships in the region',
  'rs.notAttributable': 'Figures not attributable to any township (not in the region’s totals)',
  'rs.county': '{n} county-wide records; their additive amounts come to {amount}.',
  'rs.unassigned': '{n} records whose township is not proven; their amounts come to {amount}.',
  'rs.county.one': '{n} county-wide record; its additive amounts come to {amount}.',
  'rs.unassigned.one': '{n} record whose township is not proven; its amounts come to {amount}.',
  'rs.countyHint': 'Clear the region to see the county summary in this panel.',
};
