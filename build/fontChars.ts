/**
 * Which characters the atlas font holds (build/fontSubset.ts cuts Noto Sans SC down to them; a unit test
 * checks the committed subset still covers them). Two parts:
 * - what the app writes today: every character of the data files, the geometry's names and the dictionaries;
 * - a common set, so a report opened later (without a developer, and so without a new subset) still prints:
 *   printable ASCII, Latin-1, general and CJK punctuation, full-width forms, circled and superscript digits,
 *   and the 3,755 hanzi of GB 2312 level 1 (the common characters; place and organisation names outside it
 *   print only if today's data or dictionaries already use them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/** GB 2312 level 1: rows 16–55 of EUC-CN (lead bytes 0xB0–0xD7, trail 0xA1–0xFE; row 55 ends at 0xF9). */
export function gb2312Level1(): string {
  const decoder = new TextDecoder('gbk');
  let out = '';
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    for (let trail = 0xa1; trail <= (lead === 0xd7 ? 0xf9 : 0xfe); trail++) {
      out += decoder.decode(new Uint8Array([lead, trail]));
    }
  }
  return out;
}

/** Code points of those ranges that Noto Sans SC itself has no glyph for (rare quotes, superscripts). */
const absent = new Set([
  0x2017, 0x201b, 0x201f, 0x2023, 0x2024, 0x2031, 0x2034, 0x2036, 0x2037, 0x2038, 0x2070, 0x2071, 0x2072,
  0x2073, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079,
]);

export function commonChars(): string {
  const all = [
    range(0x20, 0x7e),
    range(0xa0, 0xff),
    range(0x2010, 0x2027),
    range(0x2030, 0x203b),
    range(0x2070, 0x2079),
    range(0x2190, 0x2193),
    range(0x2460, 0x2473),
    '□○●△▲◆◇★☆√×÷±≤≥≈≠∞°℃№',
    range(0x3000, 0x3011),
    range(0x3014, 0x301f),
    range(0xff01, 0xff5e),
    gb2312Level1(),
  ].join('');
  return [...all].filter((ch) => !absent.has(ch.codePointAt(0)!)).join('');
}

const textOf = (dir: string, ext: RegExp) =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('');

/** Every character the data, the geometry's names and the dictionaries use today. */
export function projectChars(root: string): string {
  return [
    textOf(join(root, 'data'), /\.json$/),
    textOf(join(root, 'geo'), /\.(geo)?json$/),
    textOf(join(root, 'src/i18n/dict'), /\.ts$/),
  ].join('');
}

/** The characters the subset must hold, each once, in code point order, without controls. */
export function requiredChars(root: string): string[] {
  const all = new Set([...commonChars(), ...projectChars(root)]);
  return [...all]
    .filter((c) => c.codePointAt(0)! >= 0x20)
    .sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
}
