// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import parsed from 'virtual:huize-data';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppController } from '../../../src/app/controller.svelte';
import { joinData } from '../../../src/data/join';
import DeskBanner from '../../../src/desk-ui/DeskBanner.svelte';
import { i18n } from '../../../src/i18n/i18n.svelte';
import { deskText } from '../../../src/desk-ui/words';

afterEach(() => i18n.locale === 'zh-CN' || (i18n.locale = 'zh-CN'));

describe('the desk in the controller', () => {
  it('keeps the map’s data when the files hold no workbook, and says so in the user’s language', async () => {
    const c = new AppController();
    const before = c.data;
    await c.openData([new File(['报道'], 'report.txt', { type: 'text/plain' })]);
    expect(c.data).toBe(before);
    expect(c.desk.shown).toBeNull();
    expect(c.desk.dialogOpen).toBe(true);
    const step = c.desk.step;
    expect(step.kind).toBe('refused');
    if (step.kind !== 'refused') return;
    expect(step.name).toBe('report.txt');
    expect(step.errors.map((e) => [e.key, e.sheet, e.row])).toEqual([['deskui.noWorkbook', '', 0]]);
    // closing the dialog lets the errors go
    c.desk.closeDialog();
    expect(c.desk.step.kind).toBe('idle');
  });

  it('goes back to the data the page came with, and the banner’s workbook goes', () => {
    const c = new AppController();
    const published = c.data;
    const smaller = joinData({ ...parsed, activities: parsed.activities.slice(0, 3) });
    c.replaceData(smaller);
    c.desk.opened({ name: 'x.xlsx', openedAt: 0, sources: 1, activities: 3, texts: new Map(), todos: [] });
    expect(c.data).toBe(smaller);
    c.backToPublished();
    expect(c.data).toBe(published);
    expect(c.desk.shown).toBeNull();
  });
});

describe('DeskBanner', () => {
  const shown = {
    name: '新报道.xlsx',
    openedAt: new Date(2026, 11, 7, 10, 42).getTime(),
    sources: 2,
    activities: 50,
    texts: new Map<string, string>(),
    todos: [],
  };
  const sources = joinData(parsed).sources;
  const expected = (locale: 'zh-CN' | 'en') =>
    deskText(locale, 'deskui.banner', {
      name: shown.name,
      n: shown.sources,
      activities: shown.activities,
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(shown.openedAt),
    });

  it('says which workbook is shown and since when, in the language chosen, and offers the way back', async () => {
    const onback = vi.fn();
    const save = () => {
      throw new Error('not saved in this test');
    };
    const { getByTestId, queryAllByTestId } = render(DeskBanner, {
      props: { shown, sources, save, onback, onread: vi.fn() },
    });
    expect(queryAllByTestId('desk-todo')).toEqual([]);
    expect(getByTestId('desk-banner-text').textContent?.trim()).toBe(expected('zh-CN'));
    expect(getByTestId('desk-banner-text').textContent).toContain('10:42');
    i18n.locale = 'en';
    flushSync();
    expect(getByTestId('desk-banner-text').textContent?.trim()).toBe(expected('en'));
    expect(getByTestId('desk-back').textContent).toBe(deskText('en', 'deskui.back'));
    await fireEvent.click(getByTestId('desk-back'));
    expect(onback).toHaveBeenCalledOnce();
    // the saves sit in the banner too
    expect(getByTestId('desk-save-one-file').textContent).toBe(deskText('en', 'deskui.saveOne'));
  });

  it('says how many figures of a report are not on the map yet, and opens the reader on it', async () => {
    const source = [...sources.values()][0]!;
    const onread = vi.fn();
    const { getByTestId } = render(DeskBanner, {
      props: {
        shown: { ...shown, todos: [{ source: source.id, count: 3 }] },
        sources,
        save: () => ({}) as never,
        onback: vi.fn(),
        onread,
      },
    });
    const line = (locale: 'zh-CN' | 'en', name: string) =>
      `${deskText(locale, 'deskui.todo', { name, n: 3 })} ${i18n.t('reader.showInReport')}`;
    const said = () => getByTestId('desk-todo').textContent!.replace(/\s+/g, ' ').trim();
    expect(said()).toBe(line('zh-CN', source.name_zh));
    i18n.locale = 'en';
    flushSync();
    expect(said()).toBe(line('en', source.name_en));
    await fireEvent.click(getByTestId('desk-todo-read'));
    expect(onread).toHaveBeenCalledWith(source.id);
  });
});
