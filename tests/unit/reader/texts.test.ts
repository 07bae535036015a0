import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledTexts, sourceText } from '../../../src/reader/texts';
import { realRaw, REPORT_PATH } from '../data/real-data';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sources = realRaw().sources as { id: string; text_sha256: string }[];

describe('the texts the reader shows', () => {
  it.runIf(existsSync(REPORT_PATH))(
    'are the normalised texts the checks read: each hashes to its registered text_sha256',
    async () => {
      const texts = await bundledTexts();
      expect(Object.keys(texts).sort()).toEqual(sources.map((s) => s.id).sort());
      for (const s of sources) expect(sha256(texts[s.id]!), s.id).toBe(s.text_sha256);
    },
  );

  it('prefer a text opened with the data to the bundled one, and say null for an unknown source', async () => {
    const id = sources[0]!.id;
    expect(await sourceText(id, new Map([[id, '打开的文本。']]))).toBe('打开的文本。');
    expect(await sourceText('src-nowhere', null)).toBeNull();
  });
});
