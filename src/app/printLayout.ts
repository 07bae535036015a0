/**
 * The printed page's map box: one A4 landscape page (10 mm margins, 277 × 190 mm), the map on the left with
 * the notes under it and the open panel on the right. print.css takes these sizes from the map area's custom
 * properties, and the printed scale bar (PrintScale) is computed for them: one source.
 */
export const printMapMm = { width: 150, height: 112 } as const;

/** CSS pixels per millimetre (CSS fixes 96 px to the inch). */
const pxPerMm = 96 / 25.4;

export const printMapPx = { width: printMapMm.width * pxPerMm, height: printMapMm.height * pxPerMm };

/**
 * Opens every folded note (`<details>`) for as long as the page prints, so a printed panel is whole; the
 * ones the user had folded fold again afterwards. Returns the stop.
 */
export function unfoldWhilePrinting(root: () => ParentNode | null): () => void {
  let opened: HTMLDetailsElement[] = [];
  const before = () => {
    opened = [...(root()?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
    for (const d of opened) d.open = true;
  };
  const after = () => {
    for (const d of opened) d.open = false;
    opened = [];
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}

/** A citation written out for the printed page: the source's name, its section and the quoted phrase. */
export interface PrintNote {
  source: string;
  section: string;
  phrase: string;
}

/**
 * Numbers the source marks under `root` in reading order, one number per distinct citation (an activity's
 * figures share theirs), skipping hidden ones, writing it on each mark (`data-print-note`, which print.css shows in place of the
 * "源" circle), and returns the notes in that order. The citation's words are read from the box each mark
 * already holds for the screen (SourceMark: `.document`, the section, `.phrase`), so the page prints what
 * a reader hovering the mark would see.
 */
export function numberSourceMarks(root: ParentNode): PrintNote[] {
  const notes: PrintNote[] = [];
  const numbers = new Map<string, number>();
  for (const mark of root.querySelectorAll<HTMLElement>('.source-mark')) {
    // The county summary stays mounted, hidden, under a township's panel: its marks are not printed.
    if (mark.closest('[hidden]')) continue;
    const box = mark.querySelector('.citation');
    const source = box?.querySelector('.document')?.textContent?.trim() ?? '';
    const section = box?.querySelector('.section [lang]')?.textContent?.trim() ?? '';
    const phrase = box?.querySelector('.phrase')?.textContent?.trim() ?? '';
    if (!phrase) continue;
    const key = [source, section, phrase].join('\u0000');
    let n = numbers.get(key);
    if (n === undefined) {
      notes.push({ source, section, phrase });
      n = notes.length;
      numbers.set(key, n);
    }
    mark.dataset.printNote = String(n);
  }
  return notes;
}
