import type { DetailTab, Selection } from '../domain';

/** How far the phone's bottom sheet is open: the handle only, half the screen, or all of it. */
export type SheetState = 'peek' | 'half' | 'full';

/** What a user can point at: a township, a site, nothing, or a regional view as a whole. */
export type SelectTarget =
  | { kind: 'township'; code: string }
  | { kind: 'site'; id: string }
  | { kind: 'none' }
  /** A region replaced whole (picked by name, cleared with an empty list). */
  | { kind: 'region'; codes: readonly string[]; name: string | null }
  /** Townships a box drew round, added to the region. */
  | { kind: 'region-add'; codes: readonly string[] };

/**
 * Where the choice came from: it decides how far the camera goes. A click on the map is made on something
 * in view, so the map moves only if part of it is hidden; a name picked from a list, a panel or the table
 * may lie anywhere, so the map flies to it.
 */
export type SelectVia = 'map' | 'list' | 'panel' | 'table' | 'tour' | 'close' | 'region-bar';

export interface SelectOptions {
  via: SelectVia;
  /** Shift-, Ctrl- or ⌘-click, or a long press: a township joins the region or leaves it. */
  additive?: boolean;
  /** The tab to show; by default a choice shows its panel (the detail tab), and closing keeps the tab. */
  tab?: DetailTab;
  /** On a phone a selection opens the bottom sheet half way and closing folds it; elsewhere it stays. */
  phone?: boolean;
}

/** The part of the app's state a selection changes. */
export interface SelectionState {
  selection: Selection;
  region: readonly string[];
  regionName: string | null;
  tab: DetailTab;
  sheet: SheetState;
}

/** What the camera should show after a choice: told apart from how it moves there (cameraRules). */
export type Look =
  | { kind: 'stay' }
  /** Bring these townships wholly into view only if part of them is out of it. */
  | { kind: 'reveal'; townships: readonly string[]; sites: readonly string[] }
  /** Fit these townships and sites. */
  | { kind: 'fit'; townships: readonly string[]; sites: readonly string[] }
  | { kind: 'county' }
  /** Back to the view the map showed before the selection moved it (the county if it came from a link). */
  | { kind: 'back' };

const sorted = (codes: readonly string[]) => [...new Set(codes)].sort();

/**
 * The one rule for every way in (map, list, search, table, panels, tour, region bar): the next selection,
 * region, tab and sheet, and what the camera should show. Pure, so each habit is a row of a table test.
 *
 * - A plain click selects; its panel comes to the front and (on a phone) the sheet opens half way.
 * - An additive click on a township changes the region: it joins or leaves it. With a township selected and
 *   no region, that first additive click makes a region of both. The panel then sums the region up, so
 *   the selection gives way to it, and the camera fits the whole region.
 * - A box adds what it drew round, by the same rule.
 * - Closing clears the selection; the camera goes back to the region if there is one, else to the view
 *   the map had before the selection.
 */
export function nextSelection(
  state: SelectionState,
  target: SelectTarget,
  options: SelectOptions,
): { state: SelectionState; look: Look } {
  const shown = (next: Omit<SelectionState, 'tab' | 'sheet'>, sheet: SheetState): SelectionState => ({
    ...next,
    tab: options.tab ?? 'detail',
    sheet: options.phone ? sheet : state.sheet,
  });
  const fitRegion = (region: readonly string[]): Look =>
    region.length ? { kind: 'fit', townships: region, sites: [] } : { kind: 'stay' };

  switch (target.kind) {
    case 'township': {
      if (options.additive) return addToRegion(state, [target.code], true, shown);
      const look: Look =
        options.via === 'map'
          ? { kind: 'reveal', townships: [target.code], sites: [] }
          : { kind: 'fit', townships: [target.code], sites: [] };
      const next = { selection: { kind: 'township', code: target.code } as const, region: state.region };
      return { state: shown({ ...next, regionName: state.regionName }, 'half'), look };
    }
    case 'site': {
      const next = { selection: { kind: 'site', id: target.id } as const, region: state.region };
      const look: Look =
        options.via === 'map' ? { kind: 'stay' } : { kind: 'reveal', townships: [], sites: [target.id] };
      return { state: shown({ ...next, regionName: state.regionName }, 'half'), look };
    }
    case 'none': {
      const next: SelectionState = {
        ...state,
        selection: null,
        tab: options.tab ?? state.tab,
        sheet: 'peek',
      };
      // × and Escape go back: to the region if there is one, else to where the map was before the selection.
      const look: Look =
        options.via !== 'close' || !state.selection
          ? { kind: 'stay' }
          : state.region.length
            ? fitRegion(state.region)
            : { kind: 'back' };
      return { state: next, look };
    }
    case 'region': {
      const region = sorted(target.codes);
      const next = shown(
        { selection: state.selection, region, regionName: region.length ? target.name : null },
        state.sheet,
      );
      return { state: next, look: region.length ? fitRegion(region) : { kind: 'county' } };
    }
    case 'region-add':
      return addToRegion(state, target.codes, false, shown);
  }
}

function addToRegion(
  state: SelectionState,
  codes: readonly string[],
  toggle: boolean,
  shown: (next: Omit<SelectionState, 'tab' | 'sheet'>, sheet: SheetState) => SelectionState,
): { state: SelectionState; look: Look } {
  const selected = state.selection?.kind === 'township' ? state.selection.code : null;
  // The first additive choice turns the selected township into the region's first member.
  let region = state.region.length === 0 && selected ? [selected] : [...state.region];
  for (const code of codes) {
    if (toggle && region.includes(code) && !(state.region.length === 0 && code === selected)) {
      region = region.filter((c) => c !== code);
    } else if (!region.includes(code)) region.push(code);
  }
  region = sorted(region);
  // The sheet stays as it is: the region's summary takes the place of the panel it showed.
  const next = shown(
    { selection: null, region, regionName: region.length ? state.regionName : null },
    state.sheet,
  );
  return {
    state: next,
    look: region.length ? { kind: 'fit', townships: region, sites: [] } : { kind: 'stay' },
  };
}
