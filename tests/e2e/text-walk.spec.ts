import type { Page } from '@playwright/test';
import { expect, test, waitForMap } from './fixtures';

/**
 * Walks every view in both languages and reads what a person sees (visible text and input placeholders),
 * failing on a word written twice or on a sentence of the other language. The rule:
 *
 * - Doubled word: the same word (Latin, 2+ letters) or the same run of two or more Han characters twice in
 *   a row within one line of text: across inline elements too, since "8 townships" and "townships
 *   reached" sit in two spans, but not across blocks (a tab, then a heading that starts with its name).
 *   Quoted text (“…”) is the source's own words and is left as written.
 * - English UI: a run of 4+ Han characters (Chinese punctuation inside it allowed) is a Chinese sentence,
 *   unless the markup marks it as Chinese (an ancestor with lang="zh…": names, quoted phrases, relations)
 *   or it is the original term given in quotes or in parentheses beside its English (“劳务协作协议”,
 *   AMap (高德地图), townships (乡, 镇, 街道)).
 * - Chinese UI: a Latin word is English, unless an ancestor marks it lang="en…" (a name's English form) or
 *   lang="zh-Latn" (pinyin), or it is one of the few a Chinese reader meets as written (`latinInChinese`:
 *   file kinds, units, brands).
 * - Either UI: nothing that looks like a record id, a file name or a package name is shown.
 * - Exempt by name: the schematic-boundary note, bilingual on purpose so that a screenshot in either
 *   language carries it in both; and the map's credits (MapLibre's attribution control), which name each
 *   provider as it names itself (© 高德地图 AMap).
 */

interface Finding {
  kind: 'doubled' | 'other-language' | 'developer-word';
  match: string;
  context: string;
}

/** Latin words a Chinese reader meets as written: file kinds, units and measures, names of standards. */
const latinInChinese = [
  'PNG',
  'PDF',
  'XLSX',
  'CSV',
  'GeoJSON',
  'HXL',
  'QR',
  'dpi',
  'km',
  'px',
  'EN',
  'Excel',
  'Esc',
];

async function findings(page: Page, ui: 'zh-CN' | 'en'): Promise<Finding[]> {
  return page.evaluate(
    ([ui, latin]) => {
      const out: Finding[] = [];
      const exempt = (el: Element | null) =>
        !!el?.closest('[data-testid="schematic-note"], .maplibregl-ctrl-attrib');
      const inlineish = (el: Element) => {
        const display = getComputedStyle(el).display;
        const parent = el.parentElement ? getComputedStyle(el.parentElement).display : '';
        // A flex item is blockified but still sits on its container's line.
        return display.startsWith('inline') || display === 'contents' || parent.endsWith('flex');
      };
      const blockOf = (el: Element): Element => {
        let at: Element = el;
        while (at.parentElement && inlineish(at)) at = at.parentElement;
        return at;
      };
      const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? ui;
      const visible = (el: Element) =>
        el.checkVisibility({ opacityProperty: false, visibilityProperty: true } as CheckVisibilityOptions);
      // The text in reading order, each piece with the language its markup gives it.
      const pieces: { text: string; lang: string; el: Element; block: Element }[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || exempt(el) || ['SCRIPT', 'STYLE'].includes(el.tagName) || !visible(el)) continue;
        const text = node.textContent ?? '';
        if (text.trim()) pieces.push({ text, lang: langOf(el), el, block: blockOf(el) });
      }
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (visible(input))
          pieces.push({ text: input.placeholder, lang: langOf(input), el: input, block: input });
      }
      const sameLang = (lang: string) =>
        ui === 'en' ? lang.startsWith('en') : lang === 'zh-CN' || lang === 'zh';
      const quoted = /[“"「‘][^”"」’]*[”"」’]/g;
      let flow = '';
      let block: Element | null = null;
      // Text in the other language stands between its neighbours (a Chinese name quoted twice in an English
      // note is not a doubled word): it is kept in the flow as a mark that matches nothing.
      for (const p of pieces) {
        const text = sameLang(p.lang) ? p.text.replace(/[ \t\n]+/g, ' ') : ' ¶ ';
        flow += (p.block === block ? '' : '\n') + text;
        block = p.block;
      }
      flow = flow.replace(quoted, '"…"');
      const near = (at: number) => flow.slice(Math.max(0, at - 40), at + 60);
      for (const m of flow.matchAll(/\b([A-Za-z]{2,}(?: [A-Za-z]{2,})?) \1\b/gi)) {
        out.push({ kind: 'doubled', match: m[0], context: near(m.index) });
      }
      for (const m of flow.matchAll(/(\p{Script=Han}{2,}) ?\1/gu)) {
        out.push({ kind: 'doubled', match: m[0], context: near(m.index) });
      }
      for (const p of pieces.filter((p) => sameLang(p.lang))) {
        if (ui === 'en') {
          const bare = p.text.replace(quoted, ' ').replace(/\([^)]*\)|（[^）]*）/g, ' ');
          for (const m of bare.matchAll(/\p{Script=Han}[\p{Script=Han}，、。：；！？]{3,}/gu)) {
            out.push({ kind: 'other-language', match: m[0], context: p.text.slice(0, 120) });
          }
        } else {
          for (const m of p.text.matchAll(/[A-Za-z]{2,}/g)) {
            if (latin.includes(m[0])) continue;
            out.push({ kind: 'other-language', match: m[0], context: p.text.slice(0, 120) });
          }
        }
      }
      for (const p of pieces) {
        for (const m of p.text.matchAll(
          /\b(?:act|src|org|place|pair|person|site)-[a-z0-9]+-[a-z0-9-]+|\w+\.(?:json|geojson|ts|txt)\b|echarts|npm\b/g,
        )) {
          out.push({ kind: 'developer-word', match: m[0], context: p.text.slice(0, 120) });
        }
      }
      return out;
    },
    [ui, latinInChinese] as const,
  );
}

/**
 * The views, each with what shows it has rendered (the lazily loaded ones included). One page per language
 * walks them all, reaching each by its address as a shared link or Back does; `open` does what the address
 * cannot (a dialog), `close` undoes it before the next view.
 */
const views: {
  name: string;
  hash: string;
  ready: (page: Page) => ReturnType<Page['getByTestId']>;
  open?: (page: Page) => Promise<void>;
  close?: (page: Page) => Promise<void>;
}[] = [
  { name: 'overview and county summary', hash: '', ready: (p) => p.getByTestId('county-summary') },
  { name: 'a township', hash: 'sel=530326102', ready: (p) => p.getByTestId('township-panel') },
  { name: 'a site', hash: 'sel=site:place-zhemi-school', ready: (p) => p.getByTestId('site-panel') },
  {
    name: 'a region',
    hash: 'r=530326102,530326107,530326201',
    ready: (p) => p.getByTestId('region-summary'),
  },
  { name: 'pairings', hash: 'tab=pairings', ready: (p) => p.locator('#tabpanel-pairings') },
  { name: 'beyond Huize', hash: 'tab=beyond', ready: (p) => p.locator('#tabpanel-beyond') },
  { name: 'the table', hash: 'table=1', ready: (p) => p.getByTestId('table-townships') },
  {
    name: 'the export dialog',
    hash: 'r=530326102,530326107',
    ready: (p) => p.getByTestId('export-dialog'),
    open: (page) => page.getByTestId('export-open').click(),
    close: (page) => page.keyboard.press('Escape'),
  },
  { name: 'a presentation step', hash: 'present=1&step=2', ready: (p) => p.getByTestId('presentation') },
];

for (const ui of ['zh-CN', 'en'] as const) {
  test(`text walk (${ui}): ${views.map((v) => v.name).join(', ')}`, async ({ page }) => {
    // Nine views in one page: ≈ 25 s on the 2-core machine; room for a busy one.
    test.setTimeout(120_000);
    const lang = ui === 'en' ? 'lang=en' : '';
    await page.goto(`/#${lang}`);
    await waitForMap(page);
    for (const view of views) {
      await test.step(view.name, async () => {
        const hash = [view.hash, lang].filter(Boolean).join('&');
        if (hash) await page.goto(`/#${hash}`);
        await view.open?.(page);
        await expect(view.ready(page)).toBeVisible();
        // The panel's own text settles in the frame after it appears (counts, lazily loaded names).
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
        );
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(ui);
        expect.soft(await findings(page, ui), view.name).toEqual([]);
        await view.close?.(page);
      });
    }
  });
}
