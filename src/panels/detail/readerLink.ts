/**
 * "Show in the report" for the source marks deep inside the panels and the table: the app sets the action
 * once (the controller's showInReport), and each mark offers it. Without an app around (a component test,
 * the printed page), there is no reader to open and the marks offer nothing.
 */
import { getContext, setContext } from 'svelte';
import type { Citation } from '../../data/schema';

const key = Symbol('reader-link');
export type ShowInReport = (citation: Citation) => void;

export function setReaderLink(show: ShowInReport): void {
  setContext(key, show);
}

export function readerLinkOf(): ShowInReport | null {
  return getContext<ShowInReport | undefined>(key) ?? null;
}
