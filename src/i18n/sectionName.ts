/**
 * A citation's section as a reader names it: the opening paragraph and photo captions by their dictionary
 * words, a heading of the report by its translation where the dictionary has one (`section.heading.*`, whose
 * Chinese text is the heading as the report writes it). A heading it does not know (a report added later) is
 * quoted as written, and says so, so the page can mark its language.
 */
import type { Locale } from '../domain';
import { zh, type MessageKey } from './messages';
import { translator } from './translate';

type HeadingKey = Extract<MessageKey, `section.heading.${string}`>;

const headingKeys = new Map(
  (Object.keys(zh) as MessageKey[])
    .filter((key): key is HeadingKey => key.startsWith('section.heading.'))
    .map((key) => [zh[key] as string, key]),
);

export interface SectionName {
  text: string;
  /** 'zh-CN' when `text` is the heading as the report writes it (not a translation) */
  lang: 'zh-CN' | null;
}

export function sectionName(section: string, locale: Locale): SectionName {
  const t = translator(locale);
  if (section === 'lead') return { text: t('section.lead'), lang: null };
  if (section === 'caption') return { text: t('section.caption'), lang: null };
  const key = headingKeys.get(section);
  if (key) return { text: t(key), lang: null };
  return { text: section, lang: 'zh-CN' };
}
