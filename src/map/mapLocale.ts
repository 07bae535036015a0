import type { Locale } from '../domain';
import { messages, type MessageKey } from '../i18n/messages';

/** MapLibre's UI string ids (its `default_locale`) and the dictionary keys that say them to our reader. */
const KEYS = {
  'NavigationControl.ZoomIn': 'mapui.zoomIn',
  'NavigationControl.ZoomOut': 'mapui.zoomOut',
  'NavigationControl.ResetBearing': 'mapui.resetBearing',
  'Map.Title': 'mapui.title',
  'AttributionControl.ToggleAttribution': 'mapui.toggleAttribution',
} as const satisfies Record<string, MessageKey>;

export type MapUiString = keyof typeof KEYS;

/**
 * MapLibre's `locale` table (the strings of its own buttons) in the reader's language. The scale bar's
 * units (km, m) are left as MapLibre writes them: they read the same in both languages.
 */
export function mapLocale(locale: Locale): Record<MapUiString, string> {
  const out = {} as Record<MapUiString, string>;
  for (const [id, key] of Object.entries(KEYS) as [MapUiString, MessageKey][])
    out[id] = messages[locale][key];
  return out;
}
