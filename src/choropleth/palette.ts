import type { ClassSlot } from './classify';

/*
 * The two d3-scale-chromatic schemes the map uses, copied: importing them shipped the whole package with
 * d3-color and d3-interpolate (about 10 kB gzip) for 52 colour strings. tests/unit/palette.test.ts checks
 * the copies against the package.
 */

/** ColorBrewer Blues (d3 schemeBlues), 3 to 9 classes, by class count. */
export const schemeBlues: readonly (readonly string[] | undefined)[] = [
  undefined,
  undefined,
  undefined,
  ['#deebf7', '#9ecae1', '#3182bd'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
  ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
];

/** Tableau 10 (d3 schemeTableau10). */
export const schemeTableau10: readonly string[] = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];

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
