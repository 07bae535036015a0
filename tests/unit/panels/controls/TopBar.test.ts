// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import { messages } from '../../../../src/i18n/messages';
import TopBar from '../../../../src/panels/controls/TopBar.svelte';
import { AppState } from '../../../../src/state/appState.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

describe('TopBar', () => {
  it('switches the language between zh-CN and English', async () => {
    render(TopBar, { app: new AppState() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messages['zh-CN']['app.title']);
    await fireEvent.click(screen.getByRole('button', { name: messages['zh-CN']['lang.switchLabel'] }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(messages.en['app.title']);
    expect(i18n.locale).toBe('en');
  });
});
