/** User-facing text of the panels components; merged into the main dictionary in ../messages.ts. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
