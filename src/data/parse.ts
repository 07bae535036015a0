/** The first step of validation: each file through its schema, record by record. */
import type { z } from 'zod';
import type { DataError, DataFile } from './errors';
import { DATA_FILES, type ParsedDataset, type RawDataset } from './files';
import { Activity, Organisation, Pairing, Person, Place, Source, Unit } from './schema';

function recordId(raw: unknown, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return `#${index}`;
}

/** Parses each record on its own, so one bad record does not hide the checks on the others. */
function parseFile<T>(file: DataFile, raw: unknown, schema: z.ZodType<T>, errors: DataError[]): T[] {
  if (!Array.isArray(raw)) {
    errors.push({ file, id: '(file)', field: '(root)', code: 'schema', message: 'expected a JSON array' });
    return [];
  }
  const out: T[] = [];
  raw.forEach((item: unknown, i) => {
    const r = schema.safeParse(item);
    if (r.success) {
      out.push(r.data);
      return;
    }
    for (const issue of r.error.issues) {
      errors.push({
        file,
        id: recordId(item, i),
        field: issue.path.join('.') || '(record)',
        code: 'schema',
        message: issue.message,
      });
    }
  });
  return out;
}

/** Parses every data file record by record (an absent units file is no units). */
export function parseDataset(raw: RawDataset): { data: ParsedDataset; errors: DataError[] } {
  const errors: DataError[] = [];
  const data: ParsedDataset = {
    sources: parseFile(DATA_FILES.sources, raw.sources, Source, errors),
    organisations: parseFile(DATA_FILES.organisations, raw.organisations, Organisation, errors),
    places: parseFile(DATA_FILES.places, raw.places, Place, errors),
    activities: parseFile(DATA_FILES.activities, raw.activities, Activity, errors),
    pairings: parseFile(DATA_FILES.pairings, raw.pairings, Pairing, errors),
    people: parseFile(DATA_FILES.people, raw.people, Person, errors),
    units: parseFile(DATA_FILES.units, raw.units ?? [], Unit, errors),
  };
  return { data, errors };
}
