import { svg } from 'lit';
import type { ReactionKind } from '@piazza/shared/graphql';

/**
 * Each reaction's picture, drawn in the text's colour beside its word (no emoji: not every
 * computer in the network has a font for them).
 */
export const REACTION_ICONS: Record<ReactionKind, ReturnType<typeof svg>> = {
  LIKE: svg`<path d="M7 10v11H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.3 8A2 2 0 0 1 18.2 21H7"/>`,
  CELEBRATE: svg`<circle cx="12" cy="9" r="6"/><path d="M8.5 14 7 22l5-3 5 3-1.5-8"/>`,
  INSIGHTFUL: svg`<path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z"/>`,
};
