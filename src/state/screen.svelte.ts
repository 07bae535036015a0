/**
 * Which layout the window calls for. Phone: up to 640 px wide, or a phone on its side (short and not
 * wide): the map first, a menu, search, and the detail panel as a bottom sheet. Tablet: up to 1023 px:
 * map and detail side by side, the controls in a menu. Desk: the three columns.
 */
export type Layout = 'phone' | 'tablet' | 'desk';

const layoutQueries: Record<Exclude<Layout, 'desk'>, string> = {
  // `screen`: a printed page is narrow too, but prints the desk layout.
  phone: 'screen and (max-width: 640px), screen and (max-width: 1023px) and (max-height: 500px)',
  tablet: 'screen and (max-width: 1023px)',
};

export function layoutFor(matches: (query: string) => boolean): Layout {
  if (matches(layoutQueries.phone)) return 'phone';
  if (matches(layoutQueries.tablet)) return 'tablet';
  return 'desk';
}

/** The layout now, kept up to date as the window changes (rotation, resizing, a projector). */
export class Screen {
  layout = $state<Layout>('desk');

  /** Starts following the window; returns the stop. */
  follow(): () => void {
    if (typeof window === 'undefined' || !window.matchMedia) return () => {};
    const lists = Object.values(layoutQueries).map((q) => window.matchMedia(q));
    const update = () => (this.layout = layoutFor((q) => window.matchMedia(q).matches));
    update();
    for (const list of lists) list.addEventListener('change', update);
    return () => {
      for (const list of lists) list.removeEventListener('change', update);
    };
  }
}
