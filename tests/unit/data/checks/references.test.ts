import { describe } from 'vitest';
import { checkReferences } from '../../../../src/data/checks/references';
import { checkTable, record, type Row } from './fixture';

const activity = (field: string, breakIt: Row['breakIt']): Row => ({
  name: `an activity's ${field}`,
  breakIt,
  code: 'unknown-ref',
  at: { file: 'activities.json', id: 'act-zhemi', field },
});
const pairing = (field: string, breakIt: Row['breakIt']): Row => ({
  name: `a pairing's ${field}`,
  breakIt,
  code: 'unknown-ref',
  at: { file: 'pairings.json', id: 'pair-jia-zhemi', field },
});
const zhemi = (d: Parameters<Row['breakIt']>[0]) => record(d.activities, 'act-zhemi');
const pair = (d: Parameters<Row['breakIt']>[0]) => record(d.pairings, 'pair-jia-zhemi');

describe('checkReferences', () => {
  checkTable(checkReferences, [
    {
      name: "an organisation's place",
      breakIt: (d) => (record(d.organisations, 'org-jia').place = 'place-nowhere'),
      code: 'unknown-ref',
      at: { file: 'organisations.json', id: 'org-jia', field: 'place' },
    },
    {
      name: "a person's organisation",
      breakIt: (d) => (record(d.people, 'person-ding').organisation = 'org-ghost'),
      code: 'unknown-ref',
      at: { file: 'people.json', id: 'person-ding', field: 'organisation' },
    },
    {
      name: 'the place a place lies within',
      breakIt: (d) => (record(d.places, 'place-zhemi-school').within = 'place-nowhere'),
      code: 'unknown-ref',
      at: { file: 'places.json', id: 'place-zhemi-school', field: 'within' },
    },
    {
      name: "a place's township that is no township record",
      breakIt: (d) => (record(d.places, 'place-zhemi-school').township = '530326299'),
      code: 'unknown-ref',
      at: { file: 'places.json', id: 'place-zhemi-school', field: 'township' },
    },
    activity('actors.0', (d) => (zhemi(d).actors = ['org-ghost'])),
    activity('recipients.0', (d) => (zhemi(d).recipients = ['org-ghost'])),
    activity('people.0', (d) => (zhemi(d).people = ['person-ghost'])),
    activity('places.0', (d) => (zhemi(d).places = ['place-nowhere'])),
    activity('destinations.0', (d) => (zhemi(d).destinations = ['place-nowhere'])),
    pairing('baoshan_side.organisations.0', (d) => (pair(d).baoshan_side.organisations = ['org-ghost'])),
    pairing('baoshan_side.places.0', (d) => (pair(d).baoshan_side.places = ['place-nowhere'])),
    pairing('huize_side.organisations.0', (d) => (pair(d).huize_side.organisations = ['org-ghost'])),
    pairing('huize_side.places.0', (d) => (pair(d).huize_side.places = ['place-nowhere'])),
    pairing('activity', (d) => (pair(d).activity = 'act-nowhere')),
  ]);
});
