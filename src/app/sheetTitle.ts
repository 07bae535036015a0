import type { Locale, Named, Selection } from '../domain';
import type { TownshipMetrics } from '../data/metrics';
import { formatAmountWan } from '../i18n/format';
import { joinParts } from '../i18n/lists';
import type { Translate } from '../i18n/translate';

interface Text {
  locale: Locale;
  t: Translate;
  name: (record: Named) => string;
}

/**
 * The line a phone's bottom sheet shows at peek: what the panel is of and its headline figures, e.g.
 * "娜姑镇 · 3 项 · 22.4 万元". Figures come from the township's metrics (shared amounts in full, as its
 * panel shows them); the county and a region are named only, their figures are in the panel.
 */
export function sheetTitle(
  view: { selection: Selection; region: readonly string[]; regionName: string | null },
  places: ReadonlyMap<string, Named>,
  metrics: ReadonlyMap<string, TownshipMetrics>,
  text: Text,
): string {
  const { t } = text;
  const nameOf = (id: string) => {
    const place = places.get(id);
    return place ? text.name(place) : id;
  };
  const selection = view.selection;
  if (selection?.kind === 'township') {
    const m = metrics.get(selection.code);
    const parts = [nameOf(selection.code)];
    if (m) {
      parts.push(
        m.activityCount === 1 ? t('sheet.oneActivity') : t('sheet.activities', { n: m.activityCount }),
      );
      if (m.aidWan) parts.push(formatAmountWan(m.aidWan, text.locale));
    }
    return joinParts(t, parts);
  }
  if (selection?.kind === 'site') return nameOf(selection.id);
  if (view.region.length) {
    const count =
      view.region.length === 1 ? t('sheet.oneTownship') : t('region.custom', { n: view.region.length });
    return joinParts(t, [view.regionName, count]);
  }
  return t('panel.county');
}
