import { describe, expect, it } from 'vitest';
import { loadAppData } from '../../../../src/data/appData';
import { actorsOf } from '../../../../src/data/filters';
import { localName, type Locale } from '../../../../src/domain';
import { byLabel } from '../../../../src/panels/controls/filterOptions';

describe('byLabel: the actor filter in the reader’s order', () => {
  const data = loadAppData();
  const name = (locale: Locale) => (id: string) => localName(data.organisations.get(id)!, locale);

  it('sorts the Chinese UI by the Chinese names (pinyin collation), not by the English ids', () => {
    const ids = actorsOf(data);
    const zh = byLabel(ids, name('zh-CN'), 'zh-CN').map(name('zh-CN'));
    // 宝山 (bǎo) before 上海 (shàng): neither id order nor English order gives that by itself here.
    expect(zh.findIndex((n) => n.startsWith('宝山'))).toBeLessThan(zh.findIndex((n) => n.startsWith('上海')));
    expect(zh).toEqual([...zh].sort(new Intl.Collator('zh-CN').compare));
    expect(zh).not.toEqual(ids.map(name('zh-CN')));
  });

  it('sorts the English UI alphabetically by the English names', () => {
    const en = byLabel(actorsOf(data), name('en'), 'en').map(name('en'));
    expect(en).toEqual([...en].sort(new Intl.Collator('en').compare));
  });
});
