import {
  classificationMethods,
  detailTabs,
  metricIds,
  projectorThemes,
  type CameraView,
  type ClassificationMethod,
  type DetailTab,
  type KnownIds,
  type Locale,
  type MetricId,
  type ProjectorTheme,
  type Selection,
} from '../domain';
import type { Bounds } from '../geo/bounds';

/** Everything the address bar holds. Ids only: panels derive their content from the data. */
export interface UrlState {
  locale: Locale;
  metric: MetricId;
  method: ClassificationMethod;
  selection: Selection;
  categories: string[];
  actors: string[];
  years: number[];
  /** Source ids (sources.json) the records shown cite; empty = all. */
  sources: string[];
  /**
   * What the user looked at after moving the map themselves (west, south, east, north): a link shows the
   * same area on any screen. Absent when the view is the one the selection or region gives.
   */
  bounds: Bounds | null;
  /** A centre and zoom, as links made before `bounds` existed hold them (read, and written until a move). */
  view: CameraView | null;
  table: boolean;
  /** The detail column's tab. */
  tab: DetailTab;
  /** A regional view: several townships fitted together, the rest dimmed (sorted codes; empty = none). */
  region: string[];
  /** The name the user gave that region, so a saved link keeps it (plain text, at most 40 characters). */
  regionName: string | null;
  /** Presentation mode: chrome hidden, large type, and the tour step a talk resumes at. */
  present: boolean;
  step: number;
  theme: ProjectorTheme;
  /**
   * The source the reader shows (tab 'reader'): a link names it so that it opens the report (`read=`);
   * null while the reader shows its default (the source filter's choice).
   */
  read: string | null;
  /** The record whose phrase the reader is scrolled to and marks (`at=`, only with `read=`). */
  at: string | null;
}

/** Longest region name kept from a URL; longer ones are cut, not rejected. */
const regionNameMax = 40;
/** Highest tour step a URL may ask for; the app clamps it to the tour's real length. */
const stepMax = 999;

export type { KnownIds };

export const defaultState: UrlState = {
  locale: 'zh-CN',
  metric: 'activities',
  method: 'quantile',
  selection: null,
  categories: [],
  actors: [],
  years: [],
  sources: [],
  bounds: null,
  view: null,
  table: false,
  tab: 'detail',
  region: [],
  regionName: null,
  present: false,
  step: 0,
  theme: 'light',
  read: null,
  at: null,
};

/** Where a view may be: a generous box around Huize, zooms the map allows. */
const viewLimits = { lon: [100, 107], lat: [23, 30], zoom: [4, 16] } as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function list(value: string | null, known: ReadonlySet<string>): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((v) => known.has(v)))].sort();
}

/** One known id, or null. */
function one(value: string | null, known: ReadonlySet<string>): string | null {
  return value !== null && known.has(value) ? value : null;
}

function parseView(value: string | null): CameraView | null {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== 3) return null;
  const [lon, lat, zoom] = parts.map((p) => (/^-?\d{1,3}(\.\d{1,8})?$/.test(p) ? Number(p) : NaN)) as [
    number,
    number,
    number,
  ];
  const within = (v: number, [lo, hi]: readonly [number, number]) => Number.isFinite(v) && v >= lo && v <= hi;
  if (!within(lon, viewLimits.lon) || !within(lat, viewLimits.lat) || !within(zoom, viewLimits.zoom))
    return null;
  return { lon, lat, zoom };
}

function parseBounds(value: string | null): Bounds | null {
  if (!value) return null;
  const parts = value.split(',');
  if (parts.length !== 4) return null;
  const [w, s, e, n] = parts.map((p) => (/^-?\d{1,3}(\.\d{1,8})?$/.test(p) ? Number(p) : NaN)) as [
    number,
    number,
    number,
    number,
  ];
  const inside = (v: number, [lo, hi]: readonly [number, number]) => Number.isFinite(v) && v >= lo && v <= hi;
  if (![w, e].every((x) => inside(x, viewLimits.lon)) || ![s, n].every((y) => inside(y, viewLimits.lat)))
    return null;
  // A box of at least about 100 m: anything smaller is not a view a user made.
  if (e - w < 0.001 || n - s < 0.001) return null;
  return [
    [w, s],
    [e, n],
  ];
}

function parseSelection(value: string | null, known: KnownIds): Selection {
  if (!value) return null;
  if (known.townships.has(value)) return { kind: 'township', code: value };
  if (value.startsWith('site:') && known.sites.has(value.slice(5)))
    return { kind: 'site', id: value.slice(5) };
  return null;
}

function parseRegionName(value: string | null): string | null {
  if (!value) return null;
  // Control characters have no place in a title; everything else is shown as text, never as markup.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return text ? [...text].slice(0, regionNameMax).join('') : null;
}

function parseStep(value: string | null): number {
  if (!value || !/^\d{1,3}$/.test(value)) return 0;
  return Math.min(Number(value), stepMax);
}

/**
 * Reads a URL hash ("#m=aid&sel=530326102…"). Never throws: anything unknown, malformed or out of range falls
 * back to the default for that field alone.
 */
export function parseUrlState(hash: string, known: KnownIds): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, '').slice(0, 2000));
  } catch {
    return { ...defaultState };
  }
  const years = list(params.get('year'), new Set([...known.years].map(String))).map(Number);
  // A link to the report opens the reader on it, whatever `tab` says; `at` only points into a report so named.
  const read = one(params.get('read'), known.sources);
  const at = read === null ? null : one(params.get('at'), known.records);
  return {
    locale: params.get('lang') === 'en' ? 'en' : 'zh-CN',
    metric: oneOf(params.get('m'), metricIds, defaultState.metric),
    method: oneOf(params.get('cls'), classificationMethods, defaultState.method),
    selection: parseSelection(params.get('sel'), known),
    categories: list(params.get('cat'), known.categories),
    actors: list(params.get('actor'), known.actors),
    years: years.sort((a, b) => a - b),
    sources: list(params.get('src'), known.sources),
    bounds: parseBounds(params.get('b')),
    view: parseView(params.get('v')),
    table: params.get('table') === '1',
    tab: read !== null ? 'reader' : oneOf(params.get('tab'), detailTabs, defaultState.tab),
    region: list(params.get('r'), known.townships),
    regionName: parseRegionName(params.get('rn')),
    present: params.get('present') === '1',
    step: parseStep(params.get('step')),
    theme: oneOf(params.get('theme'), projectorThemes, defaultState.theme),
    read,
    at,
  };
}

const round = (v: number, digits: number) => String(Number(v.toFixed(digits)));

/** Writes only what differs from the default, in a fixed order, so equal states give equal URLs. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.locale !== defaultState.locale) params.set('lang', 'en');
  if (state.metric !== defaultState.metric) params.set('m', state.metric);
  if (state.method !== defaultState.method) params.set('cls', state.method);
  if (state.selection) {
    params.set(
      'sel',
      state.selection.kind === 'township' ? state.selection.code : `site:${state.selection.id}`,
    );
  }
  if (state.categories.length) params.set('cat', [...state.categories].sort().join(','));
  if (state.actors.length) params.set('actor', [...state.actors].sort().join(','));
  if (state.years.length) params.set('year', [...state.years].sort((a, b) => a - b).join(','));
  if (state.sources.length) params.set('src', [...state.sources].sort().join(','));
  if (state.bounds)
    params.set(
      'b',
      state.bounds
        .flat()
        .map((v) => round(v, 4))
        .join(','),
    );
  if (state.view) {
    params.set(
      'v',
      [round(state.view.lon, 4), round(state.view.lat, 4), round(state.view.zoom, 2)].join(','),
    );
  }
  if (state.table) params.set('table', '1');
  // The reader on a named source is written as that source (`read=` implies the tab), else as its tab.
  const reading = state.tab === 'reader' ? state.read : null;
  if (reading !== null) {
    params.set('read', reading);
    if (state.at !== null) params.set('at', state.at);
  } else if (state.tab !== defaultState.tab) params.set('tab', state.tab);
  if (state.region.length) params.set('r', [...state.region].sort().join(','));
  if (state.regionName) params.set('rn', state.regionName);
  if (state.present) params.set('present', '1');
  if (state.step !== defaultState.step) params.set('step', String(state.step));
  if (state.theme !== defaultState.theme) params.set('theme', state.theme);
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return text ? `#${text}` : '';
}
