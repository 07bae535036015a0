import { describe, expect, it } from 'vitest';
import { breakLines, type StyledText } from '../../../src/book/lineBreak';

/** A fixed advance: a Chinese character one em, anything else half an em. */
const measure = (text: string, size: number) =>
  [...text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2), 0);
const plain = (text: string): StyledText => ({ text, size: 10, colour: 'ink' });
const note = (n: number): StyledText => ({ text: String(n), size: 10, colour: 'heading', raised: true });
const lineText = (line: { text: string }[]) => line.map((p) => p.text).join('');

const cases: { name: string; runs: StyledText[]; width: number; lines: string[] }[] = [
  {
    name: 'Chinese breaks between any two characters',
    runs: [plain('大海乡矿山镇娜姑镇')],
    width: 40,
    lines: ['大海乡矿', '山镇娜姑', '镇'],
  },
  {
    name: 'closing punctuation stays with the character before it',
    runs: [plain('大海乡，矿山镇。')],
    width: 30,
    lines: ['大海', '乡，矿', '山镇。'],
  },
  {
    name: 'opening punctuation stays with what follows',
    runs: [plain('共计（报道）')],
    width: 30,
    lines: ['共计', '（报', '道）'],
  },
  {
    name: 'a footnote number never starts a line',
    runs: [plain('金额25万元'), note(1), plain('受益')],
    width: 40,
    lines: ['金额25万', '元1受益'],
  },
  {
    name: 'English breaks between words, spaces at the break dropped',
    runs: [plain('Huize County aid atlas')],
    width: 60,
    lines: ['Huize County', 'aid atlas'],
  },
  {
    name: 'a number is never split',
    runs: [plain('资金 1,234.5 万元')],
    width: 70,
    lines: ['资金 1,234.5', '万元'],
  },
  {
    name: 'a word longer than the line is cut where it must',
    runs: [plain('abcdefghij')],
    width: 20,
    lines: ['abcd', 'efgh', 'ij'],
  },
];

describe('breakLines', () => {
  it.each(cases)('$name', ({ runs, width, lines }) => {
    const out = breakLines(runs, width, measure);
    expect(out.map(lineText)).toEqual(lines);
    for (const line of out) {
      const end = Math.max(...line.map((p) => p.x + p.width));
      expect(end).toBeLessThanOrEqual(width + 0.01);
      // Pieces follow each other without overlap, from 0.
      line.reduce((x, p) => {
        expect(p.x).toBeCloseTo(x);
        return p.x + p.width;
      }, 0);
    }
  });

  it('keeps every character of a long paragraph, in order', () => {
    const text =
      '据报道，区域内有帮扶事项 4 项，涉及人才派驻、社会捐赠，实施方为上海国际港务集团（Shanghai International Port）。';
    const out = breakLines([plain(text)], 90, measure);
    expect(out.length).toBeGreaterThan(3);
    expect(out.map(lineText).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    for (const line of out.slice(1)) expect(lineText(line)).not.toMatch(/^[，。、）]/);
  });
});
