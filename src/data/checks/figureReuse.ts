import { figuresQuotedTwice, otherRecords } from '../figures';
import { collect, type Check } from './types';

/** A count a source prints once belongs to one record: a second record would count it twice. */
export const checkFigureReuse: Check = (data, { texts }) =>
  collect((err) => {
    for (const group of figuresQuotedTwice(data, texts)) {
      for (const f of group) {
        if (f.kind !== 'count') continue;
        err(
          f.file,
          f.id,
          f.field,
          'figure-reused',
          `the figure "${f.asWritten}" is also recorded by ${otherRecords(group, f)}: it would be counted twice`,
        );
      }
    }
  });
