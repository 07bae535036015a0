// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskError } from '../../../src/desk/open';
import { deskText } from '../../../src/desk-ui/deskText';
import ErrorList from '../../../src/desk-ui/ErrorList.svelte';
import { i18n } from '../../../src/i18n/i18n.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

/** Lines of the desk's own (their words are the screens' dictionary), in two sheets and the file. */
const line = (sheet: string, row: number, columnLetter: string): DeskError => ({
  sheet,
  row,
  column: columnLetter ? 'citation.phrase' : '',
  columnLetter,
  rule: 'desk-files',
  message: '',
  key: 'deskui.manyWorkbooks',
  vars: { n: row },
});

describe('ErrorList', () => {
  const errors = [
    ...Array.from({ length: 300 }, (_, i) => line('activities', i + 2, 'R')),
    ...Array.from({ length: 150 }, (_, i) => line('counts', i + 2, 'D')),
    line('', 0, ''),
  ];

  it('groups hundreds of errors by sheet, shows them a page at a time, and narrows to one sheet', async () => {
    const { container, getByTestId } = render(ErrorList, {
      props: { name: 'x.xlsx', errors, checked: true },
    });
    const shown = () => container.querySelectorAll('[data-testid="desk-error"]');
    expect(getByTestId('desk-errors').querySelector('h3')?.textContent?.trim()).toBe(
      deskText('zh-CN', 'deskui.failedTitle', { name: 'x.xlsx', n: errors.length }),
    );
    expect(shown()).toHaveLength(200);
    // each group's heading counts all its errors, also those not shown yet
    const heading = container.querySelector('section[data-sheet="activities"] h4')?.textContent ?? '';
    expect(heading).toContain(deskText('zh-CN', 'deskui.sheetCount', { n: 300 }));
    const first = shown()[0]!;
    expect(first.getAttribute('data-cell')).toBe('R2');
    expect(first.textContent).toContain(deskText('zh-CN', 'deskui.row', { n: 2 }));
    expect(first.textContent).toContain(deskText('zh-CN', 'deskui.column', { letter: 'R' }));
    expect(first.textContent).toContain(deskText('zh-CN', 'deskui.manyWorkbooks', { n: 2 }));

    await fireEvent.click(getByTestId('desk-errors-more'));
    expect(shown()).toHaveLength(400);
    await fireEvent.click(getByTestId('desk-errors-more'));
    expect(shown()).toHaveLength(errors.length);
    expect(container.querySelector('[data-testid="desk-errors-more"]')).toBeNull();

    const select = getByTestId('desk-errors-sheet') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['', 'activities', 'counts', '']);
    await fireEvent.change(select, { target: { value: 'counts' } });
    expect(shown()).toHaveLength(150);
    expect(
      [...container.querySelectorAll('section[data-sheet]')].map((s) => s.getAttribute('data-sheet')),
    ).toEqual(['counts']);
  });

  it('follows a language switch, its own lines included', () => {
    const { container } = render(ErrorList, {
      props: { name: 'x.xlsx', errors: errors.slice(0, 1), checked: true },
    });
    i18n.locale = 'en';
    flushSync();
    const first = container.querySelector('[data-testid="desk-error"]')!;
    expect(first.textContent).toContain(deskText('en', 'deskui.row', { n: 2 }));
    expect(first.textContent).toContain(deskText('en', 'deskui.manyWorkbooks', { n: 2 }));
  });
});
