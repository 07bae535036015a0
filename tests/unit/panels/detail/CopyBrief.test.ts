// @vitest-environment jsdom
import { fireEvent, render, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefPlainText, makeBrief, type BriefSubject } from '../../../../src/brief';
import { briefWords } from '../../../../src/brief/words';
import { loadAppData } from '../../../../src/data/appData';
import { filterEffect } from '../../../../src/data/filterEffect';
import { applyFilters, type ActivityFilters } from '../../../../src/data/filters';
import { townshipMetrics } from '../../../../src/data/metrics';
import type { Locale, Selection } from '../../../../src/domain';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import DetailColumn from '../../../../src/panels/DetailColumn.svelte';

const all = loadAppData();
const nagu = '530326102';
const dahai = '530326201';
const kuangshan = '530326105';

/** The column as the app shows it under `filters`: the filtered data, its metrics, what the filters hid. */
function renderColumn(
  selection: Selection,
  region: string[],
  filters: ActivityFilters,
  regionName: string | null,
) {
  const data = applyFilters(all, filters);
  const metrics = townshipMetrics(data);
  const effect = filterEffect(all, filters);
  const result = render(DetailColumn, {
    data,
    metrics,
    selection,
    sites: [],
    areas: new Map<string, number | null>(),
    region,
    regionName,
    filters,
    effect,
    onselecttownship: vi.fn(),
    onselectsite: vi.fn(),
    onclose: vi.fn(),
    tab: 'detail' as const,
    ontab: vi.fn(),
  });
  const expected = (subject: BriefSubject, locale: Locale) =>
    briefPlainText(makeBrief({ data, metrics, subject, locale, filters, effect }));
  return { ...result, expected };
}

const none: ActivityFilters = { categories: [], actors: [], years: [], sources: [] };
const rows: {
  what: string;
  selection: Selection;
  region: string[];
  regionName: string | null;
  filters: ActivityFilters;
  panel: string;
  subject: BriefSubject;
  /** the languages it is tried in (each render mounts the whole column: one language where one suffices) */
  locales: Locale[];
}[] = [
  {
    what: 'a township panel',
    selection: { kind: 'township', code: nagu },
    region: [],
    regionName: null,
    filters: none,
    panel: 'township-panel',
    subject: { kind: 'township', code: nagu },
    locales: ['zh-CN', 'en'],
  },
  {
    what: 'a named region’s summary under a year filter',
    selection: null,
    region: [dahai, kuangshan],
    regionName: '东部片区',
    filters: { ...none, years: [2018] },
    panel: 'region-summary',
    subject: { kind: 'region', codes: [dahai, kuangshan], name: '东部片区' },
    locales: ['en'],
  },
  {
    what: 'the county summary under a category filter',
    selection: null,
    region: [],
    regionName: null,
    filters: { ...none, categories: ['donation'] },
    panel: 'county-summary',
    subject: { kind: 'county' },
    locales: ['zh-CN'],
  },
];

afterEach(() => {
  i18n.locale = 'zh-CN';
  vi.unstubAllGlobals();
});

describe.each(rows)(
  'the copy button of $what',
  ({ selection, region, regionName, filters, panel, subject, locales }) => {
    it.each(locales)('copies the brief of what it shows, in the language shown (%s)', async (locale) => {
      i18n.locale = locale;
      const writeText = vi.fn(() => Promise.resolve());
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
      const { getByTestId, expected } = renderColumn(selection, region, filters, regionName);
      const shown = within(getByTestId(panel));
      await fireEvent.click(shown.getByRole('button', { name: i18n.t('brief.copy') }));
      // The brief's module loads on the first press: the copy follows it.
      await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(expected(subject, locale)));
      await vi.waitFor(() =>
        expect(shown.getByTestId('copy-brief-status').textContent?.trim()).toBe(i18n.t('brief.copied')),
      );
      if (filters !== none) expect(expected(subject, locale)).toContain(briefWords.in(locale)('brief.notes'));
    });

    it('shows the text to copy by hand where the clipboard is refused', async () => {
      const writeText = vi.fn(() => Promise.reject(new Error('denied')));
      vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
      const { getByTestId, expected } = renderColumn(selection, region, filters, regionName);
      const shown = within(getByTestId(panel));
      await fireEvent.click(shown.getByTestId('copy-brief'));
      const manual = await shown.findByTestId('copy-brief-manual');
      expect((manual as HTMLTextAreaElement).value).toBe(expected(subject, 'zh-CN'));
      expect(shown.getByText(i18n.t('brief.copyFailed'))).toBeTruthy();
    });
  },
);
