import { z } from 'zod';
import { Activity } from './activities';
import { Organisation } from './organisations';
import { Pairing } from './pairings';
import { Person } from './people';
import { Place } from './places';
import { Source } from './sources';

export const Sources = z.array(Source);
export const Organisations = z.array(Organisation);
export const Places = z.array(Place);
export const Activities = z.array(Activity);
export const Pairings = z.array(Pairing);
export const People = z.array(Person);

/** The six files together, as the app and the checker receive them. */
export const Dataset = z
  .object({
    sources: Sources,
    organisations: Organisations,
    places: Places,
    activities: Activities,
    pairings: Pairings,
    people: People,
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;
