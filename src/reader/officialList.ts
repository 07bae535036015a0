/**
 * Huize's official townships and villages for the citation card, from the report desk's cut code list
 * (`virtual:huize-desk`): loaded on the first card, once, in a chunk of its own that the first view never
 * loads. A failed load is forgotten, so the next card tries again.
 */
import { huizePlaces, type OfficialPlace } from './officialPlaces';

let list: Promise<OfficialPlace[]> | undefined;

export function huizeOfficialList(): Promise<OfficialPlace[]> {
  list ??= import('virtual:huize-desk').then(
    ({ default: inputs }) => huizePlaces(inputs.official),
    (error: unknown) => {
      list = undefined;
      throw error;
    },
  );
  return list;
}
