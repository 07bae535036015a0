/** The page itself: title, map frame, language switch, top-bar controls and punctuation; merged in ../messages.ts. */
export const zh = {
  'app.title': '会泽县 · 沪滇扶贫协作地图',
  'app.subtitle': '上海市宝山区 — 云南省会泽县，2017–2019',
  'app.subtitleYears': '上海市宝山区 — 云南省会泽县，{years}',
  'map.label': '会泽县地图',
  'map.loading': '地图加载中…',
  'map.schematicNote': '乡镇界线为示意 / township lines are schematic',
  'map.noWebgl': '此浏览器无法显示地图（WebGL 不可用）。下面的表格列出全部内容。',
  'lang.switch': 'EN',
  'lang.switchLabel': 'Switch to English',

  'control.metric': '指标',
  'control.method': '分级',
  'control.filters': '筛选',
  'control.table': '表格',
  'control.map': '地图',
  'control.basemap': '在线底图',
  'control.basemapNote': '开启后将从 OpenStreetMap 加载底图（需联网）',
  'control.basemapFailed': '在线底图未能加载（可能未联网）；地图其余内容不受影响。',
  'control.exportNeedsMap': '导出的是地图的图片：请先回到地图（表格的数字在表格视图中下载）',

  // Punctuation between list items, after a label and between the parts of one line, as each language writes it.
  'sep.list': '、',
  'sep.label': '：',
  'sep.parts': ' · ',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'app.title': 'Huize County · Shanghai–Yunnan Aid Map',
  'app.subtitle': 'Baoshan District, Shanghai — Huize County, Yunnan, 2017–2019',
  'app.subtitleYears': 'Baoshan District, Shanghai — Huize County, Yunnan, {years}',
  'map.label': 'Map of Huize County',
  'map.loading': 'Loading the map…',
  'map.schematicNote': 'Township lines are schematic / 乡镇界线为示意',
  'map.noWebgl': 'This browser cannot show the map (WebGL is unavailable). The table below lists everything.',
  'lang.switch': '中文',
  'lang.switchLabel': '切换到中文',

  'control.metric': 'Metric',
  'control.method': 'Classes',
  'control.filters': 'Filters',
  'control.table': 'Table',
  'control.map': 'Map',
  'control.basemap': 'Online basemap',
  'control.basemapNote': 'Loads OpenStreetMap tiles from the internet when on',
  'control.basemapFailed':
    'The online basemap could not load (no internet connection?); the rest of the map is unaffected.',
  'control.exportNeedsMap':
    'Export makes a picture of the map: go back to the map first (the table’s figures download in the table view)',

  'sep.list': ', ',
  'sep.label': ': ',
  'sep.parts': ' · ',
};
