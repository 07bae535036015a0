import { overlayPadding, type Padding } from './viewport';

/** Room kept round what a fit shows, besides the overlays (and the zoom buttons' strip). */
const margin = 24;

/**
 * Measures what floats over the map (legend, notes, region bar, presenter bar, bottom sheet) and turns it
 * into the padding every camera fit keeps free, so that nothing is fitted under an overlay. Elements
 * register with `use:overlays.track`; the map area with `use:overlays.area`. Sizes are observed, so an
 * overlay that wraps, collapses or grows updates the padding by itself.
 */
export class OverlayTracker {
  padding = $state<Padding>({ top: margin, right: margin, bottom: margin, left: margin });
  #area: HTMLElement | null = null;
  // A plain set: the padding is the state; it is recomputed from these elements when their sizes change.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #tracked = new Set<HTMLElement>();
  #observer: ResizeObserver | null = null;

  area = (element: HTMLElement) => {
    this.#area = element;
    this.#observe(element);
    return {
      destroy: () => {
        this.#observer?.unobserve(element);
        if (this.#area === element) this.#area = null;
      },
    };
  };

  track = (element: HTMLElement) => {
    this.#tracked.add(element);
    this.#observe(element);
    this.#measure();
    return {
      destroy: () => {
        this.#tracked.delete(element);
        this.#observer?.unobserve(element);
        this.#measure();
      },
    };
  };

  #observe(element: HTMLElement): void {
    this.#observer ??= new ResizeObserver(() => this.#measure());
    this.#observer.observe(element);
  }

  #measure(): void {
    const area = this.#area?.getBoundingClientRect();
    if (!area || area.width === 0 || area.height === 0) return;
    const boxes = [...this.#tracked].map((element) => {
      const r = element.getBoundingClientRect();
      return { left: r.left - area.left, top: r.top - area.top, width: r.width, height: r.height };
    });
    const next = overlayPadding({ width: area.width, height: area.height }, boxes, margin);
    const p = this.padding;
    if (next.top !== p.top || next.right !== p.right || next.bottom !== p.bottom || next.left !== p.left)
      this.padding = next;
  }
}
