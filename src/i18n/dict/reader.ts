/**
 * The source reader's words the first view shows (the tab, 在报道中查看 on every source mark); merged in
 * ../messages.ts. The reader's own words come with its code: ./readerView.ts.
 */
export const zh = {
  'reader.tab': '原文',
  'reader.showInReport': '在报道中查看',
  'reader.showInReportLabel': '在报道原文中查看这句话',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'reader.tab': 'Report',
  'reader.showInReport': 'Show in the report',
  'reader.showInReportLabel': 'Show this phrase in the report’s text',
};
