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
    c.desk.opened({ name: 'x.xlsx', openedAt: 0, sources: 1, activities: 3, texts: new Map() });
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
  };
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
    const { getByTestId } = render(DeskBanner, { props: { shown, save, onback } });
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
});
