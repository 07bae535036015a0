/**
 * The briefing book's Word document: its entry in the export dialog and what the dialog says while and after
 * it is made (the pages' own words are the atlas's, book.*); read by src/book/words.ts, so they load with
 * the atlas, not in the first view.
 */
export const zh = {
  'docx.run': '生成 Word 文档',
  'docx.about': '与图集相同的页面，可在 Word 或 WPS 中编辑：地图、简报文字（出处为脚注）、数字表、资料来源。',
  'docx.done': 'Word 文档已生成并下载：',
  'docx.failed': 'Word 文档生成失败：',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'docx.run': 'Make the Word document',
  'docx.about':
    'The atlas’s pages, to edit in Word or WPS: maps, brief text (sources as footnotes), figures tables, sources.',
  'docx.done': 'The Word document is made and downloaded: ',
  'docx.failed': 'The Word document could not be made: ',
};
