/**
 * Matching features to the 25 official units: a field holding the 9-digit code (or its 12-digit form), else
 * any field holding the name, compared as a stem (simplified characters, no county prefix, no 乡/镇/街道
 * suffix). Every unit exactly once, with a polygon geometry.
 */
import type { Feature, Position } from 'geojson';
import * as OpenCC from 'opencc-js';
import type { TownshipUnit } from '../units';
import { ImportError } from './error';
import { polygonsIn } from './read';

export interface Matched {
  polygons: Position[][][];
  /** 'code', or the name that matched (`name "娜姑镇"`). */
  matchedBy: string;
}

const toSimplified = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];

/** 娜姑鎮 → 娜姑, 新街回族乡 → 新街, 会泽县古城街道办事处 → 古城: the stem that names a unit. */
export function nameStem(name: string): string {
  let s = name.normalize('NFKC').replace(/\s+/g, '');
  for (const convert of toSimplified) s = convert(s);
  return s
    .replace(/^(云南省)?(曲靖市)?(会泽县)?/, '')
    .replace(/(街道办事处|街道办|街道|办事处|回族乡|民族乡|镇|乡)$/, '');
}

/** A Huize township code of the feature's fields, or else the first value that looks like a division code. */
function codeFrom(
  properties: Record<string, unknown>,
  codes: Set<string>,
): { code: string | null; unknown: string | null } {
  let unknown: string | null = null;
  for (const value of Object.values(properties)) {
    const s = String(value ?? '').trim();
    // 9-digit township codes, also as the 12-digit statistical form (530326102000).
    const m = /^(530326\d{3})(000)?$/.exec(s);
    if (m && codes.has(m[1]!)) return { code: m[1]!, unknown: null };
    if (/^\d{9}(?:\d{3})?$/.test(s)) unknown ??= s;
  }
  return { code: null, unknown };
}

function nameFrom(
  properties: Record<string, unknown>,
  stems: Map<string, string>,
): { code: string | null; name: string | null } {
  let firstName: string | null = null;
  for (const value of Object.values(properties)) {
    if (typeof value !== 'string' || !/\p{Script=Han}/u.test(value)) continue;
    firstName ??= value;
    const code = stems.get(nameStem(value));
    if (code) return { code, name: value };
  }
  return { code: null, name: firstName };
}

/**
 * Each unit's polygons by code; an ImportError lists every feature that matches nothing or twice. When the
 * names' encoding was guessed (a .dbf without .cpg) and not one feature matches, the guess is named instead.
 */
export function matchFeatures(
  features: Feature[],
  units: TownshipUnit[],
  encoding?: { label: string; guessed: boolean },
  warnings: string[] = [],
): Map<string, Matched> {
  const codes = new Set(units.map((u) => u.code));
  const stems = new Map(units.map((u) => [nameStem(u.name_zh), u.code]));
  const nameOf = (code: string) => units.find((u) => u.code === code)!.name_zh;
  const byCode = new Map<string, Matched>();
  const problems: string[] = [];
  const disagree: string[] = [];
  features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const { code, unknown } = codeFrom(props, codes);
    const byName = nameFrom(props, stems);
    // Swapped codes would put each shape on the other township: neither field is trusted over the other.
    if (code && byName.code && code !== byName.code) {
      disagree.push(
        `feature ${i + 1}: its code ${code} is ${nameOf(code)} but its name "${byName.name}" is ${nameOf(byName.code)} (${byName.code})`,
      );
      return;
    }
    if (!code && unknown && byName.code)
      warnings.push(
        `feature ${i + 1}: code ${unknown} is not a township of Huize; matched by its name "${byName.name}" to ${nameOf(byName.code)} (${byName.code})`,
      );
    const which = code ?? byName.code;
    const label = byName.name ?? (code ? code : `feature ${i + 1}`);
    if (!which) {
      problems.push(
        `feature ${i + 1} (${byName.name ?? JSON.stringify(props).slice(0, 80)}) matches no township of Huize by code or name`,
      );
      return;
    }
    const polygons = polygonsIn(f.geometry);
    if (!polygons) {
      problems.push(`${label}: geometry is ${f.geometry?.type ?? 'missing'}, not a polygon`);
      return;
    }
    if (byCode.has(which)) {
      problems.push(`${units.find((u) => u.code === which)!.name_zh} (${which}) appears more than once`);
      return;
    }
    byCode.set(which, { polygons, matchedBy: code ? 'code' : `name "${byName.name}"` });
  });
  if (disagree.length > 0)
    throw new ImportError(
      'code-name',
      `the code and the name of a feature name two different townships: ${disagree.join('; ')}; correct the file`,
    );
  if (byCode.size === 0 && encoding?.guessed)
    throw new ImportError(
      'unknown-encoding',
      `no feature matches a township, with the .dbf text decoded as ${encoding.label} for want of a .cpg (first names read: ${features
        .slice(0, 3)
        .map((f) => JSON.stringify(Object.values(f.properties ?? {})).slice(0, 40))
        .join(', ')}): the text looks like another encoding; add a .cpg naming it (e.g. "BIG5")`,
    );
  const missing = units.filter((u) => !byCode.has(u.code) && !problems.some((p) => p.includes(u.code)));
  if (missing.length > 0)
    problems.push(`missing: ${missing.map((u) => `${u.name_zh} (${u.code})`).join(', ')}`);
  if (problems.length > 0) throw new ImportError('match', problems.join('; '));
  return byCode;
}
