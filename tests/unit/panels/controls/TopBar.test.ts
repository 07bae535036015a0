// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import TopBar from '../../../../src/panels/controls/TopBar.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

describe('TopBar', () => {
  it('switches the language between zh-CN and English', async () => {
    render(TopBar);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('会泽县 · 沪滇扶贫协作地图');
    await fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Huize County · Shanghai–Yunnan Aid Map',
    );
    expect(i18n.locale).toBe('en');
  });
});
