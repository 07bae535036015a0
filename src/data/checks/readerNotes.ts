import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

interface Noted {
  id: string;
  notes: readonly string[];
  notes_zh: readonly string[];
  notes_en: readonly string[];
}

/**
 * Every technical note reaches the reader in both languages: a record has one Chinese and one English note
 * for each of its `notes`, and an amount with a split_note has its split_note_zh and split_note_en, so a
 * caveat never stays in the data alone, and a note is never written in one language only (issue 26, item 5).
 */
export const checkReaderNotes: Check = (data) =>
  collect((err) => {
    const files: [DataFile, readonly Noted[]][] = [
      [DATA_FILES.activities, data.activities],
      [DATA_FILES.places, data.places],
      [DATA_FILES.pairings, data.pairings],
    ];
    for (const a of data.activities) {
      a.amounts.forEach((m, i) => {
        for (const field of ['split_note_zh', 'split_note_en'] as const) {
          if ((m.split_note === null) !== (m[field] === null))
            err(
              DATA_FILES.activities,
              a.id,
              `amounts.${i}.${field}`,
              'reader-notes',
              m.split_note === null
                ? `${field} without a split_note`
                : `a split_note needs ${field}: write it for the reader`,
            );
        }
      });
    }
    for (const [file, records] of files) {
      for (const r of records) {
        for (const field of ['notes_zh', 'notes_en'] as const) {
          if (r[field].length !== r.notes.length)
            err(
              file,
              r.id,
              field,
              'reader-notes',
              `${r[field].length} reader notes for ${r.notes.length} notes: write each note for the reader in ${field === 'notes_zh' ? 'Chinese' : 'English'}`,
            );
        }
      }
    }
  });
