/** User-facing text of the table components; merged into the main dictionary in ../messages.ts. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
