/**
 * `dt(key, vars)`: the desk screens' words (deskText.ts) in the language chosen, typed as `i18n.t` is — a
 * key of src/i18n/dict/deskScreens.ts and the values its placeholders need — and re-read on a switch.
 */
import type * as screens from '../i18n/dict/deskScreens';
import { i18n } from '../i18n/i18n.svelte';
import type { Placeholders } from '../i18n/translate';
import { deskText } from './deskText';

type Words = typeof screens.zh;
export type DeskKey = keyof Words;
type Vars<K extends DeskKey> = [Placeholders<Words[K]>] extends [never]
  ? []
  : [vars: Record<Placeholders<Words[K]>, string | number>];

export { deskText };

export const dt = <K extends DeskKey>(key: K, ...vars: Vars<K>): string =>
  deskText(i18n.locale, key, vars[0]);
