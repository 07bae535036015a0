/**
 * A minimal Shapefile writer for the import tests (polygons, text fields in UTF-8 with a .cpg), zipped with
 * JSZip: no npm package writes DBF text in anything but Latin-1, and Chinese names are the point here.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import JSZip from 'jszip';
import type { Position } from 'geojson';

export interface ShapeRecord {
  /** Polygons as [outer, ...holes]; outer rings are written clockwise as the format requires. */
  polygons: Position[][][];
  fields: Record<string, string>;
}

function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++)
    s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s / 2;
}

function shapeRings(polygons: Position[][][]): Position[][] {
  return polygons.flatMap((poly) =>
    poly.map((ring, i) => {
      const clockwise = signedArea(ring) < 0;
      return (i === 0) === clockwise ? ring : [...ring].reverse();
    }),
  );
}

function bboxOf(points: Position[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function header(view: DataView, lengthBytes: number, box: [number, number, number, number]) {
  view.setInt32(0, 9994, false);
  view.setInt32(24, lengthBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true);
  box.forEach((v, i) => view.setFloat64(36 + i * 8, v, true));
}

export function writeShp(records: ShapeRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = records.map((r) => {
    const rings = shapeRings(r.polygons);
    const points = rings.flat();
    const length = 44 + 4 * rings.length + 16 * points.length;
    const buf = new DataView(new ArrayBuffer(length));
    buf.setInt32(0, 5, true);
    bboxOf(points).forEach((v, i) => buf.setFloat64(4 + i * 8, v, true));
    buf.setInt32(36, rings.length, true);
    buf.setInt32(40, points.length, true);
    let start = 0;
    rings.forEach((ring, i) => {
      buf.setInt32(44 + i * 4, start, true);
      start += ring.length;
    });
    points.forEach((p, i) => {
      buf.setFloat64(44 + 4 * rings.length + i * 16, p[0]!, true);
      buf.setFloat64(52 + 4 * rings.length + i * 16, p[1]!, true);
    });
    return new Uint8Array(buf.buffer);
  });
  const box = bboxOf(records.flatMap((r) => r.polygons.flat(2)));
  const shpLength = 100 + contents.reduce((s, c) => s + 8 + c.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * records.length);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  header(shpView, shpLength, box);
  header(shxView, shx.length, box);
  let offset = 100;
  contents.forEach((c, i) => {
    shpView.setInt32(offset, i + 1, false);
    shpView.setInt32(offset + 4, c.length / 2, false);
    shp.set(c, offset + 8);
    shxView.setInt32(100 + i * 8, offset / 2, false);
    shxView.setInt32(104 + i * 8, c.length / 2, false);
    offset += 8 + c.length;
  });
  return { shp, shx };
}

export function writeDbf(
  records: ShapeRecord[],
  encode: (text: string) => Uint8Array = (t) => new TextEncoder().encode(t),
): Uint8Array {
  const names = Object.keys(records[0]?.fields ?? {});
  const width = 60;
  const headerLength = 32 + 32 * names.length + 1;
  const recordLength = 1 + width * names.length;
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 3;
  out.set([126, 1, 1], 1);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  names.forEach((name, i) => {
    out.set(new TextEncoder().encode(name.slice(0, 10)), 32 + i * 32);
    out[32 + i * 32 + 11] = 'C'.charCodeAt(0);
    out[32 + i * 32 + 16] = width;
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((r, k) => {
    const base = headerLength + k * recordLength;
    out.fill(0x20, base, base + recordLength);
    names.forEach((name, i) => out.set(encode(r.fields[name] ?? '').slice(0, width), base + 1 + i * width));
  });
  out[out.length - 1] = 0x1a;
  return out;
}

export interface ZipOptions {
  /** The .cpg's text; null for none (default "UTF-8"). */
  cpg?: string | null;
  /** How the .dbf text is encoded (default UTF-8). */
  encode?: (text: string) => Uint8Array;
  /** Records for the .dbf when they should differ from the .shp's (default the same). */
  dbfRecords?: ShapeRecord[];
}

export async function writeShapefileZip(
  records: ShapeRecord[],
  prj?: string,
  options: ZipOptions = {},
): Promise<Buffer> {
  const zip = new JSZip();
  const { shp, shx } = writeShp(records);
  zip.file('townships.shp', shp);
  zip.file('townships.shx', shx);
  zip.file('townships.dbf', writeDbf(options.dbfRecords ?? records, options.encode));
  const cpg = options.cpg === undefined ? 'UTF-8' : options.cpg;
  if (cpg !== null) zip.file('townships.cpg', cpg);
  if (prj) zip.file('townships.prj', prj);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * A zip written by hand, for archives JSZip would not make: members deflated with zlib (fast even for
 * hundreds of MiB of zeros) and an uncompressed size that may lie.
 */
export function handZip(members: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const m of members) {
    const body = deflateRawSync(m.data, { level: 9 });
    const name = Buffer.from(m.name, 'utf8');
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(20, at);
      h.writeUInt16LE(0, at + 2);
      h.writeUInt16LE(8, at + 4);
      h.writeUInt32LE(0, at + 6);
      h.writeUInt32LE(crc32(m.data), at + 10);
      h.writeUInt32LE(body.length, at + 14);
      h.writeUInt32LE(m.declaredSize ?? m.data.length, at + 18);
      h.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    fields(dir, 6);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(dir, name);
    offset += 30 + name.length + body.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
