/** A stretch of text and whether it is written in Han characters. */
export interface ScriptRun {
  text: string;
  han: boolean;
}

// A Han run may hold the full-width punctuation that sits inside Chinese text (“者米村，大桥乡”), but starts
// and ends on a Han character, so the English around it keeps its own spaces and commas.
const hanRun = /\p{Script=Han}(?:[\p{Script=Han}，、。：；！？·（）《》]*\p{Script=Han})?/gu;

/**
 * Splits English text that quotes Chinese (the data's notes cite the report's own words) into runs, so each
 * Chinese run can be marked `lang="zh-CN"`: read aloud in a Chinese voice and drawn in a Chinese font
 * (WCAG 3.1.2, language of parts). Runs joined again give back the text exactly.
 */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const m of text.matchAll(hanRun)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), han: false });
    runs.push({ text: m[0], han: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), han: false });
  return runs;
}
