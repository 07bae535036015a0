// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fireEvent, render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { parseTownships } from '../../../../src/geo/geoFiles';
import { sitePoints } from '../../../../src/data/sites';
import { formatNumber } from '../../../../src/i18n/format';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import SitePanel from '../../../../src/panels/detail/SitePanel.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const data = loadAppData();
const geo = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const sites = sitePoints([...data.places.values()], geo);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

function renderSite(placeId: string, withPoint = true) {
  const callbacks = { onselecttownship: vi.fn(), onclose: vi.fn() };
  const point = withPoint ? sites.find((s) => s.id === placeId) : undefined;
  const result = render(SitePanel, { data, placeId, point, ...callbacks });
  const panel = result.container.querySelector('[data-testid="site-panel"]') as HTMLElement;
  return { ...result, panel, point, ...callbacks };
}

const km = (point: { uncertaintyKm: number } | undefined) => formatNumber(point!.uncertaintyKm, i18n.locale);

const listed = (panel: HTMLElement) =>
  [...panel.querySelectorAll('li[data-activity-id]')].map((li) => li.getAttribute('data-activity-id'));

describe('SitePanel', () => {
  it.each(['place-baiwu-village', 'place-baiwu-crayfish-base'])('%s shows the 500亩 crayfish farm', (id) => {
    const { panel } = renderSite(id);
    expect(listed(panel)).toContain('act-industry-crayfish-jiayan');
    const farm = panel.querySelector('li[data-activity-id="act-industry-crayfish-jiayan"]') as HTMLElement;
    expect(text(farm.querySelector('li[data-figure="500亩"]') as HTMLElement)).toContain(
      `500 ${i18n.t('unit.mu')}`,
    );
  });

  it('names the village, its code, township (a button) and the point’s basis', async () => {
    const village = data.places.get('place-baiwu-village');
    if (!village?.location) throw new Error('白务村 has no location');
    const { panel, onselecttownship, point } = renderSite('place-baiwu-village');
    expect(point?.positionFrom).toBe('own');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent?.trim()).toBe('白务村');
    expect(text(panel)).toContain(village.pinyin);
    expect(text(panel)).toContain('530326102206');
    // The basis written for the reader, not the technical one (which names the research file).
    expect(text(within(panel).getByTestId('site-basis'))).toBe(village.location.basis_zh);
    expect(text(panel)).not.toContain(village.location.basis);
    expect(text(within(panel).getByTestId('site-position'))).toBe(
      i18n.t('panel.positionOwn', { km: km(point) }),
    );
    await fireEvent.click(within(within(panel).getByTestId('site-township')).getByRole('button'));
    expect(onselecttownship).toHaveBeenCalledWith('530326102');
  });

  it('a base drawn at its village says so and names the village it lies in', () => {
    const village = data.places.get('place-qingyun-village');
    if (!village?.location) throw new Error('青云村 has no location');
    const { panel, point } = renderSite('place-qingyun-snow-peach-base');
    expect(point?.positionFrom).toBe('within');
    expect(text(within(panel).getByTestId('site-position'))).toBe(
      i18n.t('panel.positionWithin', { km: km(point) }),
    );
    expect(text(panel)).toContain(`${i18n.t('sp.within')} 青云村`);
    expect(text(within(panel).getByTestId('site-basis'))).toBe(village.location.basis_zh);
  });

  it('a place without a proven township says so and shows its notes', () => {
    const school = data.places.get('place-zhongping-middle-school');
    if (!school) throw new Error('no 钟屏中学');
    const { panel } = renderSite('place-zhongping-middle-school');
    expect(text(within(panel).getByTestId('site-township'))).toBe(i18n.t('panel.unassigned'));
    expect(within(within(panel).getByTestId('site-township')).queryByRole('button')).toBeNull();
    const notes = [...within(panel).getByTestId('site-notes').querySelectorAll('li')].map(
      (li) => li.textContent,
    );
    expect(notes).toEqual(school.notes_zh);
    expect(listed(panel)).toEqual(['act-secondment-teacher-zhongping']);
  });

  it('writes notes and basis in the reader’s language, marking the Chinese an English note quotes', async () => {
    const school = data.places.get('place-zhemi-school');
    if (!school?.location) throw new Error('no 者米小学 or its point');
    const { panel } = renderSite('place-zhemi-school');
    expect(panel.querySelector('span[lang="en"]')?.textContent).toBe(school.name_en);
    const note = () => within(panel).getByTestId('site-notes').querySelector('li')!;
    expect(note().textContent).toBe(school.notes_zh[0]);
    i18n.locale = 'en';
    await tick();
    expect(note().textContent).toBe(school.notes_en[0]);
    const quoted = [...note().querySelectorAll('span[lang="zh-CN"]')].map((s) => s.textContent);
    expect(quoted).toEqual(['大桥乡者米小学', '者米村', '大桥乡']);
    expect(text(within(panel).getByTestId('site-basis'))).toBe(school.location.basis_en);
  });

  it('a school known only by its township is drawn at the township centre, with the radius as error', () => {
    const { panel, point } = renderSite('place-dapingzi-school');
    expect(point?.positionFrom).toBe('township');
    expect(text(within(panel).getByTestId('site-position'))).toBe(
      i18n.t('panel.positionTownship', { km: km(point) }),
    );
    expect(text(within(panel).getByTestId('site-township'))).toContain('大海乡');
  });

  it('says when a site is not drawn on the map', () => {
    const { panel } = renderSite('place-zhongping-middle-school', false);
    expect(text(within(panel).getByTestId('site-position'))).toBe(i18n.t('panel.positionNone'));
  });

  it('lists every activity at the site, for every site', () => {
    for (const p of data.places.values()) {
      if (!p.in_huize || p.kind === 'township' || p.kind === 'county') continue;
      const { panel, unmount } = renderSite(p.id);
      const expected = [...data.activities.values()]
        .filter((a) => a.places.some((id) => id === p.id || data.places.get(id)?.within === p.id))
        .map((a) => a.id);
      expect(listed(panel).sort()).toEqual(expected.sort());
      unmount();
    }
  });

  it('closes, and switches to English', async () => {
    const { panel, onclose, point } = renderSite('place-baiwu-village');
    i18n.locale = 'en';
    await tick();
    expect(within(panel).getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Baiwu Village');
    expect(text(within(panel).getByTestId('site-position'))).toBe(
      i18n.t('panel.positionOwn', { km: km(point) }),
    );
    await fireEvent.click(within(panel).getByRole('button', { name: i18n.t('panel.close') }));
    expect(onclose).toHaveBeenCalledOnce();
  });
});
