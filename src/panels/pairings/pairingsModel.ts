/**
 * Pure logic of the Pairings view and the "Beyond Huize" inset: grouping pairings by level, the row layout
 * of the two-column diagram, connector paths, and which places the crayfish-spread list shows.
 */
import { localField, PairingLevel as PairingLevelSchema, type Locale } from '../../domain';
import type { HuizeData } from '../../data/load';
import type {
  Activity,
  Count,
  Organisation,
  Pairing,
  PairingLevel,
  PairingSide,
  Place,
} from '../../data/schema';

/** Levels in the order the diagram lists them: the schema's order, from district↔county down. */
export const LEVEL_ORDER: readonly PairingLevel[] = PairingLevelSchema.options;

/** Pairings between counted groups (27 villages and 58 enterprises ↔ 104 villages): not one-to-one links. */
const AGGREGATE_LEVELS: ReadonlySet<PairingLevel> = new Set(['villages-and-enterprises-to-villages']);

export const isAggregate = (p: Pairing): boolean => AGGREGATE_LEVELS.has(p.level);

export interface LevelGroup {
  level: PairingLevel;
  pairings: Pairing[];
}

/** Non-empty groups in LEVEL_ORDER; within a group, the order of the input (file order). */
export function groupByLevel(pairings: Iterable<Pairing>): LevelGroup[] {
  const list = [...pairings];
  return LEVEL_ORDER.map((level) => ({ level, pairings: list.filter((p) => p.level === level) })).filter(
    (g) => g.pairings.length > 0,
  );
}

/** Splits the pairings into those drawn as links and the aggregate ones shown as county-wide blocks. */
export function splitPairings(pairings: Iterable<Pairing>): { linked: Pairing[]; aggregate: Pairing[] } {
  const list = [...pairings];
  return { linked: list.filter((p) => !isAggregate(p)), aggregate: list.filter(isAggregate) };
}

/** The Huize township codes a side names (township place records are keyed by their code). */
export function townshipCodesOf(side: PairingSide, places: ReadonlyMap<string, Place>): string[] {
  return side.places.filter((id) => places.get(id)?.kind === 'township');
}

/** Two sides are one node when they name the same bodies and places (e.g. 会泽县 in two pairings). */
export function sideKey(column: 'baoshan' | 'huize', side: PairingSide): string {
  const ids = [...side.organisations, ...side.places];
  return `${column}:${ids.length > 0 ? ids.join('|') : side.label_zh}`;
}

export interface LayoutOptions {
  /** height of a level heading band */
  headingHeight: number;
  /** height of one pairing row */
  rowHeight: number;
  /** space between level groups */
  groupGap: number;
}

export const defaultLayout: LayoutOptions = { headingHeight: 24, rowHeight: 60, groupGap: 8 };

export interface DiagramNode {
  key: string;
  column: 'baoshan' | 'huize';
  side: PairingSide;
  /** centre of the node */
  y: number;
  pairingIds: string[];
}

export interface DiagramLink {
  pairing: Pairing;
  from: string;
  to: string;
  /** centre of the pairing's row */
  y: number;
  /** the path in a connector column 0…100 wide */
  d: string;
}

export interface DiagramLayout {
  height: number;
  headings: { level: PairingLevel; y: number }[];
  nodes: DiagramNode[];
  links: DiagramLink[];
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A connector from the left column at y1 to the right column at y2, across a column `width` wide: a
 * straight line when the rows match, an S-curve (cubic Bézier with horizontal tangents) when they do not.
 */
export function connectorPath(y1: number, y2: number, width = 100): string {
  if (y1 === y2) return `M0 ${r1(y1)}H${r1(width)}`;
  const mid = r1(width / 2);
  return `M0 ${r1(y1)}C${mid} ${r1(y1)} ${mid} ${r1(y2)} ${r1(width)} ${r1(y2)}`;
}

/**
 * Lays out the linked pairings: per level group, a heading band and then one row per pairing. A node
 * shared by several pairings sits at the mean of their rows, so its connectors fan out.
 */
export function layoutDiagram(groups: readonly LevelGroup[], options: LayoutOptions = defaultLayout) {
  const headings: DiagramLayout['headings'] = [];
  const rows: { pairing: Pairing; y: number }[] = [];
  let y = 0;
  groups.forEach((group, i) => {
    if (i > 0) y += options.groupGap;
    headings.push({ level: group.level, y: y + options.headingHeight / 2 });
    y += options.headingHeight;
    for (const pairing of group.pairings) {
      rows.push({ pairing, y: y + options.rowHeight / 2 });
      y += options.rowHeight;
    }
  });

  const nodes = new Map<string, DiagramNode & { ys: number[] }>();
  const addNode = (column: 'baoshan' | 'huize', side: PairingSide, row: { pairing: Pairing; y: number }) => {
    const key = sideKey(column, side);
    const node = nodes.get(key) ?? { key, column, side, y: 0, ys: [], pairingIds: [] };
    node.ys.push(row.y);
    node.pairingIds.push(row.pairing.id);
    nodes.set(key, node);
    return key;
  };
  const pending = rows.map((row) => ({
    row,
    from: addNode('baoshan', row.pairing.baoshan_side, row),
    to: addNode('huize', row.pairing.huize_side, row),
  }));
  const finalNodes: DiagramNode[] = [...nodes.values()].map(({ ys, ...node }) => ({
    ...node,
    y: r1(ys.reduce((a, b) => a + b, 0) / ys.length),
  }));
  const yOf = new Map(finalNodes.map((n) => [n.key, n.y]));
  const links: DiagramLink[] = pending.map(({ row, from, to }) => ({
    pairing: row.pairing,
    from,
    to,
    y: row.y,
    d: connectorPath(yOf.get(from)!, yOf.get(to)!),
  }));
  return { height: y, headings, nodes: finalNodes, links } satisfies DiagramLayout;
}

/** A side's label in the current language. */
export const sideLabel = (side: PairingSide, locale: Locale): string => localField(side, 'label', locale);

/** True when the report's own word for the relation is not 结对 (pairing), e.g. the labour agreement. */
export const notCalledPairing = (p: Pairing): boolean => !p.relation_zh.includes('结对');

// ---------------------------------------------------------------------------------------------------
// Beyond Huize

/** The activity whose places the inset shows, and the place the crayfish company came from. */
export const SPREAD_ACTIVITY_ID = 'act-industry-crayfish-spread';
const ORIGIN_PLACE_ID = 'place-qianjiang';

export interface SpreadItem {
  place: Place;
  /** the point the data gives, or null: listed as "no citable position" */
  location: { lon: number; lat: number } | null;
}

export interface BeyondModel {
  activity: Activity;
  items: SpreadItem[];
  origin: { place: Place; organisation: Organisation; activity: Activity } | null;
}

/**
 * The places of the crayfish-spread activity, in the report's order, and the company's home (潜江): the
 * activity one of whose actors is based there.
 */
export function beyondModel(data: HuizeData): BeyondModel {
  const activity = data.activities.get(SPREAD_ACTIVITY_ID);
  if (!activity) throw new Error(`${SPREAD_ACTIVITY_ID} is missing from data/activities.json`);
  const items = activity.places.map((id) => {
    const place = data.places.get(id);
    if (!place) throw new Error(`${SPREAD_ACTIVITY_ID}: unknown place ${id}`);
    return { place, location: place.location ? { lon: place.location.lon, lat: place.location.lat } : null };
  });
  const originPlace = data.places.get(ORIGIN_PLACE_ID);
  let origin: BeyondModel['origin'] = null;
  if (originPlace) {
    for (const a of data.activities.values()) {
      const organisation = a.actors
        .map((id) => data.organisations.get(id))
        .find((o) => o?.place === ORIGIN_PLACE_ID);
      if (organisation) {
        origin = { place: originPlace, organisation, activity: a };
        break;
      }
    }
  }
  return { activity, items, origin };
}

/**
 * A short name for a map label. en: the name before the first space or comma (Luquan Yi and Miao
 * Autonomous County → Luquan). zh: as many characters of name_zh as that en stem has syllables in the
 * record's pinyin (禄劝彝族苗族自治县, lù quàn yí zú … → 禄劝), so no list of ethnic names is needed; the full
 * name when the pinyin does not spell the en stem.
 */
export function shortPlaceName(place: Pick<Place, 'name_zh' | 'name_en' | 'pinyin'>, locale: Locale): string {
  const en = place.name_en.split(/[ ,(]/)[0] || place.name_en;
  if (locale === 'en') return en;
  const target = en.toLowerCase().replace(/[^a-z]/g, '');
  const syllables = place.pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/\s+/);
  let spelled = '';
  for (const [i, syllable] of syllables.entries()) {
    spelled += syllable.replace(/[^a-z]/g, '');
    if (spelled === target) return [...place.name_zh].slice(0, i + 1).join('');
    if (spelled.length >= target.length) break;
  }
  return place.name_zh;
}

/**
 * The counts of an aggregate pairing by side, from their keys (baoshan-villages, huize-villages…); a count
 * whose key names neither side is kept apart rather than guessed.
 */
export function countsBySide(p: Pairing): { baoshan: Count[]; huize: Count[]; other: Count[] } {
  return {
    baoshan: p.counts.filter((c) => c.key.startsWith('baoshan-')),
    huize: p.counts.filter((c) => c.key.startsWith('huize-')),
    other: p.counts.filter((c) => !c.key.startsWith('baoshan-') && !c.key.startsWith('huize-')),
  };
}
