import { describe, expect, it } from 'vitest';
import { briefPlainText, makeBrief, type BriefSubject } from '../../../src/brief';
import { loadAppData } from '../../../src/data/appData';
import { noEffect } from '../../../src/data/filterEffect';
import { noFilters } from '../../../src/data/filters';
import type { Locale } from '../../../src/domain';

/**
 * File snapshots of the briefs a reader copies (the county's, 娜姑镇's, a region's), per language, as the copy
 * button gives them: a change of wording shows in review as a diff of the text. Written on the first run
 * (`npx vitest run tests/unit/snapshots -u` after a deliberate change); CI, which never writes snapshots,
 * fails when they differ.
 */
const data = loadAppData();
const locales: Locale[] = ['zh-CN', 'en'];
const subjects: BriefSubject[] = [
  { kind: 'county' },
  { kind: 'township', code: '530326102' },
  { kind: 'region', codes: ['530326201', '530326105'], name: null },
];

describe.each(locales)('the briefs a reader copies (%s)', (locale) => {
  it('the county, 娜姑镇 and 大海乡 + 矿山镇', async () => {
    const texts = subjects.map((subject) =>
      briefPlainText(makeBrief({ data, subject, locale, filters: noFilters, effect: noEffect })),
    );
    await expect(`${texts.join('\n\n----\n\n')}\n`).toMatchFileSnapshot(`__snapshots__/brief.${locale}.txt`);
  });
});
