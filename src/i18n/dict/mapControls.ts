/**
 * The titles of MapLibre's own buttons (zoom, compass, attribution) and its canvas label, which MapLibre
 * writes in English unless given a `locale` table (src/map/mapLocale.ts); merged in ../messages.ts.
 */
export const zh = {
  'mapui.zoomIn': '放大',
  'mapui.zoomOut': '缩小',
  'mapui.resetBearing': '拖动以旋转地图，点击恢复正北朝上',
  'mapui.title': '地图',
  'mapui.toggleAttribution': '显示或隐藏数据来源',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'mapui.zoomIn': 'Zoom in',
  'mapui.zoomOut': 'Zoom out',
  'mapui.resetBearing': 'Drag to rotate the map, click to reset north',
  'mapui.title': 'Map',
  'mapui.toggleAttribution': 'Show or hide the data credits',
};
