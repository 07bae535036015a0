/**
 * The records a source's reader lights up, and where a click on one of them goes: to the site or township
 * it is about, to the county summary for a county-wide record, or to 会泽以外 for one outside Huize.
 */
import type { HuizeData } from '../data/join';
import type { CitingRecord } from './highlights';

/** The records citing `source`, in file order: activities, pairings, people. */
export function citingRecords(data: HuizeData, source: string): CitingRecord[] {
  const out: CitingRecord[] = [];
  for (const a of data.activities.values()) {
    if (a.citation.source === source)
      out.push({ id: a.id, kind: 'activity', category: a.category, citation: a.citation });
  }
  for (const p of data.pairings.values()) {
    if (p.citation.source === source)
      out.push({ id: p.id, kind: 'pairing', category: 'pairing', citation: p.citation });
  }
  for (const p of data.people.values()) {
    if (p.citation.source === source)
      out.push({ id: p.id, kind: 'person', category: 'person', citation: p.citation });
  }
  return out;
}

/** Where a record is shown: a site's or a township's panel, the county summary, or the 会泽以外 tab. */
export type RecordTarget =
  { kind: 'site'; id: string } | { kind: 'township'; code: string } | { kind: 'county' } | { kind: 'beyond' };

/**
 * The first of the record's places that has a panel of its own: a site the map knows, else a township
 * (the place itself or the one it lies in). An activity outside Huize goes to 会泽以外; anything else —
 * county-wide, or no proven township — to the county summary, never to a township it is not about.
 */
export function recordTarget(
  record: Pick<CitingRecord, 'id' | 'kind'>,
  data: HuizeData,
  sites: ReadonlySet<string>,
): RecordTarget {
  const activity = record.kind === 'activity' ? data.activities.get(record.id) : undefined;
  if (activity?.scope === 'outside') return { kind: 'beyond' };
  const placeIds =
    activity?.places ??
    (record.kind === 'pairing' ? (data.pairings.get(record.id)?.huize_side.places ?? []) : []);
  const places = placeIds.map((id) => data.places.get(id)).filter((p) => p !== undefined);
  const site = places.find((p) => sites.has(p.id));
  if (site) return { kind: 'site', id: site.id };
  // A township-wide claim needs a proven township: a county-wide activity is never put on one.
  if (activity && activity.scope !== 'township') return { kind: 'county' };
  const township = places.find((p) => p.in_huize && p.township !== null)?.township;
  return township ? { kind: 'township', code: township } : { kind: 'county' };
}
