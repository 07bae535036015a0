/**
 * Puts text on the clipboard: the Clipboard API where the page may use it (a secure context: https,
 * localhost, file://), else a selected text area and the copy command, which older or locked-down browsers
 * still honour during a click. Says whether it worked, so the card can say so.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      // Deprecated, but the one way left when the Clipboard API is refused.
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
