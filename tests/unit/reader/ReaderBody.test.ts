// @vitest-environment jsdom
/**
 * The reader as rendered: the text is text (markup in a report stays words on the page), every cited
 * phrase is lit once with its records, focus on a mark shows its records, Enter on it sends the click's
 * target, and a figure no record quotes is marked and listed.
 */
import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ParsedDataset } from '../../../src/data/files';
import { joinData } from '../../../src/data/join';
import { i18n } from '../../../src/i18n/i18n.svelte';
import ReaderBody from '../../../src/reader/ReaderBody.svelte';
import { rt } from '../../../src/reader/words';
import { dataset, REPORT_TEXT, SOURCE } from '../data/fixtures';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const hostile = '<img src=x onerror="alert(document.domain)">';
/** The fixture's report with markup in a caption and a sentence with a figure no record quotes (3家). */
const TEXT = REPORT_TEXT.replace(
  '丙集团在者米村捐资建设的道路',
  `丙集团在者米村捐资建设的道路${hostile}`,
).replace('其中贫困户1049人。', '其中贫困户1049人。另有3家企业参与。');

function setup() {
  const d = dataset() as ParsedDataset;
  d.sources[0]!.title = null;
  const data = joinData(d);
  const ontarget = vi.fn();
  const result = render(ReaderBody, {
    text: TEXT,
    source: data.sources.get(SOURCE)!,
    data,
    shown: () => true,
    at: null,
    sites: new Set<string>(),
    units: [{ id: 'people', zh: '人' }],
    unitName: () => '人',
    ontarget,
  });
  return { ...result, data, ontarget };
}

describe('ReaderBody', () => {
  it('renders the report as text: markup in it is words on the page, never an element', () => {
    const { container } = setup();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.reader-text')?.textContent).toContain(hostile);
  });

  it('lights each cited phrase once, with its words', () => {
    const { container, data } = setup();
    const phrases = new Set([...data.activities.values()].map((a) => a.citation.phrase));
    const begins = [...container.querySelectorAll<HTMLElement>('.reader-text mark[data-begins]')];
    expect(begins).toHaveLength(phrases.size);
    for (const phrase of phrases) {
      const i = begins.find((m) => phrase.startsWith(m.textContent!))?.dataset.begins;
      const runs = [...container.querySelectorAll<HTMLElement>('.reader-text mark')].filter((m) =>
        m.dataset.phrases!.split(' ').includes(i!),
      );
      expect(runs.map((m) => m.textContent).join('')).toBe(phrase);
    }
  });

  it('shows a focused mark’s record and sends Enter to the place it is about', async () => {
    const { container, data, ontarget, getByRole } = setup();
    const zhemi = [...data.activities.values()].find((a) => a.places.includes('place-zhemi-school'))!;
    const mark = [...container.querySelectorAll<HTMLElement>('.reader-text mark[data-begins]')].find((m) =>
      zhemi.citation.phrase.startsWith(m.textContent!),
    )!;
    await fireEvent.focusIn(mark);
    await tick();
    expect(getByRole('tooltip').textContent).toContain(zhemi.title_zh);
    await fireEvent.keyDown(mark, { key: 'Enter' });
    expect(ontarget).toHaveBeenCalledWith({ kind: 'township', code: '530326204' }, zhemi.id);
  });

  it('marks and lists the figure no record quotes, with the count', () => {
    const { container } = setup();
    const list = container.querySelector<HTMLElement>('[data-testid="reader-uncovered"]')!;
    expect(list.dataset.count).toBe('1');
    expect(list.textContent).toContain(rt('reader.uncovered', { n: 1 }));
    const marked = container.querySelector<HTMLElement>('.reader-text .uncovered');
    expect(marked?.textContent).toBe('3');
    expect(Number(marked?.dataset.at)).toBe(TEXT.indexOf('3家'));
  });
});
