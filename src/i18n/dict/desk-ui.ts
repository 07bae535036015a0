/**
 * The report desk's words in the first view (issue 23): the top bar's button and the drop onto the map.
 * Everything the desk's screens say is in ./deskScreens.ts, loaded with them. Merged in ../messages.ts.
 */
export const zh = {
  'deskui.open': '打开数据…',
  'deskui.dropHere': '松开鼠标，打开这些文件',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'deskui.open': 'Open data…',
  'deskui.dropHere': 'Drop to open these files',
};
