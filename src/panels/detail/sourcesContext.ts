/**
 * The source documents of the data shown, for the source marks deep inside the panels: the app sets them
 * once as a getter, so a report opened in the browser (the data replaced) names its own sources. Without an
 * app around (a component test), the bundled ones.
 */
import { getContext, setContext } from 'svelte';
import { bundledSources } from '../../data/appData';
import type { Source } from '../../data/schema';

const key = Symbol('sources');
type Sources = () => ReadonlyMap<string, Source>;

export function setSources(sources: Sources): void {
  setContext(key, sources);
}

export function sourcesOf(): Sources {
  return getContext<Sources | undefined>(key) ?? bundledSources;
}
