import { describe } from 'vitest';
import { checkReaderNotes } from '../../../../src/data/checks/readerNotes';
import { checkTable, record } from './fixture';

describe('checkReaderNotes', () => {
  checkTable(checkReaderNotes, [
    {
      name: 'a technical note with no note for the reader',
      breakIt: (d) => (record(d.activities, 'act-zhemi').notes = ['The scrape garbles the name.']),
      code: 'reader-notes',
      at: [
        { file: 'activities.json', id: 'act-zhemi', field: 'notes_zh' },
        { file: 'activities.json', id: 'act-zhemi', field: 'notes_en' },
      ],
    },
    {
      name: 'a place note written in Chinese only',
      breakIt: (d) => {
        const p = record(d.places, 'place-zhemi-school');
        p.notes = ['The report writes the short form.'];
        p.notes_zh = ['报道写作简称。'];
      },
      code: 'reader-notes',
      at: { file: 'places.json', id: 'place-zhemi-school', field: 'notes_en' },
    },
    {
      name: 'a pairing with more reader notes than notes',
      breakIt: (d) => {
        const p = d.pairings[0]!;
        p.notes_zh = ['多出的说明。'];
        p.notes_en = ['An extra note.'];
      },
      code: 'reader-notes',
      at: [
        { field: 'notes_zh', file: 'pairings.json' },
        { field: 'notes_en', file: 'pairings.json' },
      ],
    },
    {
      name: 'a split note with no note for the reader',
      breakIt: (d) => (record(d.activities, 'act-zhemi').amounts[0]!.split_note = 'half of it (test)'),
      code: 'reader-notes',
      at: [
        { file: 'activities.json', id: 'act-zhemi', field: 'amounts.0.split_note_zh' },
        { file: 'activities.json', id: 'act-zhemi', field: 'amounts.0.split_note_en' },
      ],
    },
    {
      name: 'a reader’s split note without the split note',
      breakIt: (d) => (record(d.activities, 'act-zhemi').amounts[0]!.split_note_en = 'Half of it.'),
      code: 'reader-notes',
      at: { file: 'activities.json', id: 'act-zhemi', field: 'amounts.0.split_note_en' },
    },
  ]);
});
