/**
 * A workbook is a zip: before exceljs reads it (all of it, in memory), the file is opened with JSZip and
 * every member inflated under one byte budget, as geo:import's zip-bomb guard does, so a member that
 * inflates to a gigabyte is refused after `inflatedBytes` instead of costing gigabytes. Anything that is
 * not a zip with a workbook in it is "not an .xlsx workbook", not a JSZip message.
 */
import { readFileSync, statSync } from 'node:fs';
import JSZip from 'jszip';

export const sheetLimits = {
  /** the file itself: the project's workbook is ≈ 50 kB */
  fileBytes: 16 * 2 ** 20,
  /** all members inflated together: the project's workbook inflates to ≈ 250 kB */
  inflatedBytes: 64 * 2 ** 20,
};

export class WorkbookFileError extends Error {
  override readonly name = 'WorkbookFileError';
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
export const notAWorkbook = (file: string, why: string) =>
  new WorkbookFileError(`not an .xlsx workbook: ${file} (${why})`);

function inflateWithin(zip: JSZip, member: string, budget: { left: number }, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = zip.file(member)!.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(
          new WorkbookFileError(
            `${file}: ${member} inflates beyond ${mib(sheetLimits.inflatedBytes)} (all parts together): not read further; a workbook of this project is far smaller`,
          ),
        );
      }
    });
    stream.on('error', (e: Error) =>
      reject(notAWorkbook(file, `${member} cannot be inflated: ${e.message}`)),
    );
    stream.on('end', () => resolve());
  });
}

/** The workbook's bytes, once they are known to be a zip holding a workbook within the limits. */
export async function guardedWorkbookBytes(file: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > sheetLimits.fileBytes)
      throw new WorkbookFileError(
        `${file} is ${mib(size)}: the import reads workbooks up to ${mib(sheetLimits.fileBytes)}`,
      );
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(`cannot read ${file}: ${(e as Error).message}`);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw notAWorkbook(file, 'it is not a zip file; save it from the spreadsheet as .xlsx');
  }
  if (!zip.file('xl/workbook.xml'))
    throw notAWorkbook(file, 'a zip file without xl/workbook.xml; save it from the spreadsheet as .xlsx');
  const budget = { left: sheetLimits.inflatedBytes };
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) await inflateWithin(zip, name, budget, file);
  }
  return bytes;
}
