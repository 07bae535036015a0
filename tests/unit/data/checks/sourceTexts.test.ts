import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../../../src/data/checks';
import { checkSourceTexts, SOURCE_TEXT_MAX_BYTES } from '../../../../src/data/checks/sourceTexts';
import { OTHER_SOURCE, SOURCE } from '../fixtures';
import { checkTable, goodContext, goodData } from './fixture';

describe('checkSourceTexts', () => {
  checkTable(checkSourceTexts, [
    {
      name: 'a text missing from a folder that is there',
      breakIt: () => {},
      code: 'source-text-missing',
      at: { file: 'sources.json', id: OTHER_SOURCE, field: 'text.file' },
      context: { textProblems: new Map([[OTHER_SOURCE, { kind: 'missing', path: '/x/src-other.txt' }]]) },
    },
    {
      name: 'a text larger than the checks read',
      breakIt: () => {},
      code: 'source-text-too-large',
      at: { file: 'sources.json', id: SOURCE, field: 'text.file' },
      context: {
        textProblems: new Map([
          [SOURCE, { kind: 'too-large', path: '/x/big.txt', bytes: SOURCE_TEXT_MAX_BYTES + 1 }],
        ]),
      },
    },
  ]);

  it('says nothing when the caller reads no files, and names the limit', () => {
    expect(checkSourceTexts(indexDataset(goodData()), goodContext())).toEqual([]);
    const [e] = checkSourceTexts(indexDataset(goodData()), {
      ...goodContext(),
      textProblems: new Map([[SOURCE, { kind: 'too-large', path: '/x/big.txt', bytes: 3 * 2 ** 20 }]]),
    });
    expect(e!.message).toContain('at most 2.0 MiB');
  });
});
