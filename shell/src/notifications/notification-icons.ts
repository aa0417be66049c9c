import { svg, type SVGTemplateResult } from 'lit';
import type { NotificationKind } from './notification-centre.generated.js';

/** A 24 × 24 line icon in the text's colour; always beside words that say the same. */
export const icon = (paths: SVGTemplateResult) =>
  svg`<svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
    stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"
    focusable="false">${paths}</svg>`;

export const bellIcon = icon(
  svg`<path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0"/>`,
);

export const closeIcon = icon(svg`<path d="M18 6 6 18"/><path d="m6 6 12 12"/>`);

/** One icon per kind: a flagged page, a speech bubble, a broadcast, a ticket. */
export const kindIcons: Record<NotificationKind, SVGTemplateResult> = {
  MUST_READ: icon(svg`<path d="M6 3h9l4 4v14H6z"/><path d="M12 9v5"/><path d="M12 17.5v.01"/>`),
  REPLY: icon(svg`<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/>`),
  LIVE_STREAM: icon(
    svg`<circle cx="12" cy="12" r="2"/><path d="M16.2 7.8a6 6 0 0 1 0 8.4"/><path d="M7.8 16.2a6 6 0 0 1 0-8.4"/><path d="M19.1 4.9a10 10 0 0 1 0 14.2"/><path d="M4.9 19.1a10 10 0 0 1 0-14.2"/>`,
  ),
  TICKET: icon(
    svg`<path d="M3 7a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a3 3 0 0 0 0 6v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a3 3 0 0 0 0-6z"/><path d="M9 5v14"/>`,
  ),
};
