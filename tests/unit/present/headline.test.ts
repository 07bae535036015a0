import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/data/load';
import type { Activity } from '../../../src/data/schema';
import { translator } from '../../../src/i18n/translate';
import { stepHeadline } from '../../../src/present/headline';
import { realRaw } from '../data/real-data';

const data = loadData(realRaw());
const of = (code: string) => data.activitiesByTownship.get(code) ?? [];
const [zh, en] = [translator('zh-CN'), translator('en')];
const activity = (id: string) => data.activities.get(id)!;

describe('stepHeadline', () => {
  it.each([
    {
      name: '娜姑镇 leads with its own figure, not the shared donation',
      code: '530326102',
      locale: 'zh-CN',
      expected: `${zh('category.industry')}${zh('sep.parts')}500 亩小龙虾养殖示范基地`,
    },
    {
      name: 'in English',
      code: '530326102',
      locale: 'en',
      expected: `${en('category.industry')}${en('sep.parts')}500 mu crayfish demonstration farm`,
    },
  ] as const)('$name', ({ code, locale, expected }) => {
    expect(stepHeadline(of(code), locale)).toBe(expected);
  });

  it('falls back to a shared figure, then to the title, and says nothing for no activity', () => {
    const shared = [...data.activities.values()].find((a) => a.shared && a.amounts.length > 0)!;
    expect(stepHeadline([shared], 'zh-CN')).toContain(shared.amounts[0]!.what_zh);
    const bare: Activity = { ...activity(shared.id), amounts: [], counts: [], shared: false };
    expect(stepHeadline([bare], 'zh-CN')).toBe(
      `${zh(`category.${bare.category}`)}${zh('sep.parts')}${bare.title_zh}`,
    );
    expect(stepHeadline([], 'zh-CN')).toBeNull();
  });
});
