// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Citation } from '../../../../src/data/schema';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import SourceMark from '../../../../src/panels/detail/SourceMark.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const citation: Citation = {
  source: 'src-zhujiang-baoshan-huize',
  section: '社会帮扶展风采',
  phrase: '为大井镇、娜姑镇筹集资金22.4万元',
};

function setup(props: { citation: Citation; highlight?: string } = { citation }) {
  render(SourceMark, props);
  const button = screen.getByRole('button');
  const tooltip = document.getElementById(button.getAttribute('aria-describedby') ?? '');
  if (!tooltip) throw new Error('the mark describes no tooltip');
  return { button, tooltip };
}

describe('SourceMark', () => {
  it('is a labelled button describing the source by its section', () => {
    const { button, tooltip } = setup();
    expect(button.getAttribute('aria-label')).toBe(i18n.t('src.label', { section: '社会帮扶展风采' }));
    expect(button.textContent?.trim()).toBe(i18n.t('src.mark'));
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    expect(tooltip.hidden).toBe(true);
  });

  it('reveals the section and phrase on keyboard focus and hides them on Escape', async () => {
    const { button, tooltip } = setup();
    await fireEvent.focus(button);
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toContain('社会帮扶展风采');
    expect(tooltip.textContent).toContain('为大井镇、娜姑镇筹集资金22.4万元');
    expect(tooltip.querySelector('[data-source]')?.textContent).toBe('珠江网讯报道（通讯员 李顺进）');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    await fireEvent.keyDown(button, { key: 'Escape' });
    expect(tooltip.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.blur(button);
    await fireEvent.focus(button);
    expect(tooltip.hidden).toBe(false);
  });

  it('shows on hover and hides when the pointer leaves', async () => {
    const { button, tooltip } = setup();
    const wrapper = button.parentElement as HTMLElement;
    await fireEvent.mouseEnter(wrapper);
    expect(tooltip.hidden).toBe(false);
    await fireEvent.mouseLeave(wrapper);
    expect(tooltip.hidden).toBe(true);
  });

  it('a click (or tap) pins it open without hover; a second click closes it', async () => {
    const { button, tooltip } = setup();
    await fireEvent.focus(button);
    await fireEvent.click(button);
    expect(tooltip.hidden).toBe(false);
    await fireEvent.mouseLeave(button.parentElement as HTMLElement);
    expect(tooltip.hidden).toBe(false);
    await fireEvent.click(button);
    expect(tooltip.hidden).toBe(true);
  });

  it('hides on blur', async () => {
    const { button, tooltip } = setup();
    await fireEvent.click(button);
    expect(tooltip.hidden).toBe(false);
    await fireEvent.blur(button);
    expect(tooltip.hidden).toBe(true);
  });

  it('names the lead and photo captions through the dictionary, in both languages', async () => {
    render(SourceMark, { citation: { ...citation, section: 'lead', phrase: '会泽县被确定为' } });
    render(SourceMark, { citation: { ...citation, section: 'caption', phrase: '宝房集团' } });
    const [lead, caption] = screen.getAllByRole('button');
    const label = (section: 'lead' | 'caption') =>
      i18n.t('src.label', { section: i18n.t(`section.${section}`) });
    expect(lead?.getAttribute('aria-label')).toBe(label('lead'));
    expect(caption?.getAttribute('aria-label')).toBe(label('caption'));
    i18n.locale = 'en';
    await tick();
    expect(lead?.getAttribute('aria-label')).toBe(label('lead'));
    expect(caption?.getAttribute('aria-label')).toBe(label('caption'));
    expect(lead?.textContent?.trim()).toBe(i18n.t('src.mark'));
  });

  it('highlights the figure as written inside the phrase', () => {
    const { tooltip } = setup({ citation, highlight: '22.4万元' });
    expect(tooltip.querySelector('mark')?.textContent).toBe('22.4万元');
  });

  it('names the document the phrase is from, in the reader’s language', async () => {
    i18n.locale = 'en';
    const { tooltip } = setup();
    expect(tooltip.querySelector('[data-source]')?.textContent).toBe(
      'Zhujiang Net report (correspondent Li Shunjin)',
    );
  });

  it('names an unknown source by its id', () => {
    const { tooltip } = setup({ citation: { ...citation, source: 'src-not-bundled' } });
    expect(tooltip.querySelector('[data-source]')?.textContent).toBe('src-not-bundled');
  });
});
