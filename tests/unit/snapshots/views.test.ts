// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { numericChoropleth } from '../../../src/choropleth/choropleth';
import { numericValues } from '../../../src/choropleth/metricValues';
import { loadAppData } from '../../../src/data/appData';
import { sourcesUsed, yearsOf } from '../../../src/data/filters';
import { townshipMetrics } from '../../../src/data/metrics';
import { sitePoints } from '../../../src/data/sites';
import type { Locale } from '../../../src/domain';
import { exportContent } from '../../../src/export/exportContent';
import { parseTownships } from '../../../src/geo/geoFiles';
import { i18n } from '../../../src/i18n/i18n.svelte';
import { translator } from '../../../src/i18n/translate';
import TownshipPanel from '../../../src/panels/detail/TownshipPanel.svelte';

/**
 * File snapshots of what a reader gets, per language: the export's words and a township panel's text. A
 * change to either shows in review as a diff of the reader's text, not only as a test that still passes.
 * Written on the first run (`npx vitest run tests/unit/snapshots -u` after a deliberate change); CI, which
 * never writes snapshots, fails when they differ.
 */
const data = loadAppData();
const metrics = townshipMetrics(data);
const geo = parseTownships(JSON.parse(readFileSync('geo/townships.geojson', 'utf8')));
const sites = sitePoints([...data.places.values()], geo);
const nagu = '530326102';
const locales: Locale[] = ['zh-CN', 'en'];

afterEach(() => {
  i18n.locale = 'zh-CN';
});

describe.each(locales)('what a reader gets (%s)', (locale) => {
  it('the export of the county, activities by quantile', async () => {
    const t = translator(locale);
    const content = exportContent({
      t,
      locale,
      metric: 'activities',
      method: `${t('control.method')}: ${t('method.quantile')}`,
      choropleth: numericChoropleth(numericValues(metrics, 'activities'), 'quantile'),
      orgName: (id) => {
        const org = data.organisations.get(id);
        return org ? (locale === 'en' ? org.name_en : org.name_zh) : id;
      },
      filters: null,
      subject: null,
      title: t('app.title'),
      schematic: true,
      years: yearsOf(data),
      sources: sourcesUsed(data),
      attributions: ['© AMap'],
      date: '2026-12-07',
      fontFamily: 'sans-serif',
    });
    await expect(`${JSON.stringify(content, null, 2)}\n`).toMatchFileSnapshot(
      `__snapshots__/export-content.${locale}.json`,
    );
  });

  it('the township panel of 娜姑镇', async () => {
    i18n.locale = locale;
    const { container } = render(TownshipPanel, {
      data,
      code: nagu,
      metrics: metrics.get(nagu)!,
      sites,
      onselectsite: () => {},
      onselecttownship: () => {},
      onclose: () => {},
    });
    flushSync();
    // One line per block, so a diff reads like the panel.
    const lines = [...container.querySelectorAll('h2, h3, h4, p, li, dt, dd, summary')]
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`__snapshots__/township-panel.${locale}.txt`);
  });
});
