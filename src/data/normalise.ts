/**
 * Undoes what the web scrape did to the report text (see ../shared/report/README.md).
 *
 * It pulls in opencc-js, far too big for the first view: the app imports it only by dynamic import, in the
 * report desk, when a chosen .txt is stored as scraped (the workbook's texts sheet is already normalised).
 */
// t2cn: the traditional-to-simplified dictionaries only (≈ 110 kB, not the 1.2 MB of both directions), for
// the report desk, which loads this module when a .txt stored as scraped is chosen.
import * as OpenCC from 'opencc-js/t2cn';
import type { NormaliseStep, Script } from './schema';

/** Tone-marked (or plain) pinyin syllables, lower case: `wǎng`, `qū`, `zhèn`. */
const PINYIN_ANNOTATION = /\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+)\)/g;

const HAN = '\\p{Script=Han}';
const CJK_PUNCT = '，。、；：？！“”《》（）';

// `tw` (character-level, no phrase rewriting): `hk` and `t` leave 隨著 as 随著, and `twp` rewrites
// Taiwanese phrasing (新增 → 添加, 建立 → 创建), which would change the report's words.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** Removes the bracketed pinyin readings the scrape inserted after characters: `網(wǎng)` → `網`. */
export function stripPinyin(text: string): string {
  return text.replace(PINYIN_ANNOTATION, '');
}

/**
 * Collapses the scrape's doubled or mixed punctuation and turns the remaining ASCII commas into the
 * full-width comma the Chinese original used: `,,` → `，`, `,、` → `、`, `,。` → `。`; the one ASCII
 * semicolon becomes `；` for the same reason.
 */
export function fixPunctuation(text: string): string {
  return text
    .replace(/,+\s*、/g, '、')
    .replace(/,+\s*。/g, '。')
    .replace(/,+/g, '，')
    .replace(/;/g, '；');
}

/**
 * Removes stray spaces the scrape put next to figures and punctuation (`58 家`, `價值 6.48萬元`,
 * `鍛煉，, 選派`), but keeps a space between two Han words (`通訊員 李順進`, the two parties in an
 * agreement's title), which the original had.
 */
export function fixSpaces(text: string): string {
  const punct = `[${CJK_PUNCT}]`;
  return text
    .replace(new RegExp(`(${punct})[ \\t\\u3000]+`, 'gu'), '$1')
    .replace(new RegExp(`[ \\t\\u3000]+(${punct})`, 'gu'), '$1')
    .replace(new RegExp(`(${HAN})[ \\t\\u3000]+(?=\\d)`, 'gu'), '$1')
    .replace(new RegExp(`(\\d)[ \\t\\u3000]+(?=${HAN})`, 'gu'), '$1')
    .replace(/[ \t\u3000]+$/gm, '');
}

/** Traditional → simplified (opencc-js). */
export function simplify(text: string): string {
  return toSimplified(text);
}

/** The normalised text, which of the steps changed the scrape (for the registry), and its script. */
export interface Normalised {
  text: string;
  steps: NormaliseStep[];
  /** Hant when the script conversion changed any character */
  scriptAsScraped: Script;
}

/**
 * The full normalisation. Order matters: pinyin first (its brackets would otherwise confuse the
 * punctuation rules), then punctuation, then spaces (a collapsed `,, ` leaves a space behind), then the
 * script conversion.
 */
export function normalise(raw: string): Normalised {
  const steps: NormaliseStep[] = [];
  let text = raw;
  const run = (step: NormaliseStep, f: (t: string) => string) => {
    const next = f(text);
    if (next !== text) steps.push(step);
    text = next;
  };
  run('line-endings', (t) => t.replace(/\r\n?/g, '\n'));
  run('pinyin-annotations', stripPinyin);
  run('punctuation', fixPunctuation);
  run('spaces', fixSpaces);
  run('traditional-to-simplified', simplify);
  return { text, steps, scriptAsScraped: steps.includes('traditional-to-simplified') ? 'Hant' : 'Hans' };
}

/** The normalised text alone. */
export function normaliseReport(raw: string): string {
  return normalise(raw).text;
}

/** Positions of the scrape's lost characters in a (normalised) text. */
export function garbledSpans(text: string): { index: number; context: string }[] {
  const spans: { index: number; context: string }[] = [];
  for (const m of text.matchAll(/\?+/g)) {
    const index = m.index;
    spans.push({ index, context: text.slice(Math.max(0, index - 6), index + m[0].length + 6) });
  }
  return spans;
}
