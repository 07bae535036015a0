import { loadAppData } from '../data/appData';
import { isFiltered } from '../data/filters';
import type { HuizeData } from '../data/join';
import { matchRegion, type NamedRegion } from '../data/regions';
import { baoshanMark, pairingLinks } from '../data/pairingLinks';
import { recordYears, yearSpanText } from '../data/yearSpan';
import { loadGeo } from '../geo/loadGeo';
import type { Bounds } from '../geo/bounds';
import { i18n } from '../i18n/i18n.svelte';
import { Camera } from '../map/interaction/camera.svelte';
import { OverlayTracker } from '../map/interaction/overlays.svelte';
import { mapThemeName, mapThemes } from '../map/theme';
import { AppState } from '../state/appState.svelte';
import { DeskState } from '../state/desk.svelte';
import { DataStore } from '../state/dataStore.svelte';
import { MapModel } from '../state/model.svelte';
import type { Look, SelectOptions, SelectTarget } from '../state/selectRules';
import { Screen } from '../state/screen.svelte';
import { UiState } from '../state/uiState.svelte';
import { formatUrlState, parseUrlState, type UrlState } from '../state/urlState';
import { urlSync } from '../state/urlSync';
import { cameraMove, linkLook, type Whereabouts } from './cameraRules';
import { syncDocument } from './documentSync.svelte';
import { closeOnEscape } from './keyboard';
import { readerActions } from './readerActions';
import { unfoldWhilePrinting } from './printLayout';
import { sheetTitle } from './sheetTitle';
import { viewSubject } from './subject';
import { Tour } from './tour.svelte';

/**
 * Wires the app: the dataset (replaceable), the user's choices (AppState) and the screen's switches
 * (UiState), what derives from them (MapModel), the camera and the tour. Components read from here and call
 * its actions; the state classes are the only writers of their fields.
 */
export class AppController {
  readonly geo = loadGeo();
  readonly store: DataStore;
  readonly app = new AppState();
  readonly ui = new UiState();
  readonly model: MapModel;
  readonly camera = new Camera({ bounds: this.geo.bounds });
  /** What floats over the map, measured: every fit keeps it clear. */
  readonly overlays = new OverlayTracker();
  readonly schematic = this.geo.townships.precision === 'schematic';
  readonly screen = new Screen();
  readonly baoshanMark = baoshanMark(this.geo.bounds);
  readonly tour: Tour;
  /** The report desk: opening a workbook, its errors, the workbook shown (issue 23). */
  readonly desk = new DeskState();
  /** The data the page came with: "back to the published data" returns to it. */
  readonly #published: HuizeData;
  /** Counts openings: the result of one that a later opening (or going back) overtook is dropped. */
  #openings = 0;
  /** The detail column's scrolling body (a talk scrolls it with the keys). */
  #panelBody: HTMLElement | null = null;

  constructor(data: HuizeData = loadAppData()) {
    this.#published = data;
    this.store = new DataStore(data, this.geo.townships);
    this.model = new MapModel(this.store, this.app);
    this.tour = new Tour({
      app: this.app,
      model: this.model,
      data: () => this.store.data,
      county: this.geo.bounds,
      baoshanMark: this.baoshanMark,
      select: this.select,
      fit: (bounds, options) => this.camera.fit(bounds, options),
      onstart: () => {
        void document.documentElement.requestFullscreen?.().catch(() => {});
        this.ui.closeDialogs();
      },
    });
  }

  get data(): HuizeData {
    return this.store.data;
  }
  get join() {
    return this.store.join;
  }

  readonly selectedTownship = $derived(
    this.app.selection?.kind === 'township' ? this.app.selection.code : null,
  );
  readonly selectedSite = $derived(this.app.selection?.kind === 'site' ? this.app.selection.id : null);
  readonly filterCount = $derived(
    this.app.categories.length + this.app.actors.length + this.app.years.length + this.app.sources.length,
  );
  readonly filtered = $derived(isFiltered(this.app));
  readonly namedRegion = $derived(matchRegion(this.join.regions, this.app.region));
  readonly regionBounds = $derived(this.join.boundsOfTownships(this.app.region));
  readonly mapTheme = $derived(mapThemes[mapThemeName(this.app.present, this.app.theme)]);
  readonly layout = $derived(this.screen.layout);
  readonly years = $derived(yearSpanText(recordYears(this.data)));
  readonly sheetTitle = $derived.by(() => sheetTitle(this.app, this.data.places, this.model.metrics, i18n));
  /** The pairings drawn on the map while their tab is open (the tour's pairings step included). */
  readonly showPairings = $derived(this.app.tab === 'pairings' && !this.ui.mapFailed);
  readonly pairingLinks = $derived.by(() => pairingLinks(this.model.filtered, this.join.labelPoints));
  readonly subject = $derived(viewSubject(this.app, this.data.places, i18n));

  readonly #urban = this.geo.townships.features
    .filter((f) => f.properties.kind === '街道')
    .map((f) => f.properties.code);

  readonly #where: Whereabouts = {
    boundsOfTownships: (codes) => this.join.boundsOfTownships(codes),
    sitePoint: (id) => {
      const site = this.join.sites.find((s) => s.id === id);
      return site ? [site.lon, site.lat] : null;
    },
    siteTownship: (id) => this.data.places.get(id)?.township ?? null,
    urban: this.#urban,
  };

  /** Starts what keeps URL, document, keyboard and camera in step; call once, from App's setup. */
  connect(): () => void {
    const unfollow = this.screen.follow();
    const unprint = unfoldWhilePrinting(() => this.#panelBody);
    const unescape = closeOnEscape({
      active: () => !this.app.present && this.app.selection !== null,
      close: () => this.select({ kind: 'none' }, { via: 'close' }),
    });
    if (this.screen.layout === 'phone') this.ui.setLegendOpen(false);
    const sync = urlSync(
      this.app,
      () => this.join.known,
      (before) => this.#showFromLink(before),
    );
    // The address bar holds the area the user moved to; a fitted selection or region needs none.
    this.camera.onmove = (area) => this.app.movedTo(area);
    $effect(() => sync.write());
    syncDocument(this.app);
    // The overlays' measured room goes to the camera, which refits what it shows (MapLibre, not state).
    $effect(() => this.camera.setPadding(this.overlays.padding));
    return () => {
      sync.stop();
      unfollow();
      unprint();
      unescape();
    };
  }

  /** Every selection and region change: the state first, then the camera to what it calls for. */
  select = (target: SelectTarget, options: SelectOptions): void => {
    const before = this.app.selection === null ? this.camera.shown() : undefined;
    const look = this.app.select(target, { ...options, phone: this.layout === 'phone' });
    if (look.kind === 'back') {
      // Where the map was before the selection moved it; a link that opened on the selection came from the county.
      this.camera.fit(this.#cameFrom ?? this.geo.bounds, { maxZoom: null });
      this.#cameFrom = null;
      return;
    }
    if (before !== undefined && this.app.selection !== null) this.#cameFrom = before;
    this.#look(look);
  };
  /** The view before the first selection moved the map, for closing it to go back to. */
  #cameFrom: Bounds | null = null;

  /** The source reader's actions (its tab, show in the report, a phrase clicked). */
  readonly reader = readerActions({
    app: this.app,
    data: () => this.data,
    phone: () => this.layout === 'phone',
    select: this.select,
  });

  pickRegion = (region: NamedRegion | null): void =>
    this.select(
      { kind: 'region', codes: region?.codes ?? [], name: region ? i18n.t(region.label) : null },
      { via: 'region-bar' },
    );

  fitRegion = (): void => this.#look({ kind: 'fit', townships: this.app.region, sites: [] });

  /** The way in to the five small urban cells from any view (at the first view they are a few pixels). */
  showUrban = (): void => this.#look({ kind: 'fit', townships: this.#urban, sites: [] });

  /** The whole county, from any view. */
  showCounty = (): void => this.#look({ kind: 'county' });

  /**
   * Replaces the dataset (a newly opened report): everything derived follows, and the choices that named
   * what the new data lacks are dropped, as a link naming them would be.
   */
  replaceData = (data: HuizeData): void => {
    this.store.replace(data);
    this.app.apply(parseUrlState(formatUrlState(this.app.toUrlState()), this.join.known));
  };

  /**
   * A workbook (and report texts) chosen or dropped: read and checked by the opener, loaded now and not
   * before; the map takes the new data only when every check passes, else the desk lists the errors.
   */
  openData = async (files: readonly File[]): Promise<void> => {
    if (files.length === 0) return;
    const ticket = ++this.#openings;
    const { openFiles, openingName } = await import('../desk-ui/openFiles');
    const name = openingName(files);
    this.desk.opening(name);
    const result = await openFiles(files, { locale: i18n.locale, geo: this.geo });
    if (ticket !== this.#openings) return;
    if (!result.ok) return this.desk.refused(name, result.errors, result.checked);
    this.replaceData(result.data);
    const { sources, activities } = result.data;
    const counts = { sources: sources.size, activities: activities.size };
    this.desk.opened({ name, openedAt: Date.now(), ...counts, texts: result.texts, todos: result.todos });
  };

  backToPublished = (): void => {
    this.#openings++;
    this.replaceData(this.#published);
    this.desk.published();
  };

  registerPanelBody = (element: HTMLElement): { destroy: () => void } => {
    this.#panelBody = element;
    return { destroy: () => (this.#panelBody = this.#panelBody === element ? null : this.#panelBody) };
  };

  /** A talk's ↑/↓: the panel moves by most of its height, so a line stays in view across the move. */
  scrollPanel = (direction: 1 | -1): void => {
    const body = this.#panelBody;
    body?.scrollBy({ top: direction * body.clientHeight * 0.8, behavior: 'smooth' });
  };

  #look(look: Look, animate = true): void {
    const move = cameraMove(look, this.#where);
    if (move.kind === 'stay') return;
    if (move.kind === 'county') return this.camera.fit(this.geo.bounds, { animate });
    const { bounds, maxZoom, minZoom } = move;
    if (move.kind === 'reveal') this.camera.reveal(bounds);
    else this.camera.fit(bounds, { animate, ...(maxZoom !== undefined ? { maxZoom, minZoom } : {}) });
  }

  /**
   * The camera for a link (at start, and on Back/Forward), derived for the screen at hand: the area the
   * user looked at, else the region and the selection together, else the county.
   */
  #showFromLink(before: UrlState | null): void {
    const { app, camera } = this;
    if (app.present) return this.tour.goTo(app.step);
    // Back/Forward over a change of metric or filter leaves the camera where it is.
    const where = (s: Pick<UrlState, 'bounds' | 'view' | 'region' | 'selection'>) =>
      JSON.stringify([s.bounds, s.view, s.region, s.selection]);
    if (before && where(before) === where(app.toUrlState())) return;
    if (app.bounds) camera.showArea(app.bounds);
    else if (app.view) camera.jump(app.view);
    else {
      const look = linkLook(app, this.#where);
      if (look.kind === 'county') camera.fit(this.geo.bounds, { maxZoom: null, animate: false });
      else this.#look(look, false);
    }
  }
}
