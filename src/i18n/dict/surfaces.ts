/** Text of the phone and tablet layouts, the legend chip, skip links and map ways in; merged in ../messages.ts. */
export const zh = {
  'map.urban': '城区',
  'map.urbanLabel': '放大到县城五个街道',
  'app.titleShort': '会泽县 · 沪滇协作',
  'app.subtitleUndated': '上海市宝山区 — 云南省会泽县',
  'legend.chip': '图例',
  'legend.fold': '收起图例',
  'sheet.label': '详情',
  'sheet.activities': '{n} 项',
  'sheet.oneActivity': '1 项',
  'sheet.oneTownship': '1 个乡镇',
  'sheet.handle': '{title}（点按或拖动以展开、收起；↑ ↓ 键亦可）',
  'menu.label': '菜单：指标、分级、筛选、表格、导出、演示、语言',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'map.urban': 'Urban',
  'map.urbanLabel': 'Zoom to the five urban subdistricts of the county seat',
  'app.titleShort': 'Huize · Shanghai–Yunnan aid',
  'app.subtitleUndated': 'Baoshan District, Shanghai — Huize County, Yunnan',
  'legend.chip': 'Legend',
  'legend.fold': 'Fold the legend',
  'sheet.label': 'Details',
  'sheet.activities': '{n} activities',
  'sheet.oneActivity': '1 activity',
  'sheet.oneTownship': '1 township',
  'sheet.handle': '{title} (tap or drag to open or close; ↑ ↓ keys too)',
  'menu.label': 'Menu: metric, classes, filters, table, export, present, language',
};
