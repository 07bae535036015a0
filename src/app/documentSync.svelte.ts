import { i18n } from '../i18n/i18n.svelte';
import type { AppState } from '../state/appState.svelte';

/**
 * Keeps the document in step with the state: its language, the talk's class and theme. These write the
 * page, never the state. Call from a component's setup (they are effects).
 */
export function syncDocument(app: AppState): void {
  $effect(() => {
    document.documentElement.lang = i18n.locale;
  });
  $effect(() => {
    document.documentElement.classList.toggle('presenting', app.present);
    document.documentElement.dataset.theme = app.present ? app.theme : 'light';
  });
}
