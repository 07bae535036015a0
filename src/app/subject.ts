import type { Locale, Named, Selection } from '../domain';
import { formatList } from '../i18n/lists';

interface Text {
  locale: Locale;
  t: (key: 'region.custom', vars: { n: number }) => string;
  name: (record: Named) => string;
}

/**
 * What the view is of, in words, for the export's title and file name: the region (its name, or up to three
 * township names, or "n townships"), else the selected township or site, else null (the whole county).
 */
export function viewSubject(
  view: { region: readonly string[]; regionName: string | null; selection: Selection },
  places: ReadonlyMap<string, Named>,
  text: Text,
): string | null {
  const nameOf = (id: string) => {
    const place = places.get(id);
    return place ? text.name(place) : null;
  };
  if (view.region.length) {
    if (view.regionName) return view.regionName;
    if (view.region.length <= 3) {
      const names = view.region.map(nameOf).filter((name): name is string => name !== null);
      return formatList(text.locale, names);
    }
    return text.t('region.custom', { n: view.region.length });
  }
  if (view.selection?.kind === 'township') return nameOf(view.selection.code);
  if (view.selection?.kind === 'site') return nameOf(view.selection.id);
  return null;
}
