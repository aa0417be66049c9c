import type { ApolloClient } from '@apollo/client';
import type { PortalSession } from '@piazza/shared';
import { MeDocument } from './session.generated.js';

/**
 * Loads the signed-in person; null without a token. A refused token fails the request
 * (after a renewal was tried, token-renewal.ts).
 */
export async function loadSession(client: ApolloClient): Promise<PortalSession | null> {
  const { data } = await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
  const me = data?.me;
  if (!me) return null;
  return {
    personId: me.person.id,
    displayName: me.person.displayName,
    roles: me.roles,
    apps: me.apps,
    cohorts: me.cohorts,
    locale: me.locale,
    brand: { code: me.brand.code, name: me.brand.name },
  };
}
