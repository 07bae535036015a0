import type { DataFile } from '../errors';
import { figureRecords } from '../figures';
import type { Count } from '../schema';
import { collect, type Check } from './types';

interface CountAt {
  count: Count;
  file: DataFile;
  id: string;
  index: number;
}

/**
 * An "of which" (其中) count names an existing whole in the same unit, is no more than it, and the parts of
 * one whole add up to no more than it: parts are never added to their whole, so these are what keep the
 * part_of links honest.
 */
export const checkPartOf: Check = (data) =>
  collect((err) => {
    const counts = new Map<string, CountAt>();
    for (const { file, id, counts: list } of figureRecords(data)) {
      list.forEach((count, index) => counts.set(`${id}#${count.key}`, { count, file, id, index }));
    }

    const partsOf = new Map<string, number>();
    for (const [refKey, { count, file, id, index }] of counts) {
      if (count.part_of === null) continue;
      const whole = counts.get(count.part_of);
      const field = `counts.${index}.part_of`;
      if (!whole) {
        err(file, id, field, 'unknown-ref', `unknown count "${count.part_of}"`);
        continue;
      }
      if (count.part_of === refKey) err(file, id, field, 'part-of', 'a count cannot be part of itself');
      if (whole.count.unit !== count.unit) {
        err(
          file,
          id,
          field,
          'part-of',
          `unit "${count.unit}" differs from the whole's "${whole.count.unit}"`,
        );
      }
      if (count.value > whole.count.value) {
        err(file, id, field, 'part-of', `${count.value} is more than its whole, ${whole.count.value}`);
      }
      partsOf.set(count.part_of, (partsOf.get(count.part_of) ?? 0) + count.value);
    }

    for (const [wholeRef, sum] of partsOf) {
      const whole = counts.get(wholeRef);
      if (whole && sum > whole.count.value) {
        err(
          whole.file,
          whole.id,
          `counts.${whole.index}`,
          'part-of',
          `its parts add to ${sum}, more than the stated ${whole.count.value}`,
        );
      }
    }
  });
