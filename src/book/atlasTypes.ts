/** What the atlas is made from (atlasInput makes it from the view) and the user's choice of townships. */
import type { MetricId } from '../domain';
import type { Bounds } from '../geo/bounds';
import type { HuizeData } from '../data/load';
import type { TownshipMetrics } from '../data/metrics';
import type { NotAttributable, RegionTotals } from '../data/regionTotals';
import type { Source } from '../data/schema';
import type { Brief, BriefSubject } from '../brief';
import type { LegendBlock } from './blocks';
import type { Words } from './atlasText';

export type AtlasChoice =
  | { kind: 'records' }
  | { kind: 'county' }
  | { kind: 'region'; codes: readonly string[]; name: string }
  | { kind: 'list'; codes: readonly string[] };

export interface AtlasInput extends Words {
  /** The data as the map shows it (after the filters). */
  data: HuizeData;
  /** townshipMetrics of that data. */
  metrics: ReadonlyMap<string, TownshipMetrics>;
  /** regionTotals of that data and metrics, for `codes`. */
  regionTotals: (codes: readonly string[]) => RegionTotals;
  /** What no township holds (county-wide and unproven-township records). */
  apart: NotAttributable;
  metric: MetricId;
  /** The map's legend as the export states it (classes, method, notes). */
  legend: Omit<LegendBlock, 'kind'>;
  /** The active filters in words, or null. */
  filters: string | null;
  /** The subtitle line ("上海市宝山区 — 云南省会泽县，2017–2019 年"). */
  subtitle: string;
  /** The document's title. */
  title: string;
  schematic: boolean;
  bounds: (codes: readonly string[]) => Bounds | null;
  countyBounds: Bounds;
  /** YYYY-MM-DD */
  date: string;
  /** One line per source used (the export's source lines). */
  sourceLines: readonly string[];
  sources?: readonly { source: Source; years: readonly number[] }[];
  brief: (subject: BriefSubject) => Brief;
  choice: AtlasChoice;
}
