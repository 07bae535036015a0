// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fireEvent, render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { townshipMetrics } from '../../../../src/data/metrics';
import { parseTownships } from '../../../../src/geo/geoFiles';
import { sitePoints } from '../../../../src/data/sites';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import TownshipPanel from '../../../../src/panels/detail/TownshipPanel.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const data = loadAppData();
const metrics = townshipMetrics(data);
const geo = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const sites = sitePoints([...data.places.values()], geo);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

function renderPanel(code: string, extra: { areaKm2?: number | null } = {}) {
  const m = metrics.get(code);
  if (!m) throw new Error(`no metrics for ${code}`);
  const callbacks = { onselectsite: vi.fn(), onselecttownship: vi.fn(), onclose: vi.fn() };
  const result = render(TownshipPanel, { data, code, metrics: m, sites, ...extra, ...callbacks });
  const panel = result.container.querySelector('[data-testid="township-panel"]') as HTMLElement;
  return { ...result, panel, ...callbacks };
}

const listedActivities = (panel: HTMLElement) =>
  [...panel.querySelectorAll('[data-testid="township-activities"] li[data-activity-id]')].map(
    (li) => li.getAttribute('data-activity-id') ?? '',
  );

describe('TownshipPanel', () => {
  it('lists, for every township, exactly the activities the data places there', () => {
    let withRecords = 0;
    for (const township of data.townships) {
      const { panel, unmount } = renderPanel(township.id);
      const expected = (data.activitiesByTownship.get(township.id) ?? []).map((a) => a.id);
      expect(listedActivities(panel).sort()).toEqual([...expected].sort());
      // The "no activity" line shows exactly when the list is empty.
      expect(text(panel).includes(i18n.t('panel.noActivities')), township.id).toBe(expected.length === 0);
      if (expected.length) withRecords += 1;
      unmount();
    }
    expect(withRecords).toBeGreaterThan(5);
    expect(withRecords).toBeLessThan(data.townships.length);
  });

  it('groups activities under category headings', () => {
    const { panel } = renderPanel('530326201');
    const headings = [...panel.querySelectorAll('[data-testid="township-activities"] h4')].map(text);
    const categories = new Set((data.activitiesByTownship.get('530326201') ?? []).map((a) => a.category));
    expect(headings).toHaveLength(categories.size);
    expect(headings).toContain(i18n.t('category.donation'));
  });

  it.each([
    ['530326107', '530326102', '娜姑镇'],
    ['530326102', '530326107', '大井镇'],
  ])('the 22.4万元 summer camp in %s is marked as shared with %s (%s)', async (code, other, otherName) => {
    const { panel, onselecttownship } = renderPanel(code);
    const camp = panel.querySelector('li[data-activity-id="act-donation-summer-camp"]') as HTMLElement;
    expect(camp).not.toBeNull();
    expect(text(camp)).toContain('22.4 万元');
    const mark = within(camp).getByTestId('shared-with');
    await fireEvent.click(within(mark).getByRole('button', { name: otherName }));
    expect(onselecttownship).toHaveBeenCalledWith(other);
    // the key figures say the aid includes a shared figure
    expect(text(panel.querySelector('.key') as HTMLElement)).toContain(i18n.t('tp.includesShared'));
  });

  it('marks no activity as shared where none is', () => {
    const { panel } = renderPanel('530326201');
    expect(panel.querySelectorAll('[data-testid="shared-with"]')).toHaveLength(0);
  });

  it('names the township in both scripts with pinyin, its kind, code and area', async () => {
    const place = data.places.get('530326102');
    if (!place) throw new Error('no 娜姑镇');
    const { panel } = renderPanel('530326102', { areaKm2: 123.4 });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent?.trim()).toBe(place.name_zh);
    expect(text(panel)).toContain(place.name_en);
    expect(text(panel)).toContain(place.pinyin);
    expect(text(panel)).toContain('530326102');
    expect(text(panel)).toContain(i18n.t('kind.镇'));
    expect(text(within(panel).getByTestId('township-area'))).toContain(`123.4 ${i18n.t('panel.km2')}`);
    i18n.locale = 'en';
    await tick();
    expect(within(panel).getByRole('heading', { level: 2 }).textContent?.trim()).toBe(place.name_en);
    expect(text(within(panel).getByTestId('township-area'))).toContain(`123.4 ${i18n.t('panel.km2')}`);
  });

  it('says the area is unknown when none is given', () => {
    const { panel } = renderPanel('530326102', { areaKm2: null });
    expect(text(within(panel).getByTestId('township-area'))).toBe(i18n.t('panel.areaUnknown'));
  });

  it('lists its sites as buttons that select them', async () => {
    const { panel, onselectsite } = renderPanel('530326102');
    const list = within(panel).getByTestId('township-sites');
    const ids = [...list.querySelectorAll('li[data-place-id]')].map((li) => li.getAttribute('data-place-id'));
    const expected = [...data.places.values()]
      .filter((p) => p.township === '530326102' && p.kind !== 'township')
      .map((p) => p.id);
    expect(ids.sort()).toEqual(expected.sort());
    await fireEvent.click(within(list).getByRole('button', { name: '白务村' }));
    expect(onselectsite).toHaveBeenCalledWith('place-baiwu-village');
  });

  it('names its Baoshan pairing partner, or says there is none', () => {
    let unpaired = 0;
    for (const [code, m] of metrics) {
      const { panel, unmount } = renderPanel(code);
      expect(text(panel).includes(i18n.t('panel.noPartners')), code).toBe(m.pairings.length === 0);
      for (const p of m.pairings) expect(text(panel)).toContain(p.baoshan_side.label_zh);
      if (!m.pairings.length) unpaired += 1;
      unmount();
    }
    expect(unpaired).toBeGreaterThan(0);
    const { panel } = renderPanel('530326103');
    expect(text(panel)).toContain('宝山区月浦镇');
  });

  it.each([
    ['zh-CN', '宝山区月浦镇', '(月浦镇)'],
    ['en', 'Yuepu Town', 'Yuepu Town (Baoshan)'],
  ] as const)(
    'does not repeat a partner whose organisation name is its label (%s)',
    (locale, label, repeat) => {
      i18n.locale = locale;
      const { panel } = renderPanel('530326103');
      const partner = panel.querySelector('li[data-pairing-id]')!;
      expect(text(partner)).toContain(label);
      expect(text(partner)).not.toContain(repeat);
    },
  );

  it('closes through a labelled button', async () => {
    const { panel, onclose } = renderPanel('530326107');
    await fireEvent.click(within(panel).getByRole('button', { name: i18n.t('panel.close') }));
    expect(onclose).toHaveBeenCalledOnce();
  });

  it('switches its labels and number formats to English', async () => {
    const { panel } = renderPanel('530326107');
    expect(text(panel)).toContain(i18n.t('panel.activities'));
    i18n.locale = 'en';
    await tick();
    expect(text(panel)).toContain(i18n.t('panel.activities'));
    expect(text(panel)).toContain('224,000 yuan');
    expect(within(panel).getByRole('button', { name: i18n.t('panel.close') })).toBeTruthy();
  });
});
