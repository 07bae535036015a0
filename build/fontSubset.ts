/**
 * `npm run font:subset [path/to/NotoSansSC_400Regular.ttf]`: writes src/book/font/NotoSansSC-subset.ttf, the
 * atlas font (build/fontChars.ts says which characters). Without a path, the regular weight is taken from the
 * npm package @expo-google-fonts/noto-sans-sc (the full Noto Sans SC TTFs, SIL OFL 1.1), packed into a
 * temporary folder: the package is ~95 MB, too much to make every install carry it for one file.
 * Run it when a dictionary or the data gains a character the unit test (tests/unit/book/font.test.ts) finds
 * missing. The subset is committed with the font's licence (OFL.txt beside it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { repoRoot } from './paths';
import { requiredChars } from './fontChars';

const fontPackage = '@expo-google-fonts/noto-sans-sc@0.4.3';
const inPackage = 'package/400Regular/NotoSansSC_400Regular.ttf';

function packedFont(): string {
  const dir = mkdtempSync(join(tmpdir(), 'noto-sc-'));
  const tarball = execFileSync('npm', ['pack', fontPackage, '--silent'], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', tarball, inPackage, 'package/LICENSE_FONT'], { cwd: dir });
  return join(dir, inPackage);
}

const source = process.argv[2] ?? packedFont();
const chars = requiredChars(repoRoot);
const subset = await subsetFont(readFileSync(source), chars.join(''), {
  targetFormat: 'sfnt',
  // The atlas lays text out glyph by glyph: the shaping features are not used, and cost room.
  keepFeatures: [],
});
const out = join(repoRoot, 'src/book/font/NotoSansSC-subset.ttf');
writeFileSync(out, subset);
console.warn(`${chars.length} characters, ${(subset.length / 1024).toFixed(0)} KiB → ${out}`);
