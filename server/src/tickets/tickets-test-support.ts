import type { GraphQLBody, TestApp } from '../test-support/test-app.js';

/** The fields the ticket tests read. */
export const TICKET_FIELDS = `id number kind status priority title mine handledByMe
  category { code name } dealer { id } reporter { displayName }
  nonConformity { vin customerReference severity }
  history { action from to actor { displayName } }
  comments { body internal author { displayName } }`;

export interface TicketData {
  id: string;
  number: string;
  kind: string;
  status: string;
  mine: boolean;
  handledByMe: boolean;
  dealer: { id: string };
  nonConformity: { vin: string | null; severity: string } | null;
  history: { action: string; from: string | null; to: string | null }[];
  comments: { body: string; internal: boolean }[];
}

const CREATE = `mutation ($input: CreateTicketInput!, $key: String!) {
  createTicket(input: $input, idempotencyKey: $key) { ${TICKET_FIELDS} } }`;

/** Files a ticket as the person with the token; the raw answer, errors included. */
export function fileTicket(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
  key: string,
): Promise<GraphQLBody<{ createTicket: TicketData }>> {
  return t.graphql(CREATE, { token, variables: { input, key } });
}

/** A help-desk ticket's input, with what the test changes. */
export const helpDesk = (changes: Record<string, unknown> = {}) => ({
  categoryId: 'category-it',
  title: 'Printer offline',
  description: 'The workshop printer does not print job cards.',
  ...changes,
});

/** The error's code, field and reason, to compare at once. */
export function refusal(body: GraphQLBody) {
  const extensions = body.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, field: extensions.field, reason: extensions.reason };
}

/** The first region manager of a region of the seeded network: it handles the tickets of its dealers. */
export function regionManagerOf(t: TestApp, regionId: string | null): string {
  return t.network.roles.find(
    (r) => r.role === 'REGION_MANAGER' && r.scopeType === 'region' && r.scopeId === regionId,
  )!.personId;
}
