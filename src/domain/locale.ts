export type Locale = 'zh-CN' | 'en';

/** A record named in both languages (places, organisations, people). */
export interface Named {
  name_zh: string;
  name_en: string;
}

/** A record's name in the given language. */
export function localName(record: Named, locale: Locale): string {
  return locale === 'zh-CN' ? record.name_zh : record.name_en;
}

/** A record's `<field>_zh` or `<field>_en` (titles, roles, notes), in the given language. */
export function localField<F extends string>(
  record: { [K in `${F}_zh` | `${F}_en`]: string },
  field: F,
  locale: Locale,
): string {
  return locale === 'zh-CN' ? record[`${field}_zh`] : record[`${field}_en`];
}

/** A record with notes written for the reader in both languages (activities, places, pairings). */
export interface ReaderNoted {
  notes_zh: readonly string[];
  notes_en: readonly string[];
}

/**
 * The notes a reader sees, in the given language. A record's `notes` are the technical account for whoever
 * checks the data (ids, file names) and are never shown.
 */
export function localNotes(record: ReaderNoted, locale: Locale): readonly string[] {
  return locale === 'zh-CN' ? record.notes_zh : record.notes_en;
}
