/**
 * A highlight's colour by what its record is: the categories in Tableau 10's order (designed to stay
 * apart for common colour-vision deficiencies, and the app's categorical palette), olive for the eleventh,
 * and indigo for the people, who are no activity (the tenth, donations, is already grey). The reader tints
 * the text with it and underlines in full strength, so the key still reads in black-and-white print.
 */
import { categoricalColour } from '../choropleth/palette';
import { ActivityCategory } from '../domain';

const extra = '#7a7a1a';
const person = '#3b3b98';

export function highlightColour(category: string): string {
  if (category === 'person') return person;
  const i = (ActivityCategory.options as readonly string[]).indexOf(category);
  if (i < 0) return person;
  return i < 10 ? categoricalColour(i) : extra;
}
