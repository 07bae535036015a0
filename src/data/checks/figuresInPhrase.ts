import { recordFigures } from '../figures';
import { collect, type Check } from './types';

/**
 * Every amount and count is quoted from its citation phrase, and its value is what those words say (an
 * amount may differ only with a split_note). The words are the evidence; the value is what the map adds up.
 */
export const checkFiguresInPhrase: Check = (data) =>
  collect((err) => {
    for (const f of recordFigures(data)) {
      const at = (part: string) => `${f.field}.${part}`;
      if (f.within < 0) {
        err(
          f.file,
          f.id,
          at('as_written'),
          'figure-not-in-phrase',
          `"${f.asWritten}" is not in the citation phrase`,
        );
        continue;
      }
      if (f.kind === 'amount') {
        const a = f.amount;
        if (!f.parsed) {
          err(f.file, f.id, at('as_written'), 'figure-value', `"${a.as_written}" is not an amount in 万元`);
        } else if (f.parsed.value !== a.value_wan && a.split_note === null) {
          err(
            f.file,
            f.id,
            at('value_wan'),
            'figure-value',
            `${a.value_wan} does not match "${a.as_written}" and there is no split_note`,
          );
        }
        continue;
      }
      const c = f.count;
      if (!f.parsed) continue;
      if (f.parsed.value !== c.value) {
        err(f.file, f.id, at('value'), 'figure-value', `${c.value} does not match "${c.as_written}"`);
      }
      if ((c.qualifier === 'more-than') !== f.parsed.moreThan) {
        err(
          f.file,
          f.id,
          at('qualifier'),
          'figure-value',
          `qualifier "${c.qualifier}" does not match "${c.as_written}"`,
        );
      }
    }
  });
