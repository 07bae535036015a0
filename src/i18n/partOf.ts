/**
 * The description of an "of which" part without its own leading 其中 / "of which" / "of whom", since the
 * panel and the brief already write 其中 / "of which" before the figure ("其中 1 万余户 贫困户", not
 * "其中 … 其中贫困户").
 */
export function partDescription(what: string): string {
  const stripped = what.replace(/^(?:其中|of (?:which|whom)\b[\s,:]*)/i, '').trim();
  return stripped === '' ? what : stripped;
}
