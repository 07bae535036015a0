/**
 * The committed atlas font holds every character the data, the geometry's names and the dictionaries use, and
 * the common set build/fontChars.ts promises: a new one (a dictionary text, a place) fails here until
 * `npm run font:subset` cuts the font again.
 */
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gb2312Level1, requiredChars } from '../../../build/fontChars';

const font = fontkit.create(readFileSync('src/book/font/NotoSansSC-subset.ttf'));

describe('the atlas font', () => {
  it('has a glyph for every character the app writes and the common set', () => {
    const missing = requiredChars(process.cwd()).filter(
      (ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!),
    );
    expect(missing, 'run npm run font:subset').toEqual([]);
  });

  it('holds the 3,755 common hanzi of GB 2312 level 1', () => {
    const level1 = [...gb2312Level1()];
    expect(new Set(level1).size).toBe(3755);
    expect(level1.filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!))).toEqual([]);
  });
});
