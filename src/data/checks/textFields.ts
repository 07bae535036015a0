import type { DataFile } from '../errors';
import { DATA_FILES, type DataKey } from '../files';
import { collect, type Check } from './types';

/**
 * The longest text each field may hold, by its path without list positions. The data's longest note is
 * under 300 characters: these leave room for honest text and refuse a pasted page (a 100,000-character
 * title would stretch every panel and workbook it is shown in).
 */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  notes: 2000,
  notes_zh: 2000,
  notes_en: 2000,
  published_note: 2000,
  split_note: 2000,
  'amounts.split_note_zh': 2000,
  'amounts.split_note_en': 2000,
  'location.basis': 2000,
  'location.basis_zh': 2000,
  'location.basis_en': 2000,
  'location.source': 2000,
  'citation.phrase': 1000,
  url: 2000,
};
/** Every other text field: names, titles, labels, ids. */
export const TEXT_LIMIT_DEFAULT = 300;

/**
 * Characters that are never text: C0 and C1 controls (NUL, tab, line breaks: a field is one line; a list
 * is one item per entry), and the invisible marks that reorder or hide what is shown (bidi overrides such
 * as U+202E, isolates, the byte-order mark), with which a name can read as something else.
 */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Each string in a record with its path (list positions included), without recursion limits mattering. */
function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, path ? `${path}.${i}` : String(i), out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Every text of every record is of a sane length and holds no control or bidi-override character. */
export const checkTextFields: Check = (data) =>
  collect((err) => {
    for (const [key, file] of Object.entries(DATA_FILES) as [DataKey, DataFile][]) {
      for (const record of data[key] ?? []) {
        for (const [field, text] of strings(record, '', [])) {
          const bare = field.replace(/\.\d+(?=\.|$)/g, '');
          const limit = TEXT_LIMITS[bare] ?? TEXT_LIMIT_DEFAULT;
          if (text.length > limit)
            err(
              file,
              record.id,
              field,
              'text-too-long',
              `${text.length.toLocaleString('en')} characters: ${bare} holds at most ${limit.toLocaleString('en')}`,
              { n: text.length, limit },
            );
          const bad = CONTROL_CHARACTER.exec(text);
          if (bad)
            err(
              file,
              record.id,
              field,
              'text-control-character',
              `holds the control character ${codePoint(bad[0])} at character ${bad.index + 1}: remove it (it is invisible, or reorders the text)`,
              { char: codePoint(bad[0]), at: bad.index + 1 },
            );
        }
      }
    }
  });
