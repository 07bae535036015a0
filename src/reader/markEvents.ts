/**
 * The reader text's events, delegated from its root (one set of listeners for thousands of marks): a mark
 * hovered or focused, a mark clicked or pressed (Enter, Space), and a selection of text, mapped back to
 * offsets in the normalised text through the runs' `data-at`.
 */

export interface MarkEvents {
  /** a mark under the pointer or focused (its phrases, innermost first), or none */
  onhover: (phrases: number[] | null, anchor: HTMLElement | null) => void;
  /** a mark clicked, or Enter or Space on it */
  onactivate: (phrases: number[]) => void;
  /** a selection inside the text ([start, end) in the normalised text), or none */
  onselect: (range: { start: number; end: number } | null, box: DOMRect | null) => void;
}

const phrasesOf = (mark: HTMLElement): number[] =>
  (mark.dataset.phrases ?? '').split(' ').filter(Boolean).map(Number);

const markAt = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>('mark[data-phrases]') : null;

/** The first run at or after `node` (itself, inside it, or in a following sibling), or null. */
function runFrom(node: Node | null): HTMLElement | null {
  for (let n = node; n; n = n.nextSibling) {
    if (n instanceof HTMLElement) {
      const run = n.matches('[data-at]') ? n : n.querySelector<HTMLElement>('[data-at]');
      if (run) return run;
    }
  }
  return null;
}

const runStart = (run: HTMLElement) => Number(run.dataset.at);
const runEnd = (run: HTMLElement) => runStart(run) + (run.textContent?.length ?? 0);

/** A selection boundary as an offset of the normalised text; null outside the text's runs. */
export function textOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const run = node.parentElement?.closest<HTMLElement>('[data-at]');
    if (run && root.contains(run)) return runStart(run) + offset;
    // Text outside the runs (white space between them): the next run's start.
    const next = runFrom(node.nextSibling);
    return next && root.contains(next) ? runStart(next) : null;
  }
  if (!(node instanceof Element) || !root.contains(node)) return null;
  const next = runFrom(node.childNodes[offset] ?? null);
  if (next) return runStart(next);
  const runs = node.querySelectorAll<HTMLElement>('[data-at]');
  const last = runs[runs.length - 1] ?? (node.matches('[data-at]') ? (node as HTMLElement) : null);
  return last ? runEnd(last) : null;
}

export function markEvents(root: HTMLElement, initial: MarkEvents) {
  let events = initial;
  let selected = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  const over = (e: Event) => {
    const mark = markAt(e.target);
    if (mark) events.onhover(phrasesOf(mark), mark);
  };
  const out = (e: Event) => {
    const related = (e as PointerEvent | FocusEvent).relatedTarget;
    if (!markAt(e.target) || markAt(related) === markAt(e.target)) return;
    // A focused mark taken out of the page (a click that leaves the reader) loses focus while Svelte is
    // updating the page, when no state may change: the card is put away once that update is done.
    queueMicrotask(() => {
      if (!destroyed) events.onhover(null, null);
    });
  };
  const click = (e: MouseEvent) => {
    const mark = markAt(e.target);
    // A drag that selected words inside a mark also ends in a click: it was a selection, not a choice.
    if (!mark || window.getSelection()?.isCollapsed === false) return;
    events.onactivate(phrasesOf(mark));
  };
  const key = (e: KeyboardEvent) => {
    const mark = markAt(e.target);
    if (!mark || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    events.onactivate(phrasesOf(mark));
  };
  const readSelection = () => {
    const s = window.getSelection();
    const range = s && s.rangeCount > 0 && !s.isCollapsed ? s.getRangeAt(0) : null;
    if (!range || !root.contains(range.commonAncestorContainer)) {
      if (selected) events.onselect(null, null);
      selected = false;
      return;
    }
    const start = textOffset(root, range.startContainer, range.startOffset);
    const end = textOffset(root, range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return;
    selected = true;
    events.onselect({ start, end }, range.getBoundingClientRect());
  };
  // While a drag or a phone's selection handles move, the selection changes at every step: read it when it rests.
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(readSelection, 250);
  };
  const settled = () => {
    clearTimeout(timer);
    readSelection();
  };

  root.addEventListener('pointerover', over);
  root.addEventListener('pointerout', out);
  root.addEventListener('focusin', over);
  root.addEventListener('focusout', out);
  root.addEventListener('click', click);
  root.addEventListener('keydown', key);
  root.addEventListener('pointerup', settled);
  root.addEventListener('keyup', settled);
  document.addEventListener('selectionchange', changed);
  return {
    update(next: MarkEvents) {
      events = next;
    },
    destroy() {
      destroyed = true;
      clearTimeout(timer);
      root.removeEventListener('pointerover', over);
      root.removeEventListener('pointerout', out);
      root.removeEventListener('focusin', over);
      root.removeEventListener('focusout', out);
      root.removeEventListener('click', click);
      root.removeEventListener('keydown', key);
      root.removeEventListener('pointerup', settled);
      root.removeEventListener('keyup', settled);
      document.removeEventListener('selectionchange', changed);
    },
  };
}
