/** What is selected: one township (by official code), one site (by place id), or nothing. */
export type Selection = { kind: 'township'; code: string } | { kind: 'site'; id: string } | null;

/** The tabs of the detail column. */
export const detailTabs = ['detail', 'pairings', 'beyond'] as const;
export type DetailTab = (typeof detailTabs)[number];

/** A camera position: centre and zoom. */
export interface CameraView {
  lon: number;
  lat: number;
  zoom: number;
}

export const projectorThemes = ['light', 'dark'] as const;
export type ProjectorTheme = (typeof projectorThemes)[number];
