import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * The registry of source documents is honest about each one: a source without a publication date says what
 * its text supports; no document is registered twice (same text, or same file); and the text read is the one
 * registered (its SHA-256), so every citation was checked against the text the registry describes.
 */
export const checkSources: Check = (data, { texts }) =>
  collect((err) => {
    const file = DATA_FILES.sources;
    const bySha = new Map<string, string>();
    const byFile = new Map<string, string>();
    for (const s of data.sources) {
      if (s.published === null && s.published_note === null) {
        err(
          file,
          s.id,
          'published_note',
          'source-date-note',
          'no publication date: say what the text supports',
        );
      }
      const sameText = bySha.get(s.text_sha256);
      if (sameText) {
        err(
          file,
          s.id,
          'text_sha256',
          'source-duplicate',
          `the same text as ${sameText} is registered twice`,
        );
      } else bySha.set(s.text_sha256, s.id);
      const where = `${s.text.folder}/${s.text.file}`;
      const sameFile = byFile.get(where);
      if (sameFile)
        err(file, s.id, 'text.file', 'source-duplicate', `${where} is already the text of ${sameFile}`);
      else byFile.set(where, s.id);
      const read = texts.get(s.id);
      if (read && read.sha256 !== s.text_sha256) {
        err(
          file,
          s.id,
          'text_sha256',
          'source-text-changed',
          `the normalised text of ${where} has SHA-256 ${read.sha256}, not the registered one: its citations were made against another text (if the change is meant, register the new hash)`,
        );
      }
    }
  });
