/** `rt(key, vars)`: the reader's own words (./readerWords.ts) in the language chosen, re-read on a switch. */
import { i18n } from '../i18n/i18n.svelte';
import type { WordVars } from '../i18n/lazyWords';
import { readerWords, type ReaderWords } from './readerWords';

export const rt = <K extends keyof ReaderWords & string>(key: K, ...vars: WordVars<ReaderWords, K>): string =>
  readerWords(i18n.locale)(key, ...vars);
