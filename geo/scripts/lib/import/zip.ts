/**
 * A zipped Shapefile: one .shp with its .dbf (and .prj, .cpg if present). Members are inflated under one
 * byte budget (limits.inflatedBytes, so a zip bomb stops there); the .shp and .dbf must hold the same number
 * of records; names are decoded as the .cpg says, else as UTF-8 when the text is valid UTF-8, else as GBK
 * when it is valid GBK, else refused.
 */
import { basename } from 'node:path';
import JSZip from 'jszip';
import * as shapefile from 'shapefile';
import type { Feature } from 'geojson';
import { ImportError } from './error';
import { checkPositionCount, inflatedTooMuch, limits } from './limits';

export interface LoadedShapefile {
  features: Feature[];
  prj?: string;
  /** How the .dbf text was decoded, and whether that was a guess (no .cpg). */
  encoding: { label: string; guessed: boolean };
}

/** Inflates the members one after the other, all of them together within limits.inflatedBytes. */
function inflater(zip: JSZip, file: string) {
  let budget = limits.inflatedBytes;
  return (member: string) =>
    new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const stream = zip.file(member)!.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        budget -= chunk.length;
        if (budget < 0) {
          stream.pause();
          stream.removeAllListeners('data');
          chunks.length = 0;
          reject(inflatedTooMuch(file, member));
        } else chunks.push(chunk);
      });
      stream.on('error', (e: Error) =>
        reject(new ImportError('format', `${file}: ${member} cannot be inflated (${e.message})`)),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
}

/**
 * Records and positions in a .shp, read from its headers alone: the 100-byte file header, then per record
 * an 8-byte header with the content length; polylines and polygons (types 3, 5 and their Z and M forms)
 * give their number of points at byte 40 of the content.
 */
function shpCounts(shp: Buffer, name: string, file: string): { records: number; positions: number } {
  if (shp.length < 100 || shp.readInt32BE(0) !== 9994)
    throw new ImportError('shapefile', `${file}: ${name} is not a Shapefile (no 9994 file code)`);
  let records = 0;
  let positions = 0;
  for (let offset = 100; offset < shp.length; records++) {
    const words = offset + 8 <= shp.length ? shp.readInt32BE(offset + 4) : -1;
    if (words < 0 || offset + 8 + words * 2 > shp.length)
      throw new ImportError(
        'shapefile',
        `${file}: ${name} is cut short or corrupt at byte ${offset} (record ${records + 1})`,
      );
    const type = words >= 2 ? shp.readInt32LE(offset + 8) : 0;
    if ([3, 5, 13, 15, 23, 25].includes(type) && words * 2 >= 44) positions += shp.readInt32LE(offset + 48);
    offset += 8 + words * 2;
  }
  return { records, positions };
}

function dbfRecords(dbf: Buffer, name: string, file: string): { count: number; text: Buffer } {
  if (dbf.length < 32) throw new ImportError('shapefile', `${file}: ${name} is too short for a .dbf`);
  const headerBytes = dbf.readUInt16LE(8);
  return { count: dbf.readUInt32LE(4), text: dbf.subarray(Math.min(headerBytes, dbf.length)) };
}

const decodes = (label: string, bytes: Uint8Array) => {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** The .dbf records' encoding: the .cpg's, else UTF-8 or GBK when the bytes are valid in it. */
function dbfEncoding(records: Buffer, cpg: string | undefined, dbfName: string, file: string) {
  const label = cpg?.trim().toLowerCase();
  if (label) {
    const named = /936|gbk|gb2312|gb18030/.test(label) ? 'gbk' : /utf-?8/.test(label) ? 'utf-8' : label;
    if (!decodes(named, new Uint8Array(0)))
      throw new ImportError('unknown-encoding', `${file}: the .cpg names "${cpg!.trim()}", not an encoding`);
    return { label: named, guessed: false };
  }
  // No .cpg: Chinese shapefiles are mostly UTF-8 or GBK; bytes valid in neither are another encoding.
  for (const guess of ['utf-8', 'gbk']) if (decodes(guess, records)) return { label: guess, guessed: true };
  throw new ImportError(
    'unknown-encoding',
    `${file}: the text in ${dbfName} is neither UTF-8 nor GBK and there is no .cpg to say what it is: add a .cpg naming its encoding (e.g. "UTF-8", "GBK", "BIG5")`,
  );
}

export async function loadZip(bytes: Buffer, path: string): Promise<LoadedShapefile> {
  const file = basename(path);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new ImportError('format', `${file} is not a readable zip: ${(e as Error).message}`);
  }
  const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && !n.startsWith('__MACOSX'));
  const shps = names.filter((n) => n.toLowerCase().endsWith('.shp'));
  if (shps.length !== 1)
    throw new ImportError('format', `${file} holds ${shps.length} .shp files: expected exactly one`);
  const shpName = shps[0]!;
  const stem = shpName.slice(0, -4);
  const part = (ext: string) => names.find((n) => n.toLowerCase() === `${stem}${ext}`.toLowerCase());
  const dbfName = part('.dbf');
  if (!dbfName)
    throw new ImportError('shapefile', `${file} has no .dbf next to ${shpName}: names cannot be matched`);
  const inflate = inflater(zip, file);
  const shp = await inflate(shpName);
  const dbf = await inflate(dbfName);
  const prjName = part('.prj');
  const cpgName = part('.cpg');
  const prj = prjName ? (await inflate(prjName)).toString('utf8') : undefined;
  const cpg = cpgName ? (await inflate(cpgName)).toString('utf8') : undefined;

  const shapes = shpCounts(shp, shpName, file);
  checkPositionCount(shapes.positions, file);
  const records = dbfRecords(dbf, dbfName, file);
  if (shapes.records !== records.count)
    throw new ImportError(
      'record-mismatch',
      `${file}: ${shpName} holds ${shapes.records} shapes but ${dbfName} ${records.count} records: the two are not from the same export, so names cannot be paired with shapes`,
    );
  const encoding = dbfEncoding(records.text, cpg, dbfName, file);
  try {
    const fc = await shapefile.read(shp, dbf, { encoding: encoding.label });
    return { features: fc.features, prj, encoding };
  } catch (e) {
    throw new ImportError('shapefile', `${file}: the Shapefile could not be read (${(e as Error).message})`);
  }
}
