/**
 * Splits the NORMALISED report into its title, lead paragraph, sections and photo captions, so citations
 * can be checked against the section they claim. Pure string logic: no dependencies.
 */

export interface ReportSection {
  heading: string;
  body: string;
}

export interface SplitReport {
  text: string;
  /** the headline the text starts with, when it does (most scraped news pages); null otherwise */
  title: string | null;
  lead: string;
  sections: ReportSection[];
  captions: string[];
}

/** Sentence punctuation: a line without any is a heading or a caption. */
const SENTENCE_PUNCT = /[，。；！？]/;

/**
 * A first line without sentence punctuation is the text's headline, not its lead: the lead is the first
 * paragraph after it (issue 23: a scraped page that starts with its headline lost its first paragraph,
 * which fell into no section). The seed report starts at its dateline, a sentence, so it reads as before.
 *
 * The scrape kept photo captions as lines of their own, looking like headings. Both captions in the seed
 * sit directly above a heading, so in a run of punctuation-free lines the last is the heading and the ones
 * before it are captions.
 */
export function splitReport(text: string): SplitReport {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const headline = lines.length > 1 && !SENTENCE_PUNCT.test(lines[0]!);
  const title = headline ? lines[0]! : null;
  const start = headline ? 1 : 0;
  const lead = lines[start] ?? '';
  const sections: ReportSection[] = [];
  const captions: string[] = [];
  let pending: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!SENTENCE_PUNCT.test(line)) {
      pending.push(line);
      continue;
    }
    const heading = pending.pop();
    for (const c of pending) captions.push(c);
    pending = [];
    if (heading === undefined) {
      const last = sections.at(-1);
      if (last) last.body += `\n${line}`;
      continue;
    }
    sections.push({ heading, body: line });
  }
  for (const c of pending) captions.push(c);
  return { text, title, lead, sections, captions };
}

/** The text a citation with this section label may quote from, or null if there is no such section. */
export function sectionText(report: SplitReport, section: string): string | null {
  if (section === 'lead') return report.lead;
  if (section === 'title') return report.title;
  if (section === 'caption') return report.captions.join('\n');
  const found = report.sections.find((s) => s.heading === section);
  return found ? found.body : null;
}
