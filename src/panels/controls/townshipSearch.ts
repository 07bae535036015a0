import type { Place } from '../../data/schema';

/** "nà gū zhèn" → "naguzhen": tone marks and spaces dropped, lower case. */
export function plainPinyin(text: string): string {
  return text
    .replace(/[üǖǘǚǜ]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s'-]/g, '')
    .toLowerCase();
}

/** Whether a township matches what was typed: Chinese name, pinyin (with or without tones) or English. */
export function matchesQuery(place: Place, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (place.name_zh.includes(q)) return true;
  const qPlain = plainPinyin(q);
  if (!qPlain) return false;
  return plainPinyin(place.pinyin).includes(qPlain) || plainPinyin(place.name_en).includes(qPlain);
}

/**
 * Orders townships by a metric value, largest first; "no record" last; ties by official code, so the
 * order is stable. Categorical values sort by name with "no record" last.
 */
export function sortByValue(
  places: readonly Place[],
  values: ReadonlyMap<string, number | string | null>,
): Place[] {
  return [...places].sort((a, b) => {
    const va = values.get(a.id) ?? null;
    const vb = values.get(b.id) ?? null;
    if (va === null && vb !== null) return 1;
    if (vb === null && va !== null) return -1;
    if (typeof va === 'number' && typeof vb === 'number' && va !== vb) return vb - va;
    if (typeof va === 'string' && typeof vb === 'string' && va !== vb) return va.localeCompare(vb);
    return a.id.localeCompare(b.id);
  });
}
