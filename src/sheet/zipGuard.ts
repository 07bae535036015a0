/**
 * A workbook is a zip: before exceljs reads it (all of it, in memory), every member is inflated under one
 * byte budget (fflate, in slices), as geo:import's zip-bomb guard does, so a member that inflates to a
 * gigabyte is refused after `inflatedBytes` instead of costing gigabytes. Anything that is not a zip with a
 * workbook in it is "not an .xlsx workbook", not a library's message. Bytes in, so the command line and
 * the browser's report desk guard alike.
 */
import { Unzip, UnzipInflate } from 'fflate';

export const sheetLimits = {
  /** the file itself: the project's workbook is ≈ 60 kB */
  fileBytes: 16 * 2 ** 20,
  /** all members inflated together: the project's workbook inflates to ≈ 300 kB */
  inflatedBytes: 64 * 2 ** 20,
};

/** What is wrong with the file as a whole: one line, with a rule and the values of its message. */
export class WorkbookFileError extends Error {
  override readonly name = 'WorkbookFileError';
  constructor(
    message: string,
    readonly rule: string,
    readonly vars: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
export const notAWorkbook = (file: string, why: string, rule = 'file-not-workbook') =>
  new WorkbookFileError(`not an .xlsx workbook: ${file} (${why})`, rule, { file });

/** How much compressed input the inflater gets at a time: deflate inflates 1 kB to ≈ 1 MB at most. */
const SLICE = 16 * 1024;

/** Throws WorkbookFileError unless `bytes` are a zip holding a workbook, within the limits. */
export function guardWorkbookBytes(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new WorkbookFileError(`${file} is empty`, 'file-empty', { file });
  if (bytes.length > sheetLimits.fileBytes)
    throw new WorkbookFileError(
      `${file} is ${mib(bytes.length)}: the import reads workbooks up to ${mib(sheetLimits.fileBytes)}`,
      'file-too-large',
      { file, size: mib(bytes.length), limit: mib(sheetLimits.fileBytes) },
    );
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    throw notAWorkbook(file, 'it is not a zip file; save it from the spreadsheet as .xlsx');
  const names: string[] = [];
  let left = sheetLimits.inflatedBytes;
  let failure: WorkbookFileError | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (member) => {
    names.push(member.name);
    member.ondata = (err, chunk) => {
      if (failure) return;
      if (err) {
        failure = notAWorkbook(file, `${member.name} cannot be inflated: ${err.message}`);
        return;
      }
      left -= chunk.length;
      if (left < 0) {
        failure = new WorkbookFileError(
          `${file}: ${member.name} inflates beyond ${mib(sheetLimits.inflatedBytes)} (all parts together): not read further; a workbook of this project is far smaller`,
          'file-bomb',
          { file, member: member.name, limit: mib(sheetLimits.inflatedBytes) },
        );
        member.terminate();
      }
    };
    member.start();
  };
  try {
    for (let at = 0; at < bytes.length && !failure; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      unzip.push(bytes.subarray(at, end), end === bytes.length);
    }
  } catch (e) {
    failure ??= notAWorkbook(file, `the zip cannot be read: ${(e as Error).message}`);
  }
  if (failure) throw failure;
  if (!names.includes('xl/workbook.xml'))
    throw notAWorkbook(
      file,
      'a zip file without xl/workbook.xml; save it from the spreadsheet as .xlsx',
      'file-no-workbook',
    );
}
