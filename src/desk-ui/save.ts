/**
 * The desk's three saves, each only when the person clicks (nothing is stored behind their back): the map
 * as one HTML file with the data shown inside, the workbook to edit further, and the data files to commit.
 * Loaded with the desk's screens.
 */
import { parsedOf, type HuizeData } from '../data/join';
import { ONE_FILE_ASSET, readDataBlock, withDataBlock } from '../data/embedded';
import { dataFilesZip, publishedTexts, workbookBytes } from '../desk/open';
import { saveFile } from '../panels/table/saveFile';
import { ownPage } from './ownPage';
import { savedName, stemOf } from './names';

export interface SaveInput {
  data: HuizeData;
  /** the opened workbook's name and texts; null: the published data */
  shown: { name: string; texts: ReadonlyMap<string, string> } | null;
  /** the file name's stem for the published data (the map's name, in the user's language) */
  mapName: string;
  /** the words in the data files' zip name */
  dataPart: string;
}

/** The page has no one-file template to write (a development server, a build made without it). */
export class NoOneFile extends Error {
  override readonly name = 'NoOneFile';
}

/**
 * The texts of the data shown: the opened workbook's; else, in a one-file map saved with texts, its block's
 * (the data it was saved with is its published data); else the ones the app was built with.
 */
async function textsOf(input: SaveInput): Promise<ReadonlyMap<string, string>> {
  if (input.shown) return input.shown.texts;
  const saved = __HUIZE_SINGLE_FILE__ ? readDataBlock(document).texts : null;
  return saved ? new Map(Object.entries(saved)) : publishedTexts();
}
const stem = (input: SaveInput) => (input.shown ? stemOf(input.shown.name) : '') || input.mapName;

async function oneFileTemplate(): Promise<string> {
  const own = ownPage();
  if (own) return own;
  const response = await fetch(new URL(ONE_FILE_ASSET, document.baseURI), { cache: 'no-cache' }).catch(
    () => null,
  );
  if (!response?.ok) throw new NoOneFile();
  return response.text();
}

/** The map as one HTML file: its own code and styles, the data shown and its texts in the data block. */
export async function saveOneFile(input: SaveInput, now = new Date()): Promise<string> {
  const [template, texts] = await Promise.all([oneFileTemplate(), textsOf(input)]);
  const html = withDataBlock(template, { data: parsedOf(input.data), texts: Object.fromEntries(texts) });
  const name = savedName(stem(input), now, 'html');
  saveFile(new Blob([html], { type: 'text/html' }), name);
  return name;
}

export async function saveWorkbook(input: SaveInput, now = new Date()): Promise<string> {
  const bytes = await workbookBytes(input.data, await textsOf(input));
  const name = savedName(stem(input), now, 'xlsx');
  const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  saveFile(new Blob([bytes as BlobPart], { type }), name);
  return name;
}

export async function saveDataFiles(input: SaveInput, now = new Date()): Promise<string> {
  const bytes = await dataFilesZip(input.data, await textsOf(input));
  const name = savedName(stem(input), now, 'zip', input.dataPart);
  saveFile(new Blob([bytes as BlobPart], { type: 'application/zip' }), name);
  return name;
}
