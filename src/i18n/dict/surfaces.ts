/** Text of the phone and tablet layouts, the legend chip, skip links and map ways in; merged in ../messages.ts. */
export const zh = {
  'map.urban': '城区',
  'map.urbanLabel': '放大到县城五个街道',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'map.urban': 'Urban',
  'map.urbanLabel': 'Zoom to the five urban subdistricts of the county seat',
};
