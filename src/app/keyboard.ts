import { focusShownPanel } from '../panels/focusPanel';

/**
 * The one Escape handler: anywhere on the page it closes the township or site panel, unless something
 * nearer took it first (an open source mark, a menu, a dialog, a text field, or a talk, which leaves on
 * Escape). If focus was in the panel that closed, the panel shown instead takes it, so a keyboard user
 * keeps their place.
 */
export function closeOnEscape(deps: { active: () => boolean; close: () => void }): () => void {
  const onkeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !deps.active()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, dialog, .top-bar')) return;
    const column = target?.closest('.detail-column');
    event.preventDefault();
    deps.close();
    if (column) void focusShownPanel(column);
  };
  window.addEventListener('keydown', onkeydown);
  return () => window.removeEventListener('keydown', onkeydown);
}
