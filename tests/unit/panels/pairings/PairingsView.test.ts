// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import { messages, type MessageKey } from '../../../../src/i18n/messages';
import PairingsView from '../../../../src/panels/pairings/PairingsView.svelte';
import { isAggregate, townshipCodesOf } from '../../../../src/panels/pairings/pairingsModel';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const data = loadAppData();
const pairings = [...data.pairings.values()];
const linked = pairings.filter((p) => !isAggregate(p));
const townshipPairings = linked.filter((p) => townshipCodesOf(p.huize_side, data.places).length === 1);

function setup(selected: string | null = null) {
  const onselecttownship = vi.fn<(code: string) => void>();
  const result = render(PairingsView, { data, selected, onselecttownship });
  return { ...result, onselecttownship };
}

/** The level label shown for a pairing: its group heading, or the aggregate block's level line. */
function levelText(el: Element): { level: string | null; text: string } {
  const holder = el.closest('[data-level]') ?? el.querySelector('[data-level]');
  const heading = holder?.matches('li') ? holder.querySelector('h3') : holder;
  return { level: holder?.getAttribute('data-level') ?? null, text: heading?.textContent?.trim() ?? '' };
}

describe('PairingsView', () => {
  it('draws every pairing of data/pairings.json with both sides and its level', () => {
    const { container } = setup();
    expect(pairings.length).toBeGreaterThan(0);
    for (const p of pairings) {
      const el = container.querySelector(`[data-pairing="${p.id}"]:not(path)`);
      expect(el, p.id).not.toBeNull();
      expect(el!.textContent).toContain(p.baoshan_side.label_zh);
      expect(el!.textContent).toContain(p.huize_side.label_zh);
      const { level, text } = levelText(el!);
      expect(level, p.id).toBe(p.level);
      expect(text).toBe(messages['zh-CN'][`pv.level.${p.level}` as MessageKey]);
    }
  });

  it('draws one connector per linked pairing, and none for the aggregate', () => {
    const { container } = setup();
    const paths = [...container.querySelectorAll('svg.connectors path')];
    expect(paths.map((p) => p.getAttribute('data-pairing')).sort()).toEqual(linked.map((p) => p.id).sort());
    for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M0 [\d.]+[HC]/);
  });

  it.each(
    townshipPairings.map((p) => ({ id: p.id, label: p.huize_side.label_zh, code: p.huize_side.places[0] })),
  )('clicking $label fires onselecttownship($code)', async ({ label, code }) => {
    const { onselecttownship } = setup();
    await fireEvent.click(screen.getByRole('button', { name: label }));
    expect(onselecttownship).toHaveBeenCalledExactlyOnceWith(code);
  });

  it('has a township button for each paired Huize township and none for county or bureau sides', () => {
    const { container } = setup();
    const codes = [...container.querySelectorAll('button[data-township]')].map((b) =>
      b.getAttribute('data-township'),
    );
    expect(codes.sort()).toEqual(townshipPairings.flatMap((p) => p.huize_side.places).sort());
  });

  it('highlights the selected township only', () => {
    const selected = townshipPairings[0]!.huize_side.places[0]!;
    const { container } = setup(selected);
    for (const b of container.querySelectorAll('button[data-township]')) {
      const isSelected = b.getAttribute('data-township') === selected;
      expect(b.getAttribute('aria-pressed')).toBe(String(isSelected));
      expect(b.classList.contains('selected')).toBe(isSelected);
    }
    expect(container.querySelectorAll('svg.connectors path.selected')).toHaveLength(1);
  });

  it('says so when the selected township has no pairing', () => {
    const unpaired = data.townships.find(
      (t) => !townshipPairings.some((p) => p.huize_side.places.includes(t.id)),
    )!;
    setup(unpaired.id);
    expect(screen.getByRole('status').textContent).toContain(unpaired.name_zh);
  });

  it('shows the aggregate pairing county-wide with its counts (27, 58, 104) and the 104 agreements', () => {
    const { container } = setup();
    const aggregate = pairings.find(isAggregate)!;
    const block = container.querySelector<HTMLElement>(`section[data-pairing="${aggregate.id}"]`)!;
    const values = [...block.querySelectorAll('[data-count]')].map((e) =>
      Number(e.getAttribute('data-value')),
    );
    expect(values).toEqual(aggregate.counts.map((c) => c.value));
    expect(values).toEqual([27, 58, 104]);
    for (const v of [27, 58, 104]) expect(block.textContent).toContain(String(v));
    const agreements = data.activities.get(aggregate.activity!)!;
    expect(block.querySelector(`[data-activity="${agreements.id}"]`)!.textContent).toContain(
      `104 ${i18n.t('unit.agreements')}`,
    );
    expect(block.querySelectorAll('button[data-township]')).toHaveLength(0);
  });

  it('gives every pairing a source mark that shows its section and phrase on focus', async () => {
    const { container } = setup();
    for (const p of pairings) {
      const el = container.querySelector<HTMLElement>(`[data-pairing="${p.id}"]:not(path)`)!;
      const mark = within(el).getAllByRole('button', {
        name: (name) => name.startsWith(i18n.t('src.label', { section: '' })),
      })[0]!;
      const tip = document.getElementById(mark.getAttribute('aria-describedby')!)!;
      expect(tip.textContent).toContain(p.citation.phrase);
      expect(tip.classList.contains('open')).toBe(false);
      await fireEvent.focus(mark);
      expect(tip.classList.contains('open')).toBe(true);
      await fireEvent.blur(mark);
    }
  });

  it('notes, muted, that the labour agreement is not called 结对', () => {
    const { container } = setup();
    const labour = pairings.find((p) => !p.relation_zh.includes('结对'))!;
    expect(container.querySelector(`li.row[data-pairing="${labour.id}"]`)!.classList.contains('muted')).toBe(
      true,
    );
    const note = container.querySelector(`[data-pairing-notes="${labour.id}"]`)!;
    expect(note.textContent).toContain(labour.relation_zh);
    // The record's notes as written for the reader, in Chinese, folded under a label.
    const folded = note.querySelector('details')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toBe(
      i18n.t('pv.dataNotes', { n: labour.notes_zh.length }),
    );
    for (const n of labour.notes_zh) expect(folded.textContent).toContain(n);
    for (const n of labour.notes) expect(folded.textContent).not.toContain(n);
  });

  it('switches labels to English', () => {
    const { container } = setup();
    i18n.locale = 'en';
    flushSync();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(messages.en['pairings.title']);
    for (const p of pairings) {
      const el = container.querySelector(`[data-pairing="${p.id}"]:not(path)`)!;
      expect(el.textContent).toContain(p.baoshan_side.label_en);
      expect(el.textContent).toContain(p.huize_side.label_en);
      expect(levelText(el).text).toBe(messages.en[`pv.level.${p.level}` as MessageKey]);
    }
    // The township buttons now read in English (the citations stay in Chinese: they quote the report).
    for (const p of townshipPairings) {
      const button = container.querySelector(`button[data-township="${p.huize_side.places[0]}"]`)!;
      expect(button.textContent!.trim()).toBe(p.huize_side.label_en);
    }
  });
});
