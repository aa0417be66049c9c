import { isPlainClick, type PortalContext } from '@piazza/shared';

/**
 * A link's click inside the newsroom: a plain one moves in place (a new history entry, so
 * back returns); one with a modifier (new tab, new window) is left to the browser.
 */
export function followLink(
  event: MouseEvent,
  portal: PortalContext | undefined,
  path: string,
): void {
  if (!isPlainClick(event)) return;
  event.preventDefault();
  portal?.navigate(path);
}
