import { untrack } from 'svelte';
import { loadAppData } from '../data/appData';
import { isFiltered } from '../data/filters';
import { joinGeo } from '../data/geoJoin';
import { matchRegion, type NamedRegion } from '../data/regions';
import { loadGeo } from '../geo/loadGeo';
import { unionBounds, type Bounds } from '../geo/bounds';
import { baoshanMark, pairingLinks } from '../data/pairingLinks';
import { i18n } from '../i18n/i18n.svelte';
import { Camera } from '../map/interaction/camera.svelte';
import { OverlayTracker } from '../map/interaction/overlays.svelte';
import { mapThemeName, mapThemes } from '../map/theme';
import { urbanFitMaxZoom, urbanLabelMinZoom } from '../map/zooms';
import { stepHeadline } from '../present/headline';
import { clampStep, tourSteps, type TourStep } from '../present/tour';
import { AppState } from '../state/appState.svelte';
import { MapModel } from '../state/model.svelte';
import type { UrlState } from '../state/urlState';
import { urlSync } from '../state/urlSync';
import { Screen } from '../state/screen.svelte';
import type { SheetState } from './BottomSheet.svelte';
import { sheetTitle } from './sheetTitle';
import { unfoldWhilePrinting } from './printLayout';
import { recordYears, yearSpanText } from '../data/yearSpan';
import { viewSubject } from './subject';

/**
 * Wires the app: the data joined with the map's geometry, the user's choices (AppState) and what derives
 * from them (MapModel), the address bar, the camera, and the presentation tour. Components get what they
 * show from here and call its actions; none of them owns another's state.
 */
export class AppController {
  readonly geo = loadGeo();
  readonly data = loadAppData();
  readonly app = new AppState();
  readonly model = new MapModel(this.data, this.app);
  readonly join = joinGeo(this.data, this.geo.townships);
  readonly camera = new Camera({ bounds: this.geo.bounds });
  /** What floats over the map, measured: every fit keeps it clear. */
  readonly overlays = new OverlayTracker();
  readonly schematic = this.geo.townships.precision === 'schematic';

  readonly screen = new Screen();
  /** The phone's bottom sheet. */
  sheet = $state<SheetState>('peek');
  /** The legend over the map, or its chip; folded at first on a phone, where the map has little room. */
  legendOpen = $state(true);
  filtersOpen = $state(false);
  /** The detail column's scrolling body. */
  panelBody = $state<HTMLElement>();
  exportOpen = $state(false);
  /** Export is mounted from its first use on: the first view neither loads nor computes it. */
  exportUsed = $state(false);
  /** While an export draws the map: no hover, no dimming. */
  exporting = $state(false);
  mapFailed = $state(false);

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
  readonly tour = $derived(tourSteps(this.model.filtered.activitiesByTownship));
  readonly stepIndex = $derived(clampStep(this.app.step, this.tour.length));
  readonly stepLabel = $derived(this.#stepLabel(this.tour[this.stepIndex]));
  readonly layout = $derived(this.screen.layout);
  readonly years = yearSpanText(recordYears(this.data));
  readonly sheetTitle = $derived(sheetTitle(this.app, this.data.places, this.model.metrics, i18n));
  /** The pairings drawn on the map while their tab is open (the tour's pairings step included). */
  readonly showPairings = $derived(this.app.tab === 'pairings' && !this.mapFailed);
  readonly pairingLinks = $derived(pairingLinks(this.model.filtered, this.join.labelPoints));
  readonly baoshanMark = baoshanMark(this.geo.bounds);
  readonly subject = $derived(viewSubject(this.app, this.data.places, i18n));

  /** Starts the effects that keep URL, document and camera in step; call once, from App's setup. */
  connect(): () => void {
    const unfollow = this.screen.follow();
    const unprint = unfoldWhilePrinting(() => this.panelBody ?? null);
    // Escape anywhere closes the township or site panel (the panel itself and an open source mark take theirs
    // first; a text field, a menu or a dialog keep theirs).
    const onkeydown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || this.app.present || !this.app.selection) return;
      if ((event.target as HTMLElement | null)?.closest('input, select, textarea, dialog, .top-bar')) return;
      this.app.selection = null;
    };
    window.addEventListener('keydown', onkeydown);
    if (this.screen.layout === 'phone') this.legendOpen = false;
    const sync = urlSync(this.app, this.join.known, (before) => this.#showFromLink(before));
    // The address bar holds the area the user moved to; a fitted selection or region needs none.
    this.camera.onmove = (area) => {
      this.app.bounds = area;
      this.app.view = null;
    };
    $effect(() => sync.write());
    $effect(() => {
      document.documentElement.lang = i18n.locale;
    });
    $effect(() => {
      document.documentElement.classList.toggle('presenting', this.app.present);
      document.documentElement.dataset.theme = this.app.present ? this.app.theme : 'light';
    });
    $effect(() => this.camera.setPadding(this.overlays.padding));
    // The tour drives the view from the step alone, so a URL with `present=1&step=n` resumes a talk.
    $effect(() => {
      if (!this.app.present) return;
      const step = this.tour[this.stepIndex];
      untrack(() => {
        if (this.app.step !== this.stepIndex) this.app.step = this.stepIndex;
        if (step) this.#showTourStep(step);
      });
    });
    // On a phone a new selection opens the sheet to half, and closing it folds the sheet down.
    let shownSelection = JSON.stringify(this.app.selection);
    $effect(() => {
      const now = JSON.stringify(this.app.selection);
      if (now === shownSelection) return;
      shownSelection = now;
      untrack(() => {
        if (this.layout === 'phone') this.sheet = this.app.selection ? 'half' : 'peek';
      });
    });
    return () => {
      sync.stop();
      unfollow();
      unprint();
      window.removeEventListener('keydown', onkeydown);
    };
  }

  /** A click on the map: select, and bring the township wholly into view if it is not. */
  selectOnMap = (code: string): void => {
    this.app.selectTownship(code);
    const bounds = this.join.townshipBounds.get(code);
    if (bounds) this.camera.reveal(bounds);
  };

  /** From the list or a panel link: select and bring the township into view. */
  showTownship = (code: string): void => {
    this.app.selectTownship(code);
    this.#fitTownships([code]);
  };

  toggleRegion = (code: string): void => {
    this.app.toggleRegion(code);
    this.#fitTownships(this.app.region);
  };

  /** A shift-drag box adds the townships it touches to the regional view. */
  addToRegion = (codes: readonly string[]): void => {
    this.app.setRegion([...this.app.region, ...codes], this.app.regionName);
    this.#fitTownships(this.app.region);
  };

  pickRegion = (region: NamedRegion | null): void => {
    this.app.setRegion(region?.codes ?? [], region ? i18n.t(region.label) : null);
    if (region) this.#fitTownships(region.codes);
    else this.camera.fit(this.geo.bounds);
  };

  fitRegion = (): void => this.#fitTownships(this.app.region);

  openExport = (): void => {
    this.exportUsed = true;
    this.exportOpen = true;
  };

  /** Fullscreen can only be asked for inside the click that starts the presentation. */
  startPresenting = (): void => {
    void document.documentElement.requestFullscreen?.().catch(() => {});
    this.filtersOpen = false;
    this.exportOpen = false;
    this.app.table = false;
    this.app.present = true;
  };

  /** A talk's ↑/↓: the panel moves by most of its height, so a line stays in view across the move. */
  scrollPanel = (direction: 1 | -1): void => {
    const body = this.panelBody;
    body?.scrollBy({ top: direction * body.clientHeight * 0.8, behavior: 'smooth' });
  };

  stopPresenting = (): void => {
    this.app.present = false;
    this.app.step = 0;
  };

  #fitTownships(codes: readonly string[], animate = true): void {
    const bounds = this.join.boundsOfTownships(codes);
    // The urban 街道 are a few km across: shown closer, so their cells and names can be read.
    const urban = codes.every((c) => this.#urban.includes(c));
    if (bounds)
      this.camera.fit(bounds, {
        animate,
        ...(urban ? { maxZoom: urbanFitMaxZoom, minZoom: urbanLabelMinZoom } : {}),
      });
  }

  readonly #urban = this.geo.townships.features
    .filter((f) => f.properties.kind === '街道')
    .map((f) => f.properties.code);

  /** The way in to the five small urban cells from any view (at the first view they are a few pixels). */
  showUrban = (): void => this.#fitTownships(this.#urban);

  /**
   * The camera for a link (at start, and on Back/Forward), derived for the screen at hand: the area the
   * user looked at, else the region, else the selected township (or a site's), else the county.
   */
  #showFromLink(before: UrlState | null): void {
    const { app, camera } = this;
    if (app.present) return; // the tour's step decides
    // Back/Forward over a change of metric or filter leaves the camera where it is.
    const where = (s: Pick<UrlState, 'bounds' | 'view' | 'region' | 'selection'>) =>
      JSON.stringify([s.bounds, s.view, s.region, s.selection]);
    if (before && where(before) === where(app)) return;
    const selected = app.selection;
    const site = selected?.kind === 'site' ? this.data.places.get(selected.id) : undefined;
    const township = selected?.kind === 'township' ? selected.code : site?.township;
    if (app.bounds) camera.showArea(app.bounds);
    else if (app.view) camera.jump(app.view);
    else if (app.region.length) this.#fitTownships(app.region, false);
    else if (township) this.#fitTownships([township], false);
    else camera.fit(this.geo.bounds, { maxZoom: null, animate: false });
  }

  #showTourStep(step: TourStep): void {
    if (step.kind === 'township') {
      this.app.selectTownship(step.code);
      this.app.tab = 'detail';
      this.#fitTownships([step.code]);
      return;
    }
    this.app.selection = null;
    this.app.tab = step.kind === 'overview' ? 'detail' : step.kind;
    // The pairings step draws lines to a mark beyond the county's east edge: both in view.
    const mark: Bounds = [this.baoshanMark, this.baoshanMark];
    const bounds = step.kind === 'pairings' ? unionBounds([this.geo.bounds, mark]) : this.geo.bounds;
    this.camera.fit(bounds ?? this.geo.bounds);
  }

  #stepLabel(step: TourStep | undefined): string {
    if (!step || step.kind === 'overview') return i18n.t('present.overview');
    if (step.kind === 'township') {
      const place = this.data.places.get(step.code);
      const headline = stepHeadline(
        this.model.filtered.activitiesByTownship.get(step.code) ?? [],
        i18n.locale,
      );
      return [place ? i18n.name(place) : step.code, headline].filter(Boolean).join(' · ');
    }
    return i18n.t(step.kind === 'pairings' ? 'present.pairings' : 'present.beyond');
  }
}
