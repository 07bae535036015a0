/**
 * The brief (简报) of the county, a township or a region, in zh-CN or en, from the data only. Pure: the panels'
 * copy buttons, the PDF atlas and the Word document all call `makeBrief` and render what it returns.
 */
export type { Brief, BriefFootnote, BriefInput, BriefParagraph, BriefRun, BriefSubject } from './types';
export { makeBrief } from './makeBrief';
export { briefPlainText, runsText } from './plainText';
