/**
 * A record as the reader's card names it: its kind or category, its title in the language shown, its
 * figures as the panels write them, and whether the filters hide it on the map.
 */
import type { HuizeData } from '../data/join';
import type { Locale } from '../domain';
import { formatAmount, formatCount } from '../i18n/figures';
import type { MessageKey } from '../i18n/messages';
import { message, translator } from '../i18n/translate';
import { readerWords } from './readerWords';
import type { CitingRecord } from './highlights';

export interface RecordView {
  id: string;
  category: string;
  categoryLabel: string;
  title: string;
  figures: string[];
}

/** The key's name of a highlight colour: a category, the pairings, or the people. */
export function categoryLabel(category: string, locale: Locale): string {
  if (category === 'person') return readerWords(locale)('reader.keyPerson');
  return message(locale, `category.${category}` as MessageKey);
}

export function recordView(r: CitingRecord, data: HuizeData, locale: Locale): RecordView {
  const t = translator(locale);
  const zh = locale === 'zh-CN';
  const local = (o: { [k: string]: unknown }, field: string) =>
    String(o[`${field}_${zh ? 'zh' : 'en'}`] ?? '');
  const base = { id: r.id, category: r.category, categoryLabel: categoryLabel(r.category, locale) };
  const sep = t('sep.label');
  if (r.kind === 'activity') {
    const a = data.activities.get(r.id);
    if (!a) return { ...base, title: r.id, figures: [] };
    return {
      ...base,
      title: local(a, 'title'),
      figures: [
        ...a.amounts.map((x) => `${local(x, 'what')}${sep}${formatAmount(x, locale)}`),
        ...a.counts.map((x) => `${local(x, 'what')}${sep}${formatCount(x, locale)}`),
      ],
    };
  }
  if (r.kind === 'pairing') {
    const p = data.pairings.get(r.id);
    if (!p) return { ...base, title: r.id, figures: [] };
    const title = readerWords(locale)('reader.pairing', {
      baoshan: local(p.baoshan_side, 'label'),
      huize: local(p.huize_side, 'label'),
    });
    return {
      ...base,
      title,
      figures: p.counts.map((x) => `${local(x, 'what')}${sep}${formatCount(x, locale)}`),
    };
  }
  const person = data.people.get(r.id);
  if (!person) return { ...base, title: r.id, figures: [] };
  return { ...base, title: `${local(person, 'name')}${sep}${local(person, 'role')}`, figures: [] };
}
