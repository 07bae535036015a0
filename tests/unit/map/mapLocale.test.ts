import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../../src/i18n/messages';
import { mapLocale } from '../../../src/map/mapLocale';

/** MapLibre's own table of UI strings, as its package ships the source. */
function maplibreStringIds(): string[] {
  const pkg = createRequire(import.meta.url).resolve('maplibre-gl/package.json');
  const source = readFileSync(resolve(dirname(pkg), 'src/ui/default_locale.ts'), 'utf8');
  return [...source.matchAll(/'([A-Za-z]+\.[A-Za-z]+)':/g)].map((m) => m[1]!);
}

describe('mapLocale', () => {
  it.each([
    { locale: 'zh-CN' as const, id: 'NavigationControl.ZoomIn', key: 'mapui.zoomIn' as const },
    { locale: 'zh-CN' as const, id: 'NavigationControl.ResetBearing', key: 'mapui.resetBearing' as const },
    { locale: 'en' as const, id: 'NavigationControl.ZoomOut', key: 'mapui.zoomOut' as const },
    { locale: 'en' as const, id: 'Map.Title', key: 'mapui.title' as const },
  ])('$locale: $id says $key', ({ locale, id, key }) => {
    expect(mapLocale(locale)[id as keyof ReturnType<typeof mapLocale>]).toBe(messages[locale][key]);
  });

  it('names only strings MapLibre has, so an update that renames one fails here', () => {
    const known = maplibreStringIds();
    expect(known).toContain('NavigationControl.ZoomIn');
    for (const id of Object.keys(mapLocale('en'))) expect(known).toContain(id);
  });

  it('gives MapLibre no English in the Chinese interface', () => {
    for (const text of Object.values(mapLocale('zh-CN'))) expect(text).not.toMatch(/[A-Za-z]/);
  });
});
