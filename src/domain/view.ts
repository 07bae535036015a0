/** What is selected: one township (by official code), one site (by place id), or nothing. */
export type Selection = { kind: 'township'; code: string } | { kind: 'site'; id: string } | null;

/** The tabs of the detail column: a place's panel, the pairings, 会泽以外, and the source reader. */
export const detailTabs = ['detail', 'pairings', 'beyond', 'reader'] as const;
export type DetailTab = (typeof detailTabs)[number];

/** A camera position: centre and zoom. */
export interface CameraView {
  lon: number;
  lat: number;
  zoom: number;
}

export const projectorThemes = ['light', 'dark'] as const;
export type ProjectorTheme = (typeof projectorThemes)[number];

/** What a link may name (the ids in the data and on the map); anything else in it is dropped. */
export interface KnownIds {
  townships: ReadonlySet<string>;
  sites: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  years: ReadonlySet<number>;
  sources: ReadonlySet<string>;
  /** the records that cite a source (activities, pairings, people): where a reader link may point */
  records: ReadonlySet<string>;
}
