import { describe } from 'vitest';
import { checkCitations } from '../../../../src/data/checks/citations';
import { OTHER_SOURCE, OTHER_TEXT } from '../fixtures';
import { checkTable, record } from './fixture';

const NOT_IN_REPORT = '甲公司捐赠大桥乡者米小学29台电脑';

describe('checkCitations', () => {
  checkTable(checkCitations, [
    {
      name: 'a phrase with a character the scrape lost (checked without the source texts too)',
      breakIt: (d) => (record(d.activities, 'act-road').citation.phrase = '丙集团在者米村捐资建设的道?'),
      code: 'citation-garbled',
      at: { file: 'activities.json', id: 'act-road', field: 'citation.phrase' },
      context: { texts: new Map() },
    },
    {
      name: "an activity's phrase not in the report",
      breakIt: (d) => (record(d.activities, 'act-zhemi').citation.phrase = NOT_IN_REPORT),
      code: 'citation-not-found',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'citation.phrase' },
    },
    {
      name: "a person's phrase not in the report",
      breakIt: (d) => (record(d.people, 'person-ding').citation.phrase = NOT_IN_REPORT),
      code: 'citation-not-found',
      at: { file: 'people.json', id: 'person-ding', field: 'citation.phrase' },
    },
    {
      name: "a pairing's phrase not in the report",
      breakIt: (d) => (record(d.pairings, 'pair-jia-zhemi').citation.phrase = NOT_IN_REPORT),
      code: 'citation-not-found',
      at: { file: 'pairings.json', id: 'pair-jia-zhemi', field: 'citation.phrase' },
    },
    {
      name: 'an unknown source (checked without the source texts too)',
      breakIt: (d) => (record(d.activities, 'act-zhemi').citation.source = 'src-nowhere'),
      code: 'unknown-source',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'citation.source' },
      context: { texts: new Map() },
    },
    {
      name: 'a phrase of another document, cited as this one',
      breakIt: (d) =>
        (record(d.activities, 'act-zhemi').citation.phrase = OTHER_TEXT.split('\n')[1]!.slice(0, 12)),
      code: 'citation-not-found',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'citation.phrase' },
    },
    {
      name: "this document's phrase, cited as another's",
      breakIt: (d) => (record(d.activities, 'act-zhemi').citation.source = OTHER_SOURCE),
      code: 'citation-not-found',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'citation.phrase' },
    },
    {
      name: 'a section the report does not have',
      breakIt: (d) => (record(d.activities, 'act-zhemi').citation.section = '没有这一节'),
      code: 'citation-section',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'citation.section' },
    },
    {
      name: 'a phrase under another section than it names',
      breakIt: (d) => (record(d.activities, 'act-zhemi').citation.section = 'lead'),
      code: 'citation-section',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'citation.section' },
    },
  ]);
});
