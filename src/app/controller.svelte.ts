import { untrack } from 'svelte';
import { type DetailTab } from '../domain';
import { loadAppData } from '../data/appData';
import { isFiltered } from '../data/filters';
import { joinGeo } from '../data/geoJoin';
import { matchRegion, type NamedRegion } from '../data/regions';
import { loadGeo } from '../geo/loadGeo';
import { i18n } from '../i18n/i18n.svelte';
import { Camera, type Padding } from '../map/interaction/camera.svelte';
import { mapThemeName, mapThemes } from '../map/theme';
import { clampStep, tourSteps, type TourStep } from '../present/tour';
import { AppState } from '../state/appState.svelte';
import { MapModel } from '../state/model.svelte';
import { urlSync } from '../state/urlSync';
import { exportInputs } from './exportInputs';
import { viewSubject } from './subject';

/** Room around what the camera fits at a desk. The home view leaves more on the left, for the legend. */
const deskPadding: Padding = { top: 40, right: 40, bottom: 40, left: 40 };
const homePadding: Padding = { top: 44, right: 56, bottom: 28, left: 180 };

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
  readonly camera = new Camera({ bounds: this.geo.bounds, padding: homePadding });
  readonly schematic = this.geo.townships.precision === 'schematic';

  filtersOpen = $state(false);
  exportOpen = $state(false);
  /** While an export draws the map: no hover, no dimming. */
  exporting = $state(false);
  mapFailed = $state(false);
  detailTab = $state<DetailTab>('detail');
  /**
   * In a talk the legend (left) and the presenter bar (bottom) sit over the map: fits leave room for them as
   * they are measured (both wrap differently on every projector).
   */
  stripLegendWidth = $state(240);
  stripBarHeight = $state(120);

  readonly selectedTownship = $derived(
    this.app.selection?.kind === 'township' ? this.app.selection.code : null,
  );
  readonly selectedSite = $derived(this.app.selection?.kind === 'site' ? this.app.selection.id : null);
  readonly filterCount = $derived(
    this.app.categories.length + this.app.actors.length + this.app.years.length,
  );
  readonly filtered = $derived(isFiltered(this.app));
  readonly namedRegion = $derived(matchRegion(this.join.regions, this.app.region));
  readonly regionBounds = $derived(this.join.boundsOfTownships(this.app.region));
  readonly mapTheme = $derived(mapThemes[mapThemeName(this.app.present, this.app.theme)]);
  readonly tour = $derived(tourSteps(this.model.filtered.activitiesByTownship));
  readonly stepIndex = $derived(clampStep(this.app.step, this.tour.length));
  readonly stepLabel = $derived(this.#stepLabel(this.tour[this.stepIndex]));
  readonly subject = $derived(viewSubject(this.app, this.data.places, i18n));
  readonly exportInputs = $derived(exportInputs(this));
  readonly #padding = $derived<Padding>(
    this.app.present
      ? { top: 64, right: 48, bottom: this.stripBarHeight + 80, left: this.stripLegendWidth + 32 }
      : deskPadding,
  );

  /** Starts the effects that keep URL, document and camera in step; call once, from App's setup. */
  connect(): () => void {
    const sync = urlSync(this.app, this.join.known);
    this.camera.onmove = (view) => (this.app.view = view);
    $effect(() => sync.write());
    $effect(() => {
      document.documentElement.lang = i18n.locale;
    });
    $effect(() => {
      document.documentElement.classList.toggle('presenting', this.app.present);
      document.documentElement.dataset.theme = this.app.present ? this.app.theme : 'light';
    });
    $effect(() => this.camera.setPadding(this.#padding));
    // A view that differs from the camera came from outside (a link, Back/Forward): go there.
    $effect(() => {
      if (this.app.view) this.camera.jump(this.app.view);
    });
    // The tour drives the view from the step alone, so a URL with `present=1&step=n` resumes a talk.
    $effect(() => {
      if (!this.app.present) return;
      const step = this.tour[this.stepIndex];
      untrack(() => {
        if (this.app.step !== this.stepIndex) this.app.step = this.stepIndex;
        if (step) this.#showTourStep(step);
      });
    });
    return sync.stop;
  }

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

  /** Fullscreen can only be asked for inside the click that starts the presentation. */
  startPresenting = (): void => {
    void document.documentElement.requestFullscreen?.().catch(() => {});
    this.filtersOpen = false;
    this.exportOpen = false;
    this.app.table = false;
    this.app.present = true;
  };

  stopPresenting = (): void => {
    this.app.present = false;
    this.app.step = 0;
  };

  #fitTownships(codes: readonly string[]): void {
    const bounds = this.join.boundsOfTownships(codes);
    if (bounds) this.camera.fit(bounds);
  }

  #showTourStep(step: TourStep): void {
    if (step.kind === 'township') {
      this.app.selectTownship(step.code);
      this.detailTab = 'detail';
      this.#fitTownships([step.code]);
      return;
    }
    this.app.selection = null;
    this.detailTab = step.kind === 'overview' ? 'detail' : step.kind;
    this.camera.fit(this.geo.bounds);
  }

  #stepLabel(step: TourStep | undefined): string {
    if (!step || step.kind === 'overview') return i18n.t('present.overview');
    if (step.kind === 'township') {
      const place = this.data.places.get(step.code);
      return place ? i18n.name(place) : step.code;
    }
    return i18n.t(step.kind === 'pairings' ? 'present.pairings' : 'present.beyond');
  }
}
