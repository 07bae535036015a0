import { type ClassificationMethod } from '../domain';
import { classCount, classify, slotOf, type Classification } from './classify';
import { categoricalColour, colourOf, noRecordColor, sequentialRamp, zeroColor } from './palette';

/**
 * A legend row: what a colour means. A class row gives the smallest and largest value actually in it (so
 * "2 – 4" never suggests a township with 2.5), which always lies within the class's breaks.
 */
export type LegendEntry =
  | { kind: 'class'; colour: string; lower: number; upper: number; count: number }
  | { kind: 'zero'; colour: string; count: number }
  | { kind: 'category'; colour: string; category: string; count: number }
  | { kind: 'none'; colour: string; count: number };

export interface Choropleth {
  fills: Map<string, string>;
  legend: LegendEntry[];
  classification: Classification | null;
}

/**
 * Colours for a numeric metric. Every code gets a fill (no record included), so the map, the legend and
 * the table are made from one computation.
 */
export function numericChoropleth(
  values: ReadonlyMap<string, number | null>,
  method: ClassificationMethod,
  k = 5,
): Choropleth {
  const classification = classify([...values.values()], method, k);
  const n = classCount(classification);
  const fills = new Map<string, string>();
  const counts = { none: 0, zero: 0, classes: new Array<number>(n).fill(0) };
  const members: number[][] = Array.from({ length: n }, () => []);
  for (const [code, value] of values) {
    const slot = slotOf(value, classification);
    fills.set(code, colourOf(slot, n));
    if (slot.kind === 'none') counts.none++;
    else if (slot.kind === 'zero') counts.zero++;
    else {
      counts.classes[slot.index]!++;
      members[slot.index]!.push(value!);
    }
  }
  const ramp = sequentialRamp(n);
  const legend: LegendEntry[] = [];
  for (let i = 0; i < n; i++) {
    const inClass = members[i]!;
    // An empty class (equal intervals can leave gaps) shows its breaks instead.
    legend.push({
      kind: 'class',
      colour: ramp[i]!,
      lower: inClass.length ? Math.min(...inClass) : classification.breaks[i]!,
      upper: inClass.length ? Math.max(...inClass) : classification.breaks[i + 1]!,
      count: counts.classes[i]!,
    });
  }
  if (classification.hasZero) legend.unshift({ kind: 'zero', colour: zeroColor, count: counts.zero });
  legend.push({ kind: 'none', colour: noRecordColor, count: counts.none });
  return { fills, legend, classification };
}

/** Colours for a categorical metric (e.g. the Baoshan partner a township is paired with). */
export function categoricalChoropleth(values: ReadonlyMap<string, string | null>): Choropleth {
  const categories = [...new Set([...values.values()].filter((v): v is string => v !== null))].sort();
  const colours = new Map(categories.map((c, i) => [c, categoricalColour(i)]));
  const fills = new Map<string, string>();
  let none = 0;
  for (const [code, value] of values) {
    if (value === null) {
      fills.set(code, noRecordColor);
      none++;
    } else fills.set(code, colours.get(value)!);
  }
  const legend: LegendEntry[] = categories.map((category) => ({
    kind: 'category',
    colour: colours.get(category)!,
    category,
    count: [...values.values()].filter((v) => v === category).length,
  }));
  legend.push({ kind: 'none', colour: noRecordColor, count: none });
  return { fills, legend, classification: null };
}
