import { schemeBlues as d3Blues, schemeTableau10 as d3Tableau10 } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { schemeBlues, schemeTableau10 } from '../../../src/choropleth/palette';

describe('the copied d3-scale-chromatic schemes', () => {
  it('are the package’s Blues (3–9 classes) and Tableau 10', () => {
    for (let n = 3; n <= 9; n++) expect(schemeBlues[n], `Blues ${n}`).toEqual(d3Blues[n]);
    expect(schemeTableau10).toEqual(d3Tableau10);
  });
});
