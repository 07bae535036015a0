/** The kinds of place drawn as a site symbol, one shape per kind. */
export const siteKinds = ['village', 'school', 'health-centre', 'base', 'old-town'] as const;
export type SiteKind = (typeof siteKinds)[number];

export const isSiteKind = (kind: string): kind is SiteKind => (siteKinds as readonly string[]).includes(kind);
