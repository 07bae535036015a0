import { figuresQuotedTwice, otherRecords } from '../figures';
import { collect, type Check } from './types';

/**
 * An amount the report gives once is one record with all its places; two records may share it only where
 * the report itself splits it, and then each says so in split_note. Otherwise the totals count it twice.
 */
export const checkSplitNotes: Check = (data, { texts }) =>
  collect((err) => {
    for (const group of figuresQuotedTwice(data, texts)) {
      for (const f of group) {
        if (f.kind !== 'amount' || f.amount.split_note !== null) continue;
        err(
          f.file,
          f.id,
          f.field,
          'split-without-note',
          `the amount "${f.asWritten}" is also recorded by ${otherRecords(group, f)}: a shared amount is one record with all its places, unless the report splits it (then say so in split_note)`,
        );
      }
    }
  });
