import {
  type ClassificationMethod,
  type CameraView,
  type DetailTab,
  type Locale,
  type MetricId,
  type ProjectorTheme,
  type Selection,
} from '../domain';
import type { Bounds } from '../geo/bounds';
import { i18n } from '../i18n/i18n.svelte';
import {
  nextSelection,
  type Look,
  type SelectOptions,
  type SelectTarget,
  type SheetState,
} from './selectRules';
import { defaultState, type UrlState } from './urlState';

/** The filter groups a user can narrow the records by. */
export type FilterGroup = 'categories' | 'actors' | 'years' | 'sources';

/**
 * What the user has chosen: ids and switches only. Panels, legend and fills derive their content from
 * these and the data.
 *
 * Every field is read through a getter and written only by this class's methods: components call them
 * (through the controller's actions), so each piece of state has one writer and a change can be traced to
 * the action that made it. TypeScript refuses an assignment from outside.
 */
export class AppState {
  #metric = $state<MetricId>(defaultState.metric);
  #method = $state<ClassificationMethod>(defaultState.method);
  #selection = $state<Selection>(defaultState.selection);
  #hovered = $state<string | null>(null);
  #categories = $state<string[]>([]);
  #actors = $state<string[]>([]);
  #years = $state<number[]>([]);
  #sources = $state<string[]>([]);
  #table = $state(defaultState.table);
  #basemap = $state(false);
  #bounds = $state<Bounds | null>(null);
  #view = $state<CameraView | null>(null);
  #tab = $state<DetailTab>(defaultState.tab);
  #region = $state<string[]>([]);
  #regionName = $state<string | null>(null);
  #present = $state(false);
  #step = $state(0);
  #theme = $state<ProjectorTheme>(defaultState.theme);
  #sheet = $state<SheetState>('peek');
  #read = $state<string | null>(defaultState.read);
  #at = $state<string | null>(defaultState.at);
  #opened = false;

  get metric(): MetricId {
    return this.#metric;
  }
  get method(): ClassificationMethod {
    return this.#method;
  }
  get selection(): Selection {
    return this.#selection;
  }
  get hovered(): string | null {
    return this.#hovered;
  }
  get categories(): readonly string[] {
    return this.#categories;
  }
  get actors(): readonly string[] {
    return this.#actors;
  }
  get years(): readonly number[] {
    return this.#years;
  }
  /** The source filter: source ids (sources.json). */
  get sources(): readonly string[] {
    return this.#sources;
  }
  get table(): boolean {
    return this.#table;
  }
  /** The online OpenStreetMap basemap: off unless the user turns it on (the map is offline by default). */
  get basemap(): boolean {
    return this.#basemap;
  }
  /** The area the user moved the map to (null while the view is the selection's or region's own). */
  get bounds(): Bounds | null {
    return this.#bounds;
  }
  /** A centre and zoom from a link made before `bounds` existed; dropped at the first move. */
  get view(): CameraView | null {
    return this.#view;
  }
  get tab(): DetailTab {
    return this.#tab;
  }
  /** Townships of a regional view (fitted together, the rest dimmed); empty when there is none. */
  get region(): readonly string[] {
    return this.#region;
  }
  get regionName(): string | null {
    return this.#regionName;
  }
  get present(): boolean {
    return this.#present;
  }
  get step(): number {
    return this.#step;
  }
  get theme(): ProjectorTheme {
    return this.#theme;
  }
  /** The phone's bottom sheet (not in a link: a link opens on what it names, the sheet follows). */
  get sheet(): SheetState {
    return this.#sheet;
  }

  /** The source the reader shows (null: its default, the source filter's choice). */
  get read(): string | null {
    return this.#read;
  }
  /** The record whose phrase the reader is scrolled to and marks. */
  get at(): string | null {
    return this.#at;
  }

  toUrlState(): UrlState {
    return {
      locale: i18n.locale,
      metric: this.#metric,
      method: this.#method,
      selection: this.#selection,
      categories: this.#categories,
      actors: this.#actors,
      years: this.#years,
      sources: this.#sources,
      bounds: this.#bounds,
      view: this.#view,
      table: this.#table,
      tab: this.#tab,
      region: this.#region,
      regionName: this.#regionName,
      present: this.#present,
      step: this.#step,
      theme: this.#theme,
      read: this.#tab === 'reader' ? this.#read : null,
      at: this.#tab === 'reader' && this.#read !== null ? this.#at : null,
    };
  }

  /** Takes the whole state a link names (at start, on Back/Forward, and when the data is replaced). */
  apply(state: UrlState): void {
    i18n.locale = state.locale;
    this.#metric = state.metric;
    this.#method = state.method;
    // Arrays and objects from a parse are always new; assigning an equal one would still wake every effect
    // that reads it (and repaint the map), so a hash change that changes nothing must cost nothing.
    if (!sameValue(this.#selection, state.selection)) {
      // Back or Forward to another selection opens (or folds) the phone's sheet as a click would; the
      // first link the page opens on leaves it at peek, with the map in view.
      if (this.#opened) this.#sheet = state.selection ? 'half' : 'peek';
      this.#selection = state.selection;
    }
    this.#opened = true;
    if (!sameValue(this.#categories, state.categories)) this.#categories = [...state.categories];
    if (!sameValue(this.#actors, state.actors)) this.#actors = [...state.actors];
    if (!sameValue(this.#years, state.years)) this.#years = [...state.years];
    if (!sameValue(this.#sources, state.sources)) this.#sources = [...state.sources];
    if (!sameValue(this.#bounds, state.bounds)) this.#bounds = state.bounds;
    if (!sameValue(this.#view, state.view)) this.#view = state.view;
    this.#table = state.table;
    // A link into a report opens it to read: on a phone, the whole sheet (the sheet only shows on phones).
    if (state.tab === 'reader' && this.#tab !== 'reader') this.#sheet = 'full';
    this.#tab = state.tab;
    if (!sameValue(this.#region, state.region)) this.#region = [...state.region];
    this.#regionName = state.regionName;
    this.#present = state.present;
    this.#step = state.step;
    this.#theme = state.theme;
    this.#read = state.read;
    this.#at = state.at;
  }

  /**
   * The one way a selection or region changes (nextSelection's rules): sets selection, region, tab and
   * sheet together and returns what the camera should show, for the caller to move it.
   */
  select(target: SelectTarget, options: SelectOptions): Look {
    const { state, look } = nextSelection(
      {
        selection: this.#selection,
        region: this.#region,
        regionName: this.#regionName,
        tab: this.#tab,
        sheet: this.#sheet,
      },
      target,
      options,
    );
    if (!sameValue(this.#selection, state.selection)) this.#selection = state.selection;
    if (!sameValue(this.#region, state.region)) this.#region = [...state.region];
    this.#regionName = state.regionName;
    this.#tab = state.tab;
    this.#sheet = state.sheet;
    return look;
  }

  setMetric(metric: MetricId): void {
    this.#metric = metric;
  }
  setMethod(method: ClassificationMethod): void {
    this.#method = method;
  }
  setHovered(code: string | null): void {
    if (this.#hovered !== code) this.#hovered = code;
  }
  /** A filter group's new choice, kept sorted so that the same choice always gives the same address. */
  setFilter(group: FilterGroup, values: readonly (string | number)[]): void {
    if (group === 'years') {
      this.#years = unique(values.map(Number)).sort((a, b) => a - b);
      return;
    }
    const ids = unique(values.map(String)).sort();
    if (group === 'categories') this.#categories = ids;
    else if (group === 'actors') this.#actors = ids;
    else this.#sources = ids;
  }
  clearFilters(): void {
    this.#categories = [];
    this.#actors = [];
    this.#years = [];
    this.#sources = [];
  }
  setTable(on: boolean): void {
    this.#table = on;
  }
  setBasemap(on: boolean): void {
    this.#basemap = on;
  }
  setTab(tab: DetailTab): void {
    this.#tab = tab;
  }
  /**
   * Opens the reader on `source` (null: its default), scrolled to the phrase of record `at`; on a phone the
   * sheet opens all the way, since a report is read full screen.
   */
  openReader(source: string | null, at: string | null, phone: boolean): void {
    this.#tab = 'reader';
    this.#read = source;
    this.#at = source === null ? null : at;
    if (phone) this.#sheet = 'full';
  }
  /** The reader's source picker: another source, read from its start. */
  setReading(source: string | null): void {
    this.#read = source;
    this.#at = null;
  }
  setSheet(sheet: SheetState): void {
    this.#sheet = sheet;
  }
  renameRegion(name: string | null): void {
    this.#regionName = this.#region.length ? name : null;
  }
  /** The user moved the map: the area they look at (null: back to the selection's or region's own). */
  movedTo(area: Bounds | null): void {
    this.#movedTo(area);
  }
  setPresenting(on: boolean): void {
    this.#present = on;
    if (on) this.#table = false;
    else this.#step = 0;
  }
  setStep(step: number): void {
    this.#step = step;
  }
  setTheme(theme: ProjectorTheme): void {
    this.#theme = theme;
  }
  setLocale(locale: Locale): void {
    i18n.locale = locale;
  }

  #movedTo(area: Bounds | null): void {
    if (!sameValue(this.#bounds, area)) this.#bounds = area;
    this.#view = null;
  }
}

const unique = <T>(values: readonly T[]): T[] => values.filter((v, i) => values.indexOf(v) === i);

/** Equality of small plain values parsed from a URL (ids, numbers, flat objects). */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
