/** `bt(key, vars)`: the briefing book's words (./words.ts) in the language chosen, re-read on a switch. */
import type { WordVars } from '../i18n/featureWords';
import { i18n } from '../i18n/i18n.svelte';
import { bookWords, type BookWords } from './words';

export const bt = <K extends keyof BookWords & string>(key: K, ...vars: WordVars<BookWords, K>): string =>
  bookWords.in(i18n.locale)(key, ...vars);
