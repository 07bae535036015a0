/**
 * The report desk's state (issue 23): its dialog open or not, a workbook being opened or refused, and the
 * opened workbook the map shows (null: the published data). Written only by these methods, which the
 * controller's desk actions call (src/app/controller.svelte.ts).
 */
import type { DeskError } from '../desk/open';
import type { SourceTodo } from '../desk/types';

/** An opened workbook the map shows. */
export interface ShownWorkbook {
  /** its file name as the person chose it (the banner says it: they know their file by it) */
  name: string;
  /** when it was opened (ms since 1970; the banner shows the local time) */
  openedAt: number;
  sources: number;
  activities: number;
  /** the sources' texts that came with it (for the saves), id → normalised text */
  texts: ReadonlyMap<string, string>;
  /** the sources with figures no record quotes yet (the banner says how many; the reader lists them) */
  todos: readonly SourceTodo[];
}

export type DeskStep =
  | { kind: 'idle' }
  | { kind: 'opening'; name: string }
  /** checked: false when cells could not be read (the records' checks run once every cell reads) */
  | { kind: 'refused'; name: string; errors: readonly DeskError[]; checked: boolean };

export class DeskState {
  #dialogOpen = $state(false);
  #used = $state(false);
  #step = $state.raw<DeskStep>({ kind: 'idle' });
  #shown = $state.raw<ShownWorkbook | null>(null);

  get dialogOpen(): boolean {
    return this.#dialogOpen;
  }
  /** Mounted from its first use on: the first view neither loads nor builds the desk's screens. */
  get used(): boolean {
    return this.#used;
  }
  get step(): DeskStep {
    return this.#step;
  }
  get shown(): ShownWorkbook | null {
    return this.#shown;
  }

  openDialog(): void {
    this.#used = true;
    this.#dialogOpen = true;
  }
  /** Closing also lets go of a refused workbook's errors: the next opening starts clean. */
  closeDialog(): void {
    this.#dialogOpen = false;
    if (this.#step.kind === 'refused') this.#step = { kind: 'idle' };
  }
  opening(name: string): void {
    this.#used = true;
    this.#step = { kind: 'opening', name };
  }
  /** The map keeps its data; the dialog shows why. */
  refused(name: string, errors: readonly DeskError[], checked: boolean): void {
    this.#step = { kind: 'refused', name, errors, checked };
    this.#dialogOpen = true;
  }
  opened(shown: ShownWorkbook): void {
    this.#step = { kind: 'idle' };
    this.#shown = shown;
    this.#dialogOpen = false;
  }
  published(): void {
    this.#step = { kind: 'idle' };
    this.#shown = null;
  }
}
