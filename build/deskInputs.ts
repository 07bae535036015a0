/**
 * What the browser's report desk needs beside the app to check a workbook as check:data does, served to it
 * as `virtual:huize-desk` (build/deskPlugin.ts) and loaded only when a workbook is opened (or the reader's
 * citation card, which matches a selection's places on it, is): the official
 * code list, cut to what a report of this cooperation names — every province, prefecture and county, the
 * townships of Yunnan, Shanghai and of the provinces the data names, and the villages of the counties it
 * names (the whole list is ≈ 40 MB; this is ≈ 50 kB gzip). A code outside it is refused in the browser;
 * `npm run check:data` has the whole list. (The published texts are the reader's virtual:huize-texts.)
 * Node-only.
 */
import { readDataFolder, type InputPaths } from './inputs';
import { loadOfficialDivisions } from '../src/data/official';
import { parseDataset } from '../src/data/parse';

export interface DeskInputs {
  official: [string, string][];
}

/** The provinces whose townships the desk always knows: the two sides of the cooperation. */
const HOME_PROVINCES = ['53', '31'];

export function deskInputs(paths: InputPaths): DeskInputs {
  const { data } = parseDataset(readDataFolder(paths.dataDir).raw);
  const codes = data.places.flatMap((p) => [p.official_code, p.parent_code]).filter((c) => c !== null);
  const counties = new Set(codes.filter((c) => c.length >= 9).map((c) => c.slice(0, 6)));
  const provinces = new Set([...HOME_PROVINCES, ...codes.map((c) => c.slice(0, 2))]);
  const official = [...loadOfficialDivisions(counties).values()]
    .filter(
      (d) =>
        d.code.length <= 6 ||
        (d.code.length === 9 && provinces.has(d.code.slice(0, 2))) ||
        counties.has(d.code.slice(0, 6)),
    )
    .map((d): [string, string] => [d.code, d.name]);
  return { official };
}
