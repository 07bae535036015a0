import type { AppState } from './appState.svelte';
import { formatUrlState, parseUrlState, type KnownIds, type UrlState } from './urlState';

/**
 * Keeps the address bar and the app state in step. Returns `write`, to call whenever the state may have
 * changed (from an effect), and `stop`. A change of view alone replaces the history entry (panning should
 * not flood Back); any other change pushes one, so Back and Forward step through selections, metrics and
 * filters.
 */
/** Puts the address bar in the canonical form of what was read from it (dropped and defaulted fields gone). */
function canonical(hash: string): void {
  if (window.location.hash === hash) return;
  window.history.replaceState(null, '', hash || `${window.location.pathname}${window.location.search}`);
}

export function urlSync(
  state: AppState,
  /** The ids a link may name, read at each parse: they follow the dataset when it is replaced. */
  known: () => KnownIds,
  /**
   * Called after the state has been read from the address bar: at start (with null) and on Back/Forward
   * or an edited address (with the state before).
   */
  onread?: (before: UrlState | null) => void,
): { write: () => void; stop: () => void } {
  state.apply(parseUrlState(window.location.hash, known()));
  let written = formatUrlState(state.toUrlState());
  canonical(written);
  onread?.(null);

  const withoutView = (hash: string) =>
    hash
      .replace(/(^#|&)[vb]=[^&]*/g, '$1')
      .replace(/&&+/g, '&')
      .replace(/^#&|&$/g, '');

  const write = () => {
    const next = formatUrlState(state.toUrlState());
    if (next === written) return;
    const url = next || `${window.location.pathname}${window.location.search}`;
    if (withoutView(next) === withoutView(written)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    written = next;
  };

  const read = () => {
    const before = state.toUrlState();
    state.apply(parseUrlState(window.location.hash, known()));
    written = formatUrlState(state.toUrlState());
    canonical(written);
    onread?.(before);
  };
  window.addEventListener('popstate', read);
  window.addEventListener('hashchange', read);
  return {
    write,
    stop: () => {
      window.removeEventListener('popstate', read);
      window.removeEventListener('hashchange', read);
    },
  };
}
