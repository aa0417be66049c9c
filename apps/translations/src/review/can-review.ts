import type { PortalSession } from '@piazza/shared';

/**
 * Whether to offer a reviewer's actions (approve, publish, restore a version, edit the
 * glossary). Only a hint for the screen: the server decides, per locale, and refuses others.
 */
export function canReview(session: PortalSession | undefined): boolean {
  return (
    session?.roles.some((role) => role === 'TRANSLATION_REVIEWER' || role === 'ADMIN') ?? false
  );
}
