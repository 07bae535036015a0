/**
 * The Word document's type: fonts, sizes, colours, and the page model's runs as Word runs, where a note
 * reference becomes a real footnote (Word numbers it, shows it at the foot of its page and keeps it with its
 * reference when the text is edited).
 */
import { FootnoteReferenceRun, Paragraph, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import { isNoteRef, type Footnote, type Run } from '../blocks';

/**
 * Chinese in SimSun (宋体) for text and Microsoft YaHei (微软雅黑) for headings: both ship with every Windows
 * since Vista, with Office for Mac and with WPS, so the file looks the same in Word and WPS. Latin text in
 * Times New Roman and Arial, present wherever those are. Where a font is missing the application substitutes
 * by the run's East Asian language, which is set (zh-CN), so Chinese never falls back to a Latin-only font.
 */
export const fonts = {
  body: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: 'SimSun' },
  heading: { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Microsoft YaHei' },
} as const;

/** Sizes in half-points, as Word's Chinese sizes name them: 五号 text, 小五 notes, 三号/四号/小四 headings. */
export const sizes = { body: 21, small: 18, header: 18, h1: 32, h2: 28, h3: 24 } as const;

export const colours = { ink: '1D1D1D', muted: '595959', heading: '1F3B57', rule: 'C9C4B8', head: 'EDEAE3' };

/** The note a reference points to, or an error: a figure never refers to a note that is not there. */
export function noteOf(ref: number, notes: readonly Footnote[]): Footnote {
  const note = notes.find((f) => f.n === ref);
  if (!note) throw new Error(`Footnote ${ref} is referred to but not given`);
  return note;
}

/** A footnote of its own for each reference: Word cannot point two references at one note. */
export function footnoteRun(note: Footnote): FootnoteReferenceRun {
  return new FootnoteReferenceRun({
    children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(note.text)] })],
  });
}

/** The page model's runs as Word runs, with `base` (size, colour) under each run's own emphasis. */
export function wordRuns(
  runs: readonly Run[],
  notes: readonly Footnote[],
  base: IRunOptions = {},
): ParagraphChild[] {
  return runs.map((run) =>
    isNoteRef(run)
      ? footnoteRun(noteOf(run.ref, notes))
      : new TextRun({
          ...base,
          text: run.text,
          ...(run.emphasis === 'strong' ? { bold: true } : {}),
          ...(run.emphasis === 'muted' ? { color: colours.muted } : {}),
        }),
  );
}

/** Millimetres as Word's twips (1/1440 inch), for page sizes, margins and column widths. */
export const twips = (mm: number): number => Math.round((mm / 25.4) * 1440);

/** Millimetres as the 96-to-the-inch pixels docx sizes pictures in. */
export const pictureUnits = (mm: number): number => Math.round((mm / 25.4) * 96);
