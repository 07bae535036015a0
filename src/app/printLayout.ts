/**
 * The printed page's map box (A4 portrait, 12 mm margins: 186 mm wide). print.css takes these sizes from the
 * map area's custom properties, and the printed scale bar (PrintScale) is computed for them: one source.
 */
export const printMapMm = { width: 186, height: 140 } as const;

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
