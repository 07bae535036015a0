/**
 * What the import reads at most, so that a hostile or broken file is refused by name before it costs minutes
 * or gigabytes (geo/README.md, "Limits"). Each check runs before the work it protects: the size before
 * reading, the inflated size while inflating, the nesting before JSON.parse, the positions before geometry.
 */
import { ImportError } from './error';

export const limits = {
  /** Bytes of the file itself (GeoJSON, TopoJSON or the zip). */
  fileBytes: 64 * 2 ** 20,
  /** Bytes all members of a zip inflate to together; inflating stops there. */
  inflatedBytes: 128 * 2 ** 20,
  /** Nesting of arrays and objects in JSON: a MultiPolygon feature collection needs 7, TopoJSON 6. */
  jsonDepth: 32,
  /** Positions of all townships together (the schematic cells have 1,770). */
  positions: 500_000,
};

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

export function checkFileSize(bytes: number, file: string): void {
  if (bytes > limits.fileBytes)
    throw new ImportError(
      'too-large',
      `${file} is ${mib(bytes)}: the import reads files up to ${mib(limits.fileBytes)} (a county's townships fit in a few)`,
    );
}

export function inflatedTooMuch(file: string, member: string): ImportError {
  return new ImportError(
    'zip-bomb',
    `${file}: ${member} inflates beyond ${mib(limits.inflatedBytes)} (all members together): not read further`,
  );
}

/** Refuses JSON nested deeper than limits.jsonDepth, scanning the text once (strings skipped). */
export function checkJsonDepth(text: string, file: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limits.jsonDepth)
        throw new ImportError(
          'too-deep',
          `${file} nests arrays or objects more than ${limits.jsonDepth} deep (at character ${i}): no boundary file needs that`,
        );
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

/** Refuses more than limits.positions positions in total. */
export function checkPositionCount(count: number, file: string): void {
  if (count > limits.positions)
    throw new ImportError(
      'too-many-vertices',
      `${file} holds ${count.toLocaleString('en')} positions: the import reads up to ${limits.positions.toLocaleString('en')}: simplify it first`,
    );
}
