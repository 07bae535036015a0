import type { MapGeoJSONFeature } from 'maplibre-gl';
import { layer, type LayerId } from '../layerOrder';
import type { BoxCorners } from './boxShare';

/** What a click means beyond "this feature". */
export interface ClickKind {
  /** Add to what is picked rather than replace it: shift, ctrl or ⌘ held, or a long press on touch. */
  additive: boolean;
}

/** What a layer does with the pointer; each layer registers its own through the map context. */
export interface PointerHandlers {
  /** The layer is the topmost interactive one under a click (or a long press). */
  click?: (feature: MapGeoJSONFeature, kind: ClickKind) => void;
  /** The layer's feature under the pointer, or null once the pointer has left it (called on change only). */
  hover?: (feature: MapGeoJSONFeature | null) => void;
  /**
   * The layer's features a shift-dragged box touches, and the box's corners in lng/lat, so the layer can
   * keep those mostly inside it (`boxShare`).
   */
  box?: (features: MapGeoJSONFeature[], corners: BoxCorners) => void;
}

/**
 * Whether a click adds to the selection: shift (the map's and the list's habit), ctrl (Windows, Linux) or
 * ⌘ (macOS), as in file managers and spreadsheets. Ctrl-click used to replace the selection. Pure.
 */
export function isAdditive(keys: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }): boolean {
  return keys.shiftKey || keys.ctrlKey || keys.metaKey;
}

/** Features sorted topmost first by their layer's place in `layerOrder` (then as MapLibre returned them). */
export function topmostFirst(features: readonly MapGeoJSONFeature[]): MapGeoJSONFeature[] {
  return features
    .map((feature, i) => ({ feature, i, z: layer(feature.layer.id).z }))
    .sort((a, b) => b.z - a.z || a.i - b.i)
    .map((x) => x.feature);
}

/** The first feature of each layer among `features` (topmost first). */
export function firstByLayer(features: readonly MapGeoJSONFeature[]): Map<LayerId, MapGeoJSONFeature> {
  const first = new Map<LayerId, MapGeoJSONFeature>();
  for (const f of features) {
    const id = f.layer.id as LayerId;
    if (!first.has(id)) first.set(id, f);
  }
  return first;
}

/** Features grouped by their layer, in the order given. */
export function groupByLayer(features: readonly MapGeoJSONFeature[]): Map<LayerId, MapGeoJSONFeature[]> {
  const groups = new Map<LayerId, MapGeoJSONFeature[]>();
  for (const f of features) {
    const id = f.layer.id as LayerId;
    groups.set(id, [...(groups.get(id) ?? []), f]);
  }
  return groups;
}

/** A point in the map's container, in CSS pixels. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Long press on touch: held this long without moving further than `slopPx` adds to the selection, as
 * shift-click does with a mouse. After the finger lifts, a tap the browser may still send within
 * `swallowMs` belongs to the press and is not a click.
 */
export const longPress = { ms: 500, slopPx: 10, swallowMs: 800 } as const;

export type PressState =
  | { phase: 'idle' }
  | { phase: 'pressing'; start: ScreenPoint }
  /** The long press has fired; the finger is still down. */
  | { phase: 'held' }
  | { phase: 'lifted'; until: number };

export type PressEvent =
  | { type: 'start'; point: ScreenPoint; touches: number }
  | { type: 'move'; point: ScreenPoint }
  | { type: 'end'; at: number }
  /** The long-press timer (started on entering "pressing") ran out. */
  | { type: 'elapsed' }
  | { type: 'click'; at: number };

export interface PressStep {
  state: PressState;
  /** Where to act as an additive click now: the long press fired. */
  longPressAt?: ScreenPoint;
  /** This click is the tail of a long press: drop it. */
  swallow?: boolean;
}

/** One step of the long-press decision, from the state and a touch (or click) event. Pure. */
export function pressStep(state: PressState, event: PressEvent): PressStep {
  switch (event.type) {
    case 'start':
      // A second finger is a pinch, not a press; a new touch also ends what a lifted press swallows.
      return { state: event.touches === 1 ? { phase: 'pressing', start: event.point } : { phase: 'idle' } };
    case 'move':
      if (state.phase !== 'pressing') return { state };
      return {
        state:
          Math.hypot(event.point.x - state.start.x, event.point.y - state.start.y) > longPress.slopPx
            ? { phase: 'idle' }
            : state,
      };
    case 'elapsed':
      return state.phase === 'pressing' ? { state: { phase: 'held' }, longPressAt: state.start } : { state };
    case 'end':
      if (state.phase === 'held')
        return { state: { phase: 'lifted', until: event.at + longPress.swallowMs } };
      return { state: state.phase === 'pressing' ? { phase: 'idle' } : state };
    case 'click':
      if (state.phase === 'held') return { state, swallow: true };
      if (state.phase === 'lifted' && event.at <= state.until)
        return { state: { phase: 'idle' }, swallow: true };
      return { state: state.phase === 'lifted' ? { phase: 'idle' } : state };
  }
}
