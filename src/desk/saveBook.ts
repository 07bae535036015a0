/**
 * The desk's downloads, loaded when one is asked for: the workbook (the format data:export-sheet writes,
 * with the texts sheet) and the zip of data files as data:import-sheet writes them (dataFileText, and the
 * texts it writes into data/sources/).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { DATA_FILES, type DataKey, type ParsedDataset } from '../data/files';
import { dataFileText } from '../data/format';
import { parsedOf as joinedParsed, type HuizeData, type ParsedData } from '../data/join';
import { buildWorkbook } from '../sheet/workbook';
import { writtenTexts } from '../sheet/writtenTexts';

/** The records in file order: a joined dataset's maps keep the order they were filled in. */
export function parsedOf(data: ParsedData | HuizeData): ParsedDataset {
  return 'townships' in data ? joinedParsed(data) : { ...data, units: data.units ?? [] };
}

export async function bookBytes(
  data: ParsedData | HuizeData,
  texts: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  const buffer = await buildWorkbook(parsedOf(data), texts).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function filesZip(data: ParsedData | HuizeData, texts: ReadonlyMap<string, string>): Uint8Array {
  const parsed = parsedOf(data);
  const files: Zippable = {};
  for (const key of Object.keys(DATA_FILES) as DataKey[])
    files[`data/${DATA_FILES[key]}`] = strToU8(dataFileText(parsed[key] ?? []));
  for (const { file, text } of writtenTexts(parsed, texts)) files[`data/sources/${file}`] = strToU8(text);
  return zipSync(files, { level: 6 });
}
