/**
 * Writing a new source: its text and the registry that names it, both or neither. The registry goes to a
 * temporary file first, then the text, then the registry is renamed into place; a failure at any step
 * removes what was written, so a retry is not blocked by a stray text ("… already exists").
 */
import { existsSync, mkdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputPaths } from '../../build/paths';
import { DATA_FILES } from '../../src/data/files';
import { dataFileText } from '../../src/data/format';
import type { Source } from '../../src/data/schema';

export function writeSource(paths: InputPaths, textFile: string, text: string, registry: Source[]): void {
  const registryFile = join(paths.dataDir, DATA_FILES.sources);
  const temp = `${registryFile}.tmp`;
  const madeDir = !existsSync(paths.sourcesDir);
  const written: string[] = [];
  try {
    mkdirSync(paths.dataDir, { recursive: true });
    writeFileSync(temp, dataFileText(registry));
    written.push(temp);
    mkdirSync(paths.sourcesDir, { recursive: true });
    writeFileSync(textFile, text, { flag: 'wx' });
    written.push(textFile);
    renameSync(temp, registryFile);
  } catch (e) {
    for (const f of written) rmSync(f, { force: true });
    if (madeDir && existsSync(paths.sourcesDir)) rmdirSync(paths.sourcesDir);
    throw e;
  }
}
