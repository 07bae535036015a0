// @vitest-environment jsdom
import { fireEvent, render, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import type { Activity } from '../../../../src/data/schema';
import { i18n } from '../../../../src/i18n/i18n.svelte';
import ActivityItem from '../../../../src/panels/detail/ActivityItem.svelte';

afterEach(() => {
  i18n.locale = 'zh-CN';
});

const data = loadAppData();
const activity = (id: string): Activity => {
  const a = data.activities.get(id);
  if (!a) throw new Error(`no activity ${id}`);
  return a;
};
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('ActivityItem', () => {
  it('shows title, amount, count, actors and a source mark per figure', () => {
    const a = activity('act-donation-zhemi-computers');
    const { container } = render(ActivityItem, { data, activity: a, currentTownship: '530326204' });
    const item = container.querySelector('li.activity') as HTMLElement;
    expect(text(item)).toContain(a.title_zh);
    expect(text(item)).toContain('10 万元');
    expect(text(item)).toContain('28 台');
    for (const id of a.actors) expect(text(item)).toContain(data.organisations.get(id)?.name_zh);
    const figures = item.querySelectorAll('li[data-figure]');
    expect(figures).toHaveLength(a.amounts.length + a.counts.length);
    for (const f of figures) {
      const sourceLabel = (name: string) => name.startsWith(i18n.t('src.label', { section: '' }));
      expect(within(f as HTMLElement).getAllByRole('button', { name: sourceLabel })).toHaveLength(1);
    }
  });

  it('marks the summer camp as shared, naming the other township, and lets the user go there', async () => {
    const onselecttownship = vi.fn();
    const { getByTestId } = render(ActivityItem, {
      data,
      activity: activity('act-donation-summer-camp'),
      currentTownship: '530326107',
      onselecttownship,
    });
    const mark = getByTestId('shared-with');
    expect(text(mark)).toContain(i18n.t('act.sharedPrefix'));
    expect(text(mark)).toContain('娜姑镇');
    expect(text(mark)).not.toContain('大井镇');
    await fireEvent.click(within(mark).getByRole('button', { name: '娜姑镇' }));
    expect(onselecttownship).toHaveBeenCalledWith('530326102');
  });

  it('without a current township (county summary) shows no shared mark', () => {
    const { queryByTestId } = render(ActivityItem, { data, activity: activity('act-donation-summer-camp') });
    expect(queryByTestId('shared-with')).toBeNull();
  });

  it('nests "of which" parts under their whole', () => {
    const { container } = render(ActivityItem, { data, activity: activity('act-labour-to-other-provinces') });
    const whole = container.querySelector('li[data-figure="2415人"]') as HTMLElement;
    expect(whole).not.toBeNull();
    const part = whole.querySelector('ul li[data-figure="贫困户1049人"]') as HTMLElement;
    expect(part).not.toBeNull();
    expect(text(part)).toContain(i18n.t('panel.partOf'));
    expect(text(part)).toContain('1049 人');
    // "其中" (of which) is written once, before the figure, not again in the description
    expect(text(part.querySelector('.what') as HTMLElement)).toBe('贫困户');
    // the part is not a figure line of its own beside the whole
    const topLevel = container.querySelectorAll('ul.figures > li');
    expect(topLevel).toHaveLength(1);
  });

  it('marks a projection as expected and a stated total as not to be added', () => {
    const inns = render(ActivityItem, { data, activity: activity('act-industry-old-town-inns') });
    expect(text(inns.container.querySelector('li[data-figure="200余人"]') as HTMLElement)).toContain(
      i18n.t('panel.prospective'),
    );
    expect(text(inns.container.querySelector('li[data-figure="200余人"]') as HTMLElement)).toContain(
      '200 余人',
    );
    const total = render(ActivityItem, { data, activity: activity('act-funding-cumulative') });
    expect(text(total.container.querySelector('li[data-figure="10814万元"]') as HTMLElement)).toContain(
      i18n.t('panel.statedTotal'),
    );
  });

  it('shows the direction of an exchange', () => {
    const direction = (id: string) => {
      const { container } = render(ActivityItem, { data, activity: activity(id) });
      return text(container.querySelector('[data-testid="direction"]') as HTMLElement);
    };
    expect(direction('act-secondment-deputy-head')).toBe(i18n.t('act.dir.toHuize'));
    expect(direction('act-huize-cadres-to-baoshan')).toBe(i18n.t('act.dir.toShanghai'));
  });

  it('shows the date as precisely as the report gives it', async () => {
    const { container } = render(ActivityItem, { data, activity: activity('act-industry-crayfish-jiayan') });
    expect(text(container)).toContain('2018年3月');
    i18n.locale = 'en';
    await tick();
    expect(text(container)).toContain('Mar 2018');
  });

  it('lists the notes (corrections) of the record as written for the reader, in their language', async () => {
    const a = activity('act-donation-summer-camp');
    const { container } = render(ActivityItem, { data, activity: a });
    const notes = () => [...container.querySelectorAll('.notes li')].map((li) => li.textContent);
    expect(notes()).toEqual(a.notes_zh);
    expect(container.querySelector('.notes summary')!.textContent).toBe(
      `${i18n.t('panel.notes')} (${a.notes_zh.length})`,
    );
    i18n.locale = 'en';
    await tick();
    expect(notes()).toEqual(a.notes_en);
  });

  it('gives an amount’s split note as written for the reader, in their language', async () => {
    const camp = activity('act-donation-summer-camp');
    const a: Activity = {
      ...camp,
      amounts: camp.amounts.map((m) => ({
        ...m,
        split_note: 'technical (test)',
        split_note_zh: '报道分开给出（测试）',
        split_note_en: 'The report gives it apart (test)',
      })),
    };
    const { container } = render(ActivityItem, { data, activity: a });
    const split = () => container.querySelector('.figures .split')!.textContent;
    expect(split()).toBe('报道分开给出（测试）');
    i18n.locale = 'en';
    await tick();
    expect(split()).toBe('The report gives it apart (test)');
  });

  it('switches labels, titles and number formats to English', async () => {
    const a = activity('act-donation-summer-camp');
    const { container, getByTestId } = render(ActivityItem, {
      data,
      activity: a,
      currentTownship: '530326102',
    });
    const item = container.querySelector('li.activity') as HTMLElement;
    const values = () => [...item.querySelectorAll('.value')].map(text);
    expect(values()).toEqual(['22.4 万元', '20 人']);
    i18n.locale = 'en';
    await tick();
    expect(text(item)).toContain(a.title_en);
    expect(values()).toEqual(['224,000 yuan', '20 people']);
    expect(text(item)).toContain(i18n.t('act.direction'));
    expect(text(item)).toContain(i18n.t('panel.precision'));
    expect(text(getByTestId('shared-with'))).toContain(i18n.t('act.sharedPrefix'));
    expect(text(getByTestId('shared-with'))).toContain('Dajing');
  });
});
