/**
 * Names of the files the desk saves: after the data shown (the opened workbook's name, or the map's own for
 * the published data) and the day it is saved, e.g. 新报道-2026-12-07.html.
 */

/** A workbook's name without its extension and without the characters file systems refuse. */
export function stemOf(fileName: string): string {
  const visible = [...fileName].map((c) => (c < ' ' ? '-' : c)).join('');
  return visible
    .replace(/\.[^.]*$/, '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/^[-\s]+|[-\s]+$/g, '');
}

/** The local date as yyyy-mm-dd (the day the person saves, on their own clock). */
export function dayOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function savedName(base: string, date: Date, extension: string, part?: string): string {
  return [base, part, dayOf(date)].filter((s) => s).join('-') + `.${extension}`;
}
