import type { Brief, BriefRun } from './types';

/** A paragraph's runs as text, each footnote as "[n]". */
export function runsText(runs: readonly BriefRun[]): string {
  return runs.map((r) => ('text' in r ? r.text : `[${r.footnote}]`)).join('');
}

/**
 * The brief as plain text for the clipboard: its title, its paragraphs with [n] markers, then the footnotes
 * one a line ("[1] source · section · “phrase”").
 */
export function briefPlainText(brief: Brief): string {
  const notes = brief.footnotes.map((f) => `[${f.n}] ${f.sourceTitle} · ${f.section} · “${f.phrase}”`);
  return [
    brief.title,
    ...brief.paragraphs.map((p) => runsText(p.runs)),
    ...(notes.length ? ['', ...notes] : []),
  ]
    .filter((line, i) => i > 0 || line !== '')
    .join('\n');
}
