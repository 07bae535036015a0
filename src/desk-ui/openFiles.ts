/**
 * Files chosen or dropped → the opener (src/desk/open.ts). Loaded with the first opening: the first view
 * carries none of it. The one choice made here is which file is the workbook: every file that is not a .txt
 * text; exactly one is opened, and none or several is said in one line, as any other error.
 */
import { deskFile, openWorkbook, type DeskError, type OpenOptions, type OpenResult } from '../desk/open';

const isText = (name: string) => /\.txt$/i.test(name);

export function chooseFiles<F extends { name: string }>(
  files: readonly F[],
): { workbook: F; texts: F[] } | { problem: 'deskui.noWorkbook' | 'deskui.manyWorkbooks'; n: number } {
  const workbooks = files.filter((f) => !isText(f.name));
  if (workbooks.length === 1) return { workbook: workbooks[0]!, texts: files.filter((f) => isText(f.name)) };
  return {
    problem: workbooks.length === 0 ? 'deskui.noWorkbook' : 'deskui.manyWorkbooks',
    n: workbooks.length,
  };
}

/** The name an opening goes by: its workbook's, else the first file's. */
export function openingName(files: readonly { name: string }[]): string {
  return files.find((f) => !isText(f.name))?.name ?? files[0]?.name ?? '';
}

/** One line of the desk's own (the list words it in the user's language from `key`). */
function deskError(rule: string, key: string, vars: DeskError['vars']): DeskError {
  return { sheet: '', row: 0, column: '', columnLetter: '', rule, message: '', key, vars };
}

/**
 * The opener never rejects for anything in the files; a file the browser cannot read, or a failure of the
 * desk itself, still ends the opening with one line instead of leaving it under way.
 */
export async function openFiles(files: readonly File[], options: OpenOptions): Promise<OpenResult> {
  const chosen = chooseFiles(files);
  const refused = (e: DeskError): OpenResult => ({ ok: false, checked: false, errors: [e] });
  if ('problem' in chosen) return refused(deskError('desk-files', chosen.problem, { n: chosen.n }));
  try {
    const read = await Promise.all([chosen.workbook, ...chosen.texts].map((f) => deskFile(f)));
    return await openWorkbook({ workbook: read[0]!, texts: read.slice(1) }, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return refused(deskError('desk-failed', 'deskui.openFailed', { reason }));
  }
}
