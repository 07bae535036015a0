import type { HuizeData } from '../data/join';
import { unionBounds, type Bounds } from '../geo/bounds';
import { i18n } from '../i18n/i18n.svelte';
import { joinParts } from '../i18n/lists';
import { stepHeadline } from '../present/headline';
import { clampStep, tourSteps, type TourStep } from '../present/tour';
import type { AppState } from '../state/appState.svelte';
import type { MapModel } from '../state/model.svelte';
import type { SelectTarget, SelectOptions } from '../state/selectRules';
import type { Padding } from '../map/interaction/camera.svelte';

/**
 * Bottom and left are the overlays': the county stands clear of the presenter bar and of the legend beside
 * it (a legend over the county would hide townships); top and right have only small notes.
 */
const overviewPadding: Partial<Padding> = { top: 24, right: 24 };

interface TourDeps {
  app: AppState;
  model: MapModel;
  data: () => HuizeData;
  /** The county's bounds and the Baoshan mark beyond its east edge (the pairings step shows both). */
  county: Bounds;
  baoshanMark: [number, number];
  /** The app's select action (state, then camera). */
  select: (target: SelectTarget, options: SelectOptions) => void;
  /** Fits bounds that are not townships (the county with the Baoshan mark): the camera's fit. */
  fit: (bounds: Bounds, options: { padding?: Partial<Padding>; maxZoom?: number | null }) => void;
  /** The talk closes what would cover its map; fullscreen is asked for in the click that starts it. */
  onstart: () => void;
}

/**
 * The presentation tour: its steps come from the shown data, and a step is shown by the same select action
 * every other way in uses, when the presenter moves to it (or a link resumes a talk at it).
 */
export class Tour {
  readonly #deps: TourDeps;
  readonly steps = $derived.by(() => tourSteps(this.#deps.model.filtered.activitiesByTownship));
  readonly index = $derived.by(() => clampStep(this.#deps.app.step, this.steps.length));
  readonly label = $derived.by(() => this.#label(this.steps[this.index]));

  constructor(deps: TourDeps) {
    this.#deps = deps;
  }

  start = (): void => {
    this.#deps.onstart();
    this.#deps.app.setPresenting(true);
    this.goTo(this.#deps.app.step);
  };

  stop = (): void => this.#deps.app.setPresenting(false);

  /** Moves the talk to a step (kept inside the tour) and shows it. */
  goTo = (step: number): void => {
    const { app } = this.#deps;
    const index = clampStep(step, this.steps.length);
    app.setStep(index);
    const shown = this.steps[index];
    if (shown) this.#show(shown);
  };

  #show(step: TourStep): void {
    const { select, fit, county, baoshanMark } = this.#deps;
    if (step.kind === 'township') {
      select({ kind: 'township', code: step.code }, { via: 'tour', tab: 'detail' });
      return;
    }
    select({ kind: 'none' }, { via: 'tour', tab: step.kind === 'overview' ? 'detail' : step.kind });
    // The pairings step draws lines to a mark beyond the county's east edge: both in view.
    const mark: Bounds = [baoshanMark, baoshanMark];
    // The county fills its half of the projector, clear of the legend and presenter bar, with no zoom
    // limit (that is for selections).
    fit(step.kind === 'pairings' ? (unionBounds([county, mark]) ?? county) : county, {
      padding: overviewPadding,
      maxZoom: null,
    });
  }

  #label(step: TourStep | undefined): string {
    if (!step || step.kind === 'overview') return i18n.t('present.overview');
    if (step.kind === 'township') {
      const place = this.#deps.data().places.get(step.code);
      const headline = stepHeadline(
        this.#deps.model.filtered.activitiesByTownship.get(step.code) ?? [],
        i18n.locale,
      );
      return joinParts(i18n.t, [place ? i18n.name(place) : step.code, headline]);
    }
    return i18n.t(step.kind === 'pairings' ? 'present.pairings' : 'present.beyond');
  }
}
