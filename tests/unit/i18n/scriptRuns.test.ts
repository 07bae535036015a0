import { describe, expect, it } from 'vitest';
import { scriptRuns } from '../../../src/i18n/scriptRuns';

const han = (text: string) => ({ text, han: true });
const latin = (text: string) => ({ text, han: false });

describe('scriptRuns', () => {
  it.each([
    ['', []],
    ['Only English here.', [latin('Only English here.')]],
    ['大桥乡者米小学', [han('大桥乡者米小学')]],
    [
      'The report writes 大桥乡者米小学, which proves the township.',
      [latin('The report writes '), han('大桥乡者米小学'), latin(', which proves the township.')],
    ],
    // Full-width punctuation inside a Chinese phrase stays in it; at its edge it does not.
    ['Written 者米村，大桥乡 twice', [latin('Written '), han('者米村，大桥乡'), latin(' twice')]],
    ['a 乡。', [latin('a '), han('乡'), latin('。')]],
    // ASCII quotes and parentheses stay English; the official code between two names splits them.
    [
      '"楚雄市武定且". 且 is a typo for 县 (武定县, official code 532329).',
      [
        latin('"'),
        han('楚雄市武定且'),
        latin('". '),
        han('且'),
        latin(' is a typo for '),
        han('县'),
        latin(' ('),
        han('武定县'),
        latin(', official code 532329).'),
      ],
    ],
    ['《会泽古城客栈》 signed', [latin('《'), han('会泽古城客栈'), latin('》 signed')]],
  ])('%j', (text, runs) => {
    expect(scriptRuns(text)).toEqual(runs);
    expect(
      scriptRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });
});
