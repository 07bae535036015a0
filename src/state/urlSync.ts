import type { AppState } from './appState.svelte';
import { formatUrlState, parseUrlState, type KnownIds } from './urlState';

/**
 * Keeps the address bar and the app state in step. Returns `write`, to call whenever the state may have
 * changed (from an effect), and `stop`. A change of view alone replaces the history entry (panning should
 * not flood Back); any other change pushes one, so Back and Forward step through selections, metrics and
 * filters.
 */
export function urlSync(state: AppState, known: KnownIds): { write: () => void; stop: () => void } {
  state.apply(parseUrlState(window.location.hash, known));
  let written = formatUrlState(state.toUrlState());

  const withoutView = (hash: string) => hash.replace(/(^#|&)v=[^&]*/, '$1').replace(/^#&|&$/g, '');

  const write = () => {
    const next = formatUrlState(state.toUrlState());
    if (next === written) return;
    const url = next || `${window.location.pathname}${window.location.search}`;
    if (withoutView(next) === withoutView(written)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    written = next;
  };

  const read = () => {
    state.apply(parseUrlState(window.location.hash, known));
    written = formatUrlState(state.toUrlState());
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
