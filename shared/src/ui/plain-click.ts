/**
 * True for a plain left click, which a portal link handles in place; a click with a
 * modifier (new tab, new window, download) is left to the browser.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) && event.button === 0;
}

/**
 * A portal link's click: a plain one moves in place (a new history entry, so back
 * returns), without a page load; one with a modifier is left to the browser. True when
 * the portal took it.
 */
export function followInPortal(
  event: MouseEvent,
  portal: { navigate(path: string): void } | undefined,
  path: string,
): boolean {
  if (!portal || !isPlainClick(event)) return false;
  event.preventDefault();
  portal.navigate(path);
  return true;
}
