// @vitest-environment jsdom
import parsed from 'virtual:huize-data';
import { describe, expect, it } from 'vitest';
import { dataBlockHtml, readDataBlock, withDataBlock } from '../../../src/data/embedded';

const page = (block: string) =>
  `<!doctype html><html><head><script type="module">1</script></head><body><div id="app"></div>${block}</body></html>`;

function documentOf(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the one-file page data block', () => {
  it('reads back what was written, also text that looks like markup or a replacement pattern', () => {
    const hostile = '</script><script>alert(1)</script><!-- $& $1 $` ';
    const data = { ...parsed, sources: parsed.sources.map((s) => ({ ...s, name_zh: hostile })) };
    const html = withDataBlock(page(dataBlockHtml({ data: parsed })), { data, texts: { a: hostile } });
    const doc = documentOf(html);
    // Still one script to run and one block: nothing of the data became an element.
    expect(doc.querySelectorAll('script').length).toBe(2);
    expect(readDataBlock(doc)).toEqual({ data, texts: { a: hostile } });
    expect(html.startsWith('<!doctype html><html><head><script type="module">1</script>')).toBe(true);
  });

  it('refuses a page without a block instead of writing a file that shows nothing new', () => {
    expect(() => withDataBlock(page(''), { data: parsed })).toThrow(/no data block/);
    expect(() => readDataBlock(documentOf(page('')))).toThrow(/no data block/);
  });
});
