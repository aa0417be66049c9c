import type { Job, Role, TicketScope } from '@piazza/shared/graphql';
import type { TFunction } from 'i18next';

/** The jobs that run a dealer's side of tickets and see all of it (server: tickets/ticket-access.ts). */
const DEALER_MANAGER_JOBS: readonly Job[] = ['SERVICE_MANAGER', 'DEALER_PRINCIPAL'];

interface TicketPerson {
  roles: readonly Role[];
  job: Job | null;
  hasDealer: boolean;
}

/** The names of the team queues the person is a member of (`Viewer.ticketQueues`). */
type Queues = readonly string[];

function managesDealer(person: TicketPerson): boolean {
  return person.hasDealer && person.job !== null && DEALER_MANAGER_JOBS.includes(person.job);
}

/**
 * The list's scopes that show something beyond the person's own tickets, by the server's
 * rules: tickets assigned to them and those of their queues for queue members (only they
 * are assigned tickets), a dealer's managers see the dealer's, region managers their
 * regions', admins everything. "Everything I see" is offered when it can be more than "mine".
 */
export function scopesFor(person: TicketPerson & { queues: Queues }): TicketScope[] {
  const dealer = managesDealer(person);
  const queues = person.queues.length > 0;
  const region = person.roles.includes('REGION_MANAGER');
  const wider = dealer || region || person.roles.includes('ADMIN');
  return [
    'MINE',
    ...(queues ? (['ASSIGNED_TO_ME', 'MY_QUEUES'] as const) : []),
    ...(dealer ? (['MY_DEALER'] as const) : []),
    ...(region ? (['MY_REGION'] as const) : []),
    ...(wider ? (['ALL_I_SEE'] as const) : []),
  ];
}

/**
 * Whether the server gives the person the CSV export (server/src/tickets/tickets-csv.ts):
 * those who follow tickets as a whole, admins, region managers and a dealer's managers.
 */
export function exportsTickets(person: TicketPerson): boolean {
  return (
    person.roles.includes('ADMIN') ||
    person.roles.includes('REGION_MANAGER') ||
    managesDealer(person)
  );
}

/**
 * The words of a scope's tab: "my team", named, for the member of one queue (most work in
 * their brand and country's after-sales team), "my teams" for the member of several.
 */
export function scopeLabel(t: TFunction, scope: TicketScope, queues: Queues): string {
  return scope === 'MY_QUEUES' && queues.length === 1
    ? t('scope.myTeam', { team: queues[0] })
    : t(`scope.${scope}`);
}
