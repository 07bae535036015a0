import { describe, expect, it } from 'vitest';
import { mapThemeName, mapThemes, projectorLabelScale, scaledTextSize } from '../../../src/map/theme';

describe('scaledTextSize', () => {
  it.each([
    [14, 1.5, 21],
    [12, 1.45, 17.4],
    [
      ['interpolate', ['linear'], ['zoom'], 7, 11, 9, 14],
      2,
      ['interpolate', ['linear'], ['zoom'], 7, 22, 9, 28],
    ],
    [['step', ['zoom'], 10, 8, 12, 11, 16], 2, ['step', ['zoom'], 20, 8, 24, 11, 32]],
    [undefined, 2, undefined],
    [14, 1, 14],
  ])('%j × %s', (size, factor, expected) => {
    expect(scaledTextSize(size, factor)).toEqual(expected);
  });
});

describe('map themes', () => {
  it.each([
    [false, 'light', 'desk'],
    [false, 'dark', 'desk'],
    [true, 'light', 'light'],
    [true, 'dark', 'dark'],
  ] as const)('presenting %s with the %s theme is the %s look', (presenting, theme, expected) => {
    expect(mapThemeName(presenting, theme)).toBe(expected);
  });

  it('light only enlarges labels', () => {
    const { labelScale, ...colours } = mapThemes.light;
    const { labelScale: deskScale, ...deskColours } = mapThemes.desk;
    expect(deskScale).toBe(1);
    expect(labelScale).toBe(projectorLabelScale);
    expect(colours).toEqual(deskColours);
  });

  it('dark also darkens the background and neighbours but never the county or its townships', () => {
    const dark = mapThemes.dark;
    expect(dark.labelScale).toBe(projectorLabelScale);
    expect(dark.background).not.toBe(mapThemes.desk.background);
    expect(dark.neighbourFill).not.toBe(mapThemes.desk.neighbourFill);
    // The choropleth keeps its legend's colours: no theme has an entry for the county fill or the townships.
    for (const theme of Object.values(mapThemes)) {
      expect(
        Object.keys(theme).filter((k) => /county(Fill)?$|township|hatch/i.test(k) && k !== 'countyLine'),
      ).toEqual([]);
    }
  });
});
