import type { DataFile } from '../errors';
import { DATA_FILES } from '../files';
import type { Citation } from '../schema';
import { collect, type Check } from './types';

interface Figures {
  amounts: readonly { value_wan: number; as_written: string }[];
  counts: readonly { value: number; unit: string; as_written: string }[];
}

/**
 * What makes a record the same statement as another: its citation and its figures. A record without
 * figures adds its title (or its two sides), since one phrase may name several things that hold no figure.
 */
function signature(citation: Citation, figures: Figures, without: string): string {
  const amounts = figures.amounts.map((a) => [a.value_wan, a.as_written]);
  const counts = figures.counts.map((c) => [c.value, c.unit, c.as_written]);
  const none = amounts.length === 0 && counts.length === 0;
  return JSON.stringify([citation.source, citation.phrase, amounts, counts, none ? without : null]);
}

/**
 * A record that repeats another's citation and figures exactly is a copy: each would be counted on the
 * map, so the report's figure would be shown twice (5,000 copied activities passed every other check).
 */
export const checkDuplicateRecords: Check = (data) =>
  collect((err) => {
    const groups: [DataFile, { id: string; key: string }[]][] = [
      [
        DATA_FILES.activities,
        data.activities.map((a) => ({
          id: a.id,
          key: signature(a.citation, a, `${a.title_zh}|${a.title_en}`),
        })),
      ],
      [
        DATA_FILES.pairings,
        data.pairings.map((p) => ({
          id: p.id,
          key: signature(
            p.citation,
            { amounts: [], counts: p.counts },
            `${p.baoshan_side.label_zh}|${p.huize_side.label_zh}`,
          ),
        })),
      ],
    ];
    for (const [file, records] of groups) {
      const first = new Map<string, string>();
      for (const { id, key } of records) {
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, id);
        else if (earlier !== id)
          err(
            file,
            id,
            'citation.phrase',
            'duplicate-record',
            `${id} repeats ${earlier}: the same citation phrase and the same figures; one of them is a copy`,
          );
      }
    }
  });
