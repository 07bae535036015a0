/**
 * The pairings as the map draws them in a talk: one line from each paired township's label point to a
 * mark standing for Baoshan, which lies some 1,900 km to the east-north-east, far off the map. The mark is
 * placed just east of the county and says that it only shows the direction. Pure.
 */
import type { Bounds } from '../geo/bounds';
import type { HuizeData } from './join';

export interface PairingLink {
  pairing: string;
  /** The Huize township of the pairing (official code). */
  township: string;
  from: [number, number];
  /** The Baoshan side, as the report names it. */
  partner_zh: string;
  partner_en: string;
}

/** Links of the pairings between a Baoshan body and a Huize township, in township order. */
export function pairingLinks(
  data: Pick<HuizeData, 'townships' | 'pairingsByTownship'>,
  labelPoints: ReadonlyMap<string, [number, number]>,
): PairingLink[] {
  return data.townships.flatMap((t) =>
    (data.pairingsByTownship.get(t.id) ?? []).flatMap((p) => {
      const from = labelPoints.get(t.id);
      return from
        ? [
            {
              pairing: p.id,
              township: t.id,
              from,
              partner_zh: p.baoshan_side.label_zh,
              partner_en: p.baoshan_side.label_en,
            },
          ]
        : [];
    }),
  );
}

/** Where the Baoshan mark goes: beyond the county's east edge, in its northern part (Baoshan is ENE). */
export function baoshanMark(county: Bounds): [number, number] {
  const [[w, s], [e, n]] = county;
  return [e + (e - w) * 0.35, s + (n - s) * 0.8];
}

/** A gentle arc from a township to the mark (a quadratic curve bowed to the north), as line coordinates. */
export function arc(from: [number, number], to: [number, number], steps = 24): [number, number][] {
  const mid: [number, number] = [
    (from[0] + to[0]) / 2,
    (from[1] + to[1]) / 2 + Math.abs(to[0] - from[0]) * 0.15,
  ];
  return Array.from({ length: steps + 1 }, (_, i) => {
    const k = i / steps;
    const a = (1 - k) ** 2;
    const b = 2 * (1 - k) * k;
    const c = k ** 2;
    return [a * from[0] + b * mid[0] + c * to[0], a * from[1] + b * mid[1] + c * to[1]];
  });
}
