import { tick } from 'svelte';

/**
 * Links, the close button and Escape replace the panel that held focus: without this, focus falls to the
 * page's start and a keyboard user loses their place. The panel shown instead takes it on its heading.
 */
export async function focusShownPanel(within: ParentNode | undefined | null): Promise<void> {
  await tick();
  const lost = !document.activeElement || document.activeElement === document.body;
  if (lost) within?.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
}
