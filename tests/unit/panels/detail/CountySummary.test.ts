// @vitest-environment jsdom
import { render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import { formatAmountWan } from '../../../../src/i18n/format';
import CountySummary from '../../../../src/panels/detail/CountySummary.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const data = loadAppData();
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

function renderSummary() {
  const result = render(CountySummary, { data });
  const panel = result.container.querySelector('[data-testid="county-summary"]') as HTMLElement;
  return { ...result, panel };
}

/** The sums of every two or more of the stated (non-additive) totals: none may appear. */
function sumsOfStatedTotals(): number[] {
  const totals = [...data.activities.values()].flatMap((a) =>
    a.amounts.filter((m) => !m.additive).map((m) => m.value_wan),
  );
  const sums: number[] = [];
  for (let mask = 1; mask < 1 << totals.length; mask++) {
    const picked = totals.filter((_, i) => mask & (1 << i));
    if (picked.length > 1) sums.push(picked.reduce((s, v) => s + v, 0));
  }
  return sums;
}

describe('CountySummary', () => {
  it('is headed and marked as county-wide', () => {
    const { panel } = renderSummary();
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(i18n.t('panel.county'));
    expect(text(panel)).toContain(i18n.t('panel.countyNote'));
  });

  it('shows 10814, 1175 and 1185 万元 but never their sum', async () => {
    const { panel } = renderSummary();
    const values = [...panel.querySelectorAll('.value')].map(text);
    for (const v of ['10814 万元（约 1.08 亿元）', '1175 万元', '1185 万元']) expect(values).toContain(v);
    const sums = sumsOfStatedTotals();
    expect(sums).toContain(10814 + 1175 + 1185);
    for (const s of sums) expect(text(panel)).not.toContain(formatAmountWan(s, 'zh-CN'));
    for (const s of sums) expect(text(panel)).not.toContain(String(s));
    i18n.locale = 'en';
    await tick();
    const en = [...panel.querySelectorAll('.value')].map(text);
    expect(en).toContain('108.14 million yuan');
    expect(en).toContain('11.75 million yuan');
    for (const s of sums) expect(text(panel)).not.toContain(formatAmountWan(s, 'en'));
  });

  it('lists exactly the county-wide records under category headings, and no township-scoped record', () => {
    const { panel } = renderSummary();
    const countyIds = [...panel.querySelectorAll('[data-testid="county-category"] li[data-activity-id]')].map(
      (li) => li.getAttribute('data-activity-id'),
    );
    expect(countyIds.sort()).toEqual(data.countyActivities.map((a) => a.id).sort());
    const all = [...panel.querySelectorAll('li[data-activity-id]')].map((li) =>
      data.activities.get(li.getAttribute('data-activity-id') ?? ''),
    );
    expect(all.every((a) => a !== undefined && a.scope !== 'township' && a.scope !== 'outside')).toBe(true);
    expect(panel.querySelector('li[data-activity-id="act-donation-summer-camp"]')).toBeNull();
    const headings = [...panel.querySelectorAll('[data-testid="county-category"] h3')].map(text);
    expect(headings[0]).toBe(i18n.t('category.funding'));
    expect(headings).toContain(i18n.t('category.labour'));
  });

  it('shows the labour figures with the poor-household part nested under the 2415, not beside it', () => {
    const { panel } = renderSummary();
    const values = [...panel.querySelectorAll('.value')].map(text);
    for (const v of ['5588 人', '56 场次', '20 场次', '118 人', '2415 人']) expect(values).toContain(v);
    const whole = panel.querySelector('li[data-figure="2415人"]') as HTMLElement;
    expect(text(whole.querySelector('ul li[data-figure="贫困户1049人"]') as HTMLElement)).toContain(
      i18n.t('panel.partOf'),
    );
    expect(text(panel)).not.toContain(String(2415 + 1049));
  });

  it('shows people reached with its "of which" parts nested', () => {
    const { panel } = renderSummary();
    const reach = panel.querySelector('li[data-activity-id="act-funding-reach"]') as HTMLElement;
    const households = reach.querySelector('li[data-figure="3.3万户"]') as HTMLElement;
    expect(households.querySelector('li[data-figure="1万余户"]')).not.toBeNull();
    const people = reach.querySelector('li[data-figure="11.4万人"]') as HTMLElement;
    expect(people.querySelector('li[data-figure="3.4万余人"]')).not.toBeNull();
  });

  it('shows secondments and training in both directions', () => {
    const { panel } = renderSummary();
    const directions = [...panel.querySelectorAll('[data-testid="direction"]')].map(text);
    expect(directions).toContain(i18n.t('act.dir.toHuize'));
    expect(directions).toContain(i18n.t('act.dir.toShanghai'));
  });

  it('gives every figure a source mark', () => {
    const { panel } = renderSummary();
    const figures = [...panel.querySelectorAll('li[data-figure]')];
    const expected = [...data.countyActivities, ...data.unassignedActivities].reduce(
      (n, a) => n + a.amounts.length + a.counts.length,
      0,
    );
    expect(figures).toHaveLength(expected);
    for (const f of figures) {
      const own = [...f.querySelectorAll('.source-mark')].filter((m) => m.closest('li[data-figure]') === f);
      expect(own).toHaveLength(1);
    }
  });

  it('lists the places in Huize whose township is not proven, and counts the records outside', () => {
    const { panel } = renderSummary();
    const unassigned = within(panel).getByTestId('county-unassigned');
    const ids = [...unassigned.querySelectorAll('li[data-activity-id]')].map((li) =>
      li.getAttribute('data-activity-id'),
    );
    expect(ids.sort()).toEqual(data.unassignedActivities.map((a) => a.id).sort());
    for (const name of ['钟屏中学', '翠屏小学', '会泽古城']) expect(text(unassigned)).toContain(name);
    const outside = within(panel).getByTestId('county-outside');
    expect(text(outside)).toContain(i18n.t('panel.outsideCount', { n: data.outsideActivities.length }));
  });
});
