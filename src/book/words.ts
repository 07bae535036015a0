/**
 * The briefing book's words: the atlas's (src/i18n/dict/book.ts) and the Word document's (docx.ts), loaded
 * with the export dialog's atlas part, not in the first view, over the app's, since its pages also use the
 * panels', the legend's and the export's words. `bt` follows the language chosen.
 */
import * as book from '../i18n/dict/book';
import * as docx from '../i18n/dict/docx';
import { withAppWords, type AppWords, type WordsIn } from '../i18n/featureWords';

const zh = { ...book.zh, ...docx.zh };
export const bookWords = withAppWords(zh, { ...book.en, ...docx.en });
export type BookWords = AppWords & typeof zh;
export type BookTranslate = WordsIn<BookWords>;
