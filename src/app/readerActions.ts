/**
 * The reader's ways in and out, as the controller's actions: opening it (its tab; on a phone the whole
 * sheet), "show in the report" from a source mark, and a click on a phrase, which selects the place its
 * record is about through the one select action and opens that place's panel.
 */
import type { HuizeData } from '../data/join';
import type { Citation } from '../data/schema';
import type { RecordTarget } from '../reader/records';
import type { AppState } from '../state/appState.svelte';
import type { SelectOptions, SelectTarget } from '../state/selectRules';

interface Deps {
  app: AppState;
  data: () => HuizeData;
  phone: () => boolean;
  select: (target: SelectTarget, options: SelectOptions) => void;
}

const sameCitation = (a: Citation, b: Citation) =>
  a.source === b.source && a.section === b.section && a.phrase === b.phrase;

export function readerActions({ app, data, phone, select }: Deps) {
  /** The reader on `source` (null: its default) at the phrase of record `at`. */
  const open = (source: string | null = app.read, at: string | null = app.at): void =>
    app.openReader(source, at, phone());

  return {
    open,
    /** The reader's picker. */
    pick: (source: string): void => app.setReading(source),
    /** From a source mark: the reader on its source, at the first record quoting these words there. */
    showInReport: (citation: Citation): void => {
      const d = data();
      const records = [...d.activities.values(), ...d.pairings.values(), ...d.people.values()];
      open(citation.source, records.find((r) => sameCitation(r.citation, citation))?.id ?? null);
    },
    /** A phrase clicked: its record's site or township, else the county summary or 会泽以外. */
    showRecord: (target: RecordTarget): void => {
      const via = { via: 'panel' } as const;
      if (target.kind === 'site') return select({ kind: 'site', id: target.id }, via);
      if (target.kind === 'township') return select({ kind: 'township', code: target.code }, via);
      select({ kind: 'none' }, { ...via, tab: target.kind === 'beyond' ? 'beyond' : 'detail' });
    },
  };
}
