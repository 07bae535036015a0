// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { estimateTextWidth } from '../../../../src/geo/locator';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import { messages } from '../../../../src/i18n/messages';
import BeyondHuize from '../../../../src/panels/pairings/BeyondHuize.svelte';
import { SPREAD_ACTIVITY_ID } from '../../../../src/panels/pairings/pairingsModel';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const data = loadAppData();
const spread = data.activities.get(SPREAD_ACTIVITY_ID)!;
const spreadPlaces = spread.places.map((id) => data.places.get(id)!);
const sourceLabel = (name: string) => name.startsWith(i18n.t('src.label', { section: '' }));
const located = spreadPlaces.filter((p) => p.location !== null);
const unlocated = spreadPlaces.filter((p) => p.location === null);

describe('BeyondHuize', () => {
  it('draws one dot per outside place that has a location, inside the frame', () => {
    const { container } = render(BeyondHuize, { data });
    const dots = [...container.querySelectorAll('svg circle.dot')];
    expect(dots.map((d) => d.getAttribute('data-place'))).toEqual(located.map((p) => p.id));
    expect(dots).toHaveLength(7);
    const [, , w, h] = container
      .querySelector('svg.locator')!
      .getAttribute('viewBox')!
      .split(' ')
      .map(Number);
    for (const d of dots) {
      const [x, y] = [Number(d.getAttribute('cx')), Number(d.getAttribute('cy'))];
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(w!);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(h!);
    }
  });

  it('places the dots as on a map: north up, east right', () => {
    const { container } = render(BeyondHuize, { data });
    const pos = (id: string) => {
      const c = container.querySelector(`circle[data-place="${id}"]`)!;
      return [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))] as const;
    };
    const pairs = located.flatMap((a) => located.map((b) => [a, b] as const));
    const westEast = pairs.filter(([a, b]) => a.location!.lon < b.location!.lon);
    const southNorth = pairs.filter(([a, b]) => a.location!.lat < b.location!.lat);
    expect(westEast.length).toBeGreaterThan(0);
    expect(southNorth.length).toBeGreaterThan(0);
    // Every pair further east is drawn further right; every pair further north, higher (smaller y).
    expect(
      westEast.filter(([a, b]) => !(pos(a.id)[0] < pos(b.id)[0])).map(([a, b]) => `${a.id}/${b.id}`),
    ).toEqual([]);
    expect(
      southNorth.filter(([a, b]) => !(pos(a.id)[1] > pos(b.id)[1])).map(([a, b]) => `${a.id}/${b.id}`),
    ).toEqual([]);
  });

  it('labels every dot and Huize, without overlapping labels', () => {
    const { container } = render(BeyondHuize, { data });
    for (const p of located) expect(container.querySelector(`text[data-label-for="${p.id}"]`)).not.toBeNull();
    expect(container.querySelector('text[data-label-for="__huize"]')!.textContent).toBe(i18n.t('bh.huize'));
    expect(container.querySelector('path.huize')!.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L/);
    const boxes = [...container.querySelectorAll('text[data-label-for]')].map((t) => {
      const [x, y] = [Number(t.getAttribute('x')), Number(t.getAttribute('y'))];
      const w = estimateTextWidth(t.textContent!, Number(t.getAttribute('font-size')));
      const anchor = t.getAttribute('text-anchor');
      const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
      return { id: t.getAttribute('data-label-for'), x0, x1: x0 + w, y0: y - 6, y1: y + 6 };
    });
    expect(boxes).toHaveLength(located.length + 1);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap, `${a.id} / ${b.id}`).toBe(false);
      }
    }
  });

  it('is an image with a summary, and lists every place with its source; 普洱市 has no position', () => {
    const { container } = render(BeyondHuize, { data });
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toContain(String(located.length));
    const items = [...container.querySelectorAll('ol.places > li')];
    expect(items.map((li) => li.getAttribute('data-place'))).toEqual(spread.places);
    for (const li of items) {
      const mark = within(li as HTMLElement).getByRole('button', { name: sourceLabel });
      expect(document.getElementById(mark.getAttribute('aria-describedby')!)!.textContent).toContain(
        spread.citation.phrase,
      );
    }
    expect(unlocated.map((p) => p.name_zh)).toEqual(['普洱市']);
    const puer = container.querySelector(`li[data-place="${unlocated[0]!.id}"]`)!;
    expect(puer.textContent).toContain('普洱市');
    expect(puer.textContent).toContain(messages['zh-CN']['beyond.noLocation']);
    for (const p of located) {
      expect(container.querySelector(`li[data-place="${p.id}"]`)!.textContent).not.toContain(
        messages['zh-CN']['beyond.noLocation'],
      );
    }
  });

  it('mentions 潜江 (Hubei, outside the inset) with its own source', async () => {
    const { container } = render(BeyondHuize, { data });
    const origin = container.querySelector<HTMLElement>('[data-place="place-qianjiang"]')!;
    expect(origin.textContent).toContain('潜江市');
    expect(container.querySelector('circle[data-place="place-qianjiang"]')).toBeNull();
    const mark = within(origin).getByRole('button', { name: sourceLabel });
    const tip = document.getElementById(mark.getAttribute('aria-describedby')!)!;
    expect(tip.textContent).toContain('湖北潜江辅君水产销售商贸公司');
    await fireEvent.click(mark);
    expect(tip.classList.contains('open')).toBe(true);
  });

  it('credits AMap and states the projection', () => {
    const { container } = render(BeyondHuize, { data });
    expect(container.querySelector('figcaption')!.textContent).toContain(i18n.t('bh.attribution'));
    expect(container.querySelector('figcaption')!.textContent).toContain(i18n.t('bh.projection'));
  });

  it('switches to English', () => {
    const { container } = render(BeyondHuize, { data });
    i18n.locale = 'en';
    flushSync();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(messages.en['beyond.title']);
    for (const p of spreadPlaces) {
      expect(container.querySelector(`li[data-place="${p.id}"]`)!.textContent).toContain(p.name_en);
    }
    expect(container.querySelector(`text[data-label-for="place-yimen-county"]`)!.textContent).toBe('Yimen');
    expect(container.querySelector('figcaption')!.textContent).toContain('AMap');
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Yimen');
  });
});
