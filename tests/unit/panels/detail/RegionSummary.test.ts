// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { townshipMetrics } from '../../../../src/data/metrics';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import RegionSummary from '../../../../src/panels/detail/RegionSummary.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
  cleanup();
});

const data = loadAppData();
const metrics = townshipMetrics(data);
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const total = (metric: string) =>
  screen.getAllByTestId('region-total').find((el) => el.dataset.metric === metric)!;

function renderRegion(region: string[]) {
  const onselecttownship = vi.fn<(code: string) => void>();
  render(RegionSummary, { props: { data, metrics, region, onselecttownship } });
  return { onselecttownship };
}

describe('RegionSummary', () => {
  it('sums 娜姑镇 and 大井镇 with the shared camp once, and flags it as shared inside the region', () => {
    renderRegion(['530326102', '530326107']);
    expect(total('aid').dataset.value).toBe('22.4');
    expect(text(total('aid'))).toContain('22.4 万元');
    expect(text(total('aid'))).toContain(i18n.t('rs.includesShared'));
    expect(total('reached').dataset.value).toBe('20');
    // 娜姑镇's two crayfish records and the camp (at both): 3, not 4.
    expect(total('activities').dataset.value).toBe('3');
    const shared = screen.getAllByTestId('region-shared');
    expect(shared.map((el) => el.dataset.activity)).toEqual([
      'act-donation-summer-camp',
      'act-donation-summer-camp',
    ]);
    expect(text(shared[0])).toContain(['娜姑镇', '大井镇'].join(i18n.t('sep.list')));
    expect(screen.queryByTestId('region-shared-outside')).toBeNull();
    // Each township's own value counts it in full; the rows say so, the total does not add them up.
    const rows = screen.getByTestId('region-townships').querySelectorAll('tbody [data-metric="aid"]');
    expect([...rows].map((td) => (td as HTMLElement).dataset.value)).toEqual(['22.4', '22.4']);
  });

  it('a figure shared across the boundary counts in full and names the township outside', () => {
    renderRegion(['530326102', '530326201']);
    expect(total('aid').dataset.value).toBe(String(22.4 + 18.85));
    expect(text(screen.getAllByTestId('region-shared-outside')[0])).toContain('大井镇');
  });

  it('keeps county-wide figures apart, in either language', async () => {
    renderRegion(['530326102']);
    expect(text(screen.getByTestId('region-not-attributable'))).toContain(i18n.t('rs.notAttributable'));
    i18n.locale = 'en';
    await tick();
    expect(text(screen.getByTestId('region-not-attributable'))).toContain(i18n.t('rs.notAttributable'));
    expect(text(total('aid'))).toContain('224,000 yuan');
  });
});
