/**
 * `dt(key, vars)`: the desk screens' words (deskText.ts) in the language chosen, typed as `i18n.t` is — a
 * key of src/i18n/dict/deskScreens.ts and the values its placeholders need — and re-read on a switch.
 */
import type * as screens from '../i18n/dict/deskScreens';
import type { WordVars } from '../i18n/featureWords';
import { i18n } from '../i18n/i18n.svelte';
import { deskText, screenWords } from './deskText';

type Words = typeof screens.zh;
export type DeskKey = keyof Words;

export { deskText };

export const dt = <K extends DeskKey>(key: K, ...vars: WordVars<Words, K>): string =>
  screenWords.in(i18n.locale)(key, ...vars);
