import { describe, expect, it } from 'vitest';
import { partDescription, splitPhrase } from '../../../../src/panels/detail/panelModel';

describe('partDescription', () => {
  it.each([
    ['其中贫困户', '贫困户'],
    ['of which poor households', 'poor households'],
    ['of whom from poor households', 'from poor households'],
    ['Of which: poor people', 'poor people'],
    ['poor people', 'poor people'],
    ['其中', '其中'],
    ['which households', 'which households'],
  ])('%s → %s', (what, expected) => expect(partDescription(what)).toBe(expected));
});

describe('splitPhrase', () => {
  it.each([
    ['筹集资金22.4万元，组织', '22.4万元', ['筹集资金', '22.4万元', '，组织']],
    ['筹集资金22.4万元', '1175万元', ['筹集资金22.4万元', '', '']],
    ['筹集资金22.4万元', undefined, ['筹集资金22.4万元', '', '']],
  ] as const)('%s / %s', (phrase, highlight, expected) => {
    expect(splitPhrase(phrase, highlight)).toEqual(expected);
  });
});
