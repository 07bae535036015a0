import type { StyleSpecification } from 'maplibre-gl';
import type { Locale } from '../domain';

/**
 * The offline style: no tile server, no sprite and no `glyphs` URL. Without a glyphs URL MapLibre draws
 * every label glyph locally with the `text-font` stack as CSS font families (GlyphManager._drawGlyph), so
 * Chinese labels come from the system's CJK font and no request leaves the machine.
 */
export const paper = '#f4f1ea';

export const offlineStyle: StyleSpecification = {
  version: 8,
  name: 'huize-offline',
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': paper } }],
};

/** CSS families tried in order; the first one installed draws the label. */
export const labelFonts = [
  'PingFang SC',
  'Microsoft YaHei',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'WenQuanYi Micro Hei',
  'sans-serif',
];

/** Credit lines shown in the map's attribution control (names of sources: the same in both languages). */
export const amapAttribution = '县界 © 高德地图 AMap';
export const gshhgAttribution = '河流 GSHHG (LGPL-3+)';

/** A label's text: the feature's name in the language shown (`pinyin` instead of English, for townships). */
export function nameField(locale: Locale, english: 'name_en' | 'name_pinyin' = 'name_en'): ['get', string] {
  return ['get', locale === 'zh-CN' ? 'name_zh' : english];
}
