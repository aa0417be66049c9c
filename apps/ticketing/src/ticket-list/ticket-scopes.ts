import type { Job, Role, TicketScope } from '@piazza/shared/graphql';

/** The jobs that run a dealer's side of tickets and see all of it (server: tickets/ticket-access.ts). */
const DEALER_MANAGER_JOBS: readonly Job[] = ['SERVICE_MANAGER', 'DEALER_PRINCIPAL'];

/**
 * The list's scopes that show something beyond the person's own tickets, by the server's
 * rules: a dealer's managers see the dealer's, region managers their regions', admins
 * everything. "Everything I see" is offered when it can be more than "mine".
 */
export function scopesFor(person: {
  roles: readonly Role[];
  job: Job | null;
  hasDealer: boolean;
}): TicketScope[] {
  const dealer =
    person.hasDealer && person.job !== null && DEALER_MANAGER_JOBS.includes(person.job);
  const region = person.roles.includes('REGION_MANAGER');
  const wider = dealer || region || person.roles.includes('ADMIN');
  return [
    'MINE',
    ...(dealer ? (['MY_DEALER'] as const) : []),
    ...(region ? (['MY_REGION'] as const) : []),
    ...(wider ? (['ALL_I_SEE'] as const) : []),
  ];
}
