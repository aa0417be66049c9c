/**
 * True for a plain left click, which a portal link handles in place; a click with a
 * modifier (new tab, new window, download) is left to the browser.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) && event.button === 0;
}
