// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../src/data/appData';
import { townshipMetrics } from '../../../src/data/metrics';
import { sitePoints } from '../../../src/data/sites';
import type { Selection } from '../../../src/domain';
import { parseTownships } from '../../../src/geo/geoFiles';
import { i18n } from '../../../src/i18n/i18n.svelte';
import DetailColumn from '../../../src/panels/DetailColumn.svelte';

const data = loadAppData();
const metrics = townshipMetrics(data);
const geo = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const sites = sitePoints([...data.places.values()], geo);
const township = [...metrics.keys()][0]!;
const site = sites[0]!.id;

function renderColumn(selection: Selection, region: readonly string[] = []) {
  const props = {
    data,
    metrics,
    selection,
    sites,
    areas: new Map<string, number | null>(),
    region,
    onselecttownship: vi.fn(),
    onselectsite: vi.fn(),
    onclose: vi.fn(),
    tab: 'detail' as const,
    ontab: vi.fn(),
  };
  const result = render(DetailColumn, props);
  const summary = () => result.container.querySelector<HTMLElement>('[data-testid="county-summary"]');
  const shownHeadings = () =>
    within(result.getByTestId('detail-panel'))
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent?.trim());
  return { ...result, props, summary, shownHeadings };
}

describe('DetailColumn', () => {
  it('shows the county summary, and only it, when nothing is selected', () => {
    const { summary, shownHeadings } = renderColumn(null);
    expect(summary()?.closest('[hidden]')).toBeNull();
    expect(shownHeadings()).toEqual([i18n.t('panel.county')]);
  });

  // The summary is the column's largest panel: rebuilding it on every click was most of a click's time.
  it.each<[string, Selection, readonly string[]]>([
    ['a township', { kind: 'township', code: township }, []],
    ['a site', { kind: 'site', id: site }, []],
    ['a regional view', null, [township]],
  ])(
    'keeps the county summary mounted but hidden while %s is shown, and shows the same one after',
    async (_, selection, region) => {
      const { summary, shownHeadings, rerender, props } = renderColumn(null);
      const first = summary();
      await rerender({ ...props, selection, region });
      expect(summary()).toBe(first);
      expect(summary()?.closest('[hidden]')).not.toBeNull();
      expect(shownHeadings()).not.toContain(i18n.t('panel.county'));
      expect(shownHeadings()).toHaveLength(1);
      await rerender({ ...props, selection: null, region: [] });
      expect(summary()).toBe(first);
      expect(summary()?.closest('[hidden]')).toBeNull();
      expect(shownHeadings()).toEqual([i18n.t('panel.county')]);
    },
  );
});
