import type { Brief, BriefRun } from './types';
import { briefWords } from './words';

/** A paragraph's runs as text, each footnote as "[n]". */
export function runsText(runs: readonly BriefRun[]): string {
  return runs.map((r) => ('text' in r ? r.text : `[${r.footnote}]`)).join('');
}

/**
 * The brief as plain text for the clipboard, in its own language: its title, its paragraphs with [n]
 * markers, then "注释" / "Notes" and the footnotes one a line ("[1] 来源，章节：“原文”").
 */
export function briefPlainText(brief: Brief): string {
  const t = briefWords.in(brief.locale);
  const lines = [brief.title, ...brief.paragraphs.map((p) => runsText(p.runs))].filter((l) => l !== '');
  if (brief.footnotes.length === 0) return lines.join('\n');
  const notes = brief.footnotes.map((f) =>
    t('brief.noteLine', { n: f.n, source: f.sourceTitle, section: f.section, phrase: f.phrase }),
  );
  return [...lines, '', t('brief.notes'), ...notes].join('\n');
}
