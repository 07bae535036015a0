import { schemeBlues, schemeTableau10 } from 'd3-scale-chromatic';
import type { ClassSlot } from './classify';

/** "No record" must look like no class: a warm neutral grey beside a blue ramp. */
export const noRecordColor = '#d6d2ca';
/** Zero is a class of its own, paler than the first ramp colour. */
export const zeroColor = '#f7fbff';

/** A colour-blind-safe sequential ramp with `n` classes (ColorBrewer Blues, 3–9 classes). */
export function sequentialRamp(n: number): readonly string[] {
  if (n <= 0) return [];
  if (n === 1) return [schemeBlues[3]![2]!];
  if (n === 2) return [schemeBlues[3]![1]!, schemeBlues[3]![2]!];
  return schemeBlues[Math.min(9, n)]!;
}

export function colourOf(slot: ClassSlot, classCount: number): string {
  switch (slot.kind) {
    case 'none':
      return noRecordColor;
    case 'zero':
      return zeroColor;
    case 'class':
      return sequentialRamp(classCount)[slot.index] ?? noRecordColor;
  }
}

/** Categorical colours (Tableau 10 is designed to stay distinct for common colour-vision deficiencies). */
export function categoricalColour(index: number): string {
  return schemeTableau10[index % schemeTableau10.length]!;
}
