/** A region the user can pick by name instead of clicking its townships one by one. */
export interface NamedRegion {
  id: 'urban' | 'records' | 'paired';
  /** Its name's message key (i18n). */
  label: 'region.urban' | 'region.withRecords' | 'region.paired';
  codes: string[];
}

export interface RegionSources {
  /** Township code → its administrative kind (镇, 乡, 街道). */
  kinds: ReadonlyMap<string, string>;
  /** Township codes with at least one activity in the report. */
  withRecords: Iterable<string>;
  /** Township codes the report pairs with a Baoshan partner. */
  paired: Iterable<string>;
}

/**
 * Regions defined by facts, not by drawing: the county seat's five 街道 (their administrative kind), the
 * townships the report has records for, and those it pairs with a Baoshan partner. Empty ones are left out.
 */
export function namedRegions(sources: RegionSources): NamedRegion[] {
  const sorted = (codes: Iterable<string>) => [...new Set(codes)].sort();
  const regions: NamedRegion[] = [
    {
      id: 'urban',
      label: 'region.urban',
      codes: sorted([...sources.kinds].filter(([, kind]) => kind === '街道').map(([code]) => code)),
    },
    { id: 'records', label: 'region.withRecords', codes: sorted(sources.withRecords) },
    { id: 'paired', label: 'region.paired', codes: sorted(sources.paired) },
  ];
  return regions.filter((r) => r.codes.length > 0);
}

/** The named region whose townships are exactly `codes`, if any (so a shared link shows its name). */
export function matchRegion(regions: readonly NamedRegion[], codes: readonly string[]): NamedRegion | null {
  const key = [...codes].sort().join(',');
  return regions.find((r) => r.codes.join(',') === key) ?? null;
}
