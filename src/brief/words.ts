/**
 * The brief's words: its own dictionary (src/i18n/dict/brief.ts, loaded with the brief, not in the first
 * view) over the app's, since its sentences also use the panels' and the units' words.
 */
import * as dict from '../i18n/dict/brief';
import { withAppWords, type AppWords, type WordsIn } from '../i18n/featureWords';

export const briefWords = withAppWords(dict.zh, dict.en);
export type BriefWords = AppWords & typeof dict.zh;
export type BriefKey = keyof BriefWords & string;
export type BriefTranslate = WordsIn<BriefWords>;
