import { DATA_FILES } from '../files';
import { collect, type Check } from './types';

/**
 * The largest source text the checks read: the report is ≈ 10 kB, and a text of megabytes is either not a
 * news report or a mistake, which would cost the checks minutes and tens of thousands of errors.
 */
export const SOURCE_TEXT_MAX_BYTES = 2 * 2 ** 20;

export const sizeLabel = (bytes: number): string =>
  bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} kB`;

/**
 * A registered source whose text is not where its entry says is an error, not a skipped check: otherwise
 * one wrong `text.folder` switches off every citation check of the source. Only a whole folder that is
 * absent (a clone without ../shared) lets its texts go unchecked, and the caller says so; the reader (build/
 * sources.ts, or the browser's file picker) fills `textProblems` with what it could not read.
 */
export const checkSourceTexts: Check = (data, { textProblems }) =>
  collect((err) => {
    if (!textProblems) return;
    for (const s of data.sources) {
      const problem = textProblems.get(s.id);
      if (!problem) continue;
      if (problem.kind === 'too-large') {
        err(
          DATA_FILES.sources,
          s.id,
          'text.file',
          'source-text-too-large',
          `${problem.path} is ${sizeLabel(problem.bytes)}: a source text may be at most ${sizeLabel(SOURCE_TEXT_MAX_BYTES)}; it was not read`,
        );
      } else {
        err(
          DATA_FILES.sources,
          s.id,
          'text.file',
          'source-text-missing',
          `no text at ${problem.path} (text.folder "${s.text.folder}", text.file "${s.text.file}"): its citations cannot be checked; put the text there or correct text.folder/text.file`,
        );
      }
    }
  });
