import { describe } from 'vitest';
import { checkSources } from '../../../../src/data/checks/sources';
import { splitReport } from '../../../../src/data/report';
import { OTHER_SOURCE, SOURCE } from '../fixtures';
import { checkTable, goodContext, record } from './fixture';

const at = (id: string, field: string) => ({ file: 'sources.json' as const, id, field });

describe('checkSources', () => {
  checkTable(checkSources, [
    {
      name: 'no publication date and no note on what the text supports',
      breakIt: (d) => (record(d.sources, SOURCE).published_note = null),
      code: 'source-date-note',
      at: at(SOURCE, 'published_note'),
    },
    {
      name: 'the same text registered twice',
      breakIt: (d) => (record(d.sources, OTHER_SOURCE).text_sha256 = record(d.sources, SOURCE).text_sha256),
      code: 'source-duplicate',
      at: at(OTHER_SOURCE, 'text_sha256'),
      context: { texts: new Map() },
    },
    {
      name: 'the same file registered twice',
      breakIt: (d) => (record(d.sources, OTHER_SOURCE).text.file = record(d.sources, SOURCE).text.file),
      code: 'source-duplicate',
      at: at(OTHER_SOURCE, 'text.file'),
      context: { texts: new Map() },
    },
    {
      name: 'a text that is not the one registered',
      breakIt: () => {},
      code: 'source-text-changed',
      at: at(SOURCE, 'text_sha256'),
      context: {
        texts: new Map([
          ...goodContext().texts,
          [SOURCE, { report: splitReport('另一篇'), sha256: '0'.repeat(64) }],
        ]),
      },
    },
  ]);
});
