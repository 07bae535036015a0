import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/domain';
import { messages, type MessageKey } from '../../../src/i18n/messages';
import { sectionName } from '../../../src/i18n/sectionName';

// The report's heading as the data cites it: the zh-CN text of its dictionary key.
const industry = messages['zh-CN']['section.heading.industry'];

const rows: { section: string; locale: Locale; key: MessageKey | null; lang: 'zh-CN' | null }[] = [
  { section: 'lead', locale: 'en', key: 'section.lead', lang: null },
  { section: 'caption', locale: 'zh-CN', key: 'section.caption', lang: null },
  { section: industry, locale: 'en', key: 'section.heading.industry', lang: null },
  { section: industry, locale: 'zh-CN', key: 'section.heading.industry', lang: null },
  // a heading of a report added later: quoted as written, marked Chinese
  { section: '新的章节', locale: 'en', key: null, lang: 'zh-CN' },
];

describe('sectionName', () => {
  it.each(rows)('$section in $locale', ({ section, locale, key, lang }) => {
    expect(sectionName(section, locale)).toEqual({ text: key ? messages[locale][key] : section, lang });
  });
});
