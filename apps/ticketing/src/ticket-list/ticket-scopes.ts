import type { Job, Role, TicketScope } from '@piazza/shared/graphql';

/** The jobs that run a dealer's side of tickets and see all of it (server: tickets/ticket-access.ts). */
const DEALER_MANAGER_JOBS: readonly Job[] = ['SERVICE_MANAGER', 'DEALER_PRINCIPAL'];

/**
 * The roles of people who work tickets in team queues besides filing them: admins and
 * region managers handle tickets, and field staff are the after-sales teams' members
 * (decision 34). The schema does not tell the client which queues a person is in, so
 * "assigned to me" and "my queues" are offered by role and may be empty.
 */
const QUEUE_WORKER_ROLES: readonly Role[] = ['ADMIN', 'REGION_MANAGER', 'FIELD'];

interface TicketPerson {
  roles: readonly Role[];
  job: Job | null;
  hasDealer: boolean;
}

function managesDealer(person: TicketPerson): boolean {
  return person.hasDealer && person.job !== null && DEALER_MANAGER_JOBS.includes(person.job);
}

/**
 * The list's scopes that show something beyond the person's own tickets, by the server's
 * rules: tickets assigned to them and those of their queues for queue workers, a dealer's
 * managers see the dealer's, region managers their regions', admins everything.
 * "Everything I see" is offered when it can be more than "mine".
 */
export function scopesFor(person: TicketPerson): TicketScope[] {
  const dealer = managesDealer(person);
  const queues = person.roles.some((role) => QUEUE_WORKER_ROLES.includes(role));
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
