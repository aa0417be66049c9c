import { recordActiveDay } from '../barometers/active-days.js';
import type { Db } from '../db/db.js';
import type { Role, Viewer } from '../generated/resolvers.js';

import type { AppCatalogue } from './app-catalogue.js';
import { loadPerson, type PersonModel } from './person-model.js';
import type { Principal } from './principal.js';
import { appsFor } from './rollouts.js';

/** The viewer as loaded here; `ticketQueues` resolves on its own (tickets/viewer-queues.ts). */
export type ViewerModel = Omit<Viewer, 'person' | 'ticketQueues'> & { person: PersonModel };

/** The whole session the shell boots with, in one query. */
export async function loadViewer(
  db: Db,
  principal: Principal,
  catalogue: AppCatalogue,
): Promise<ViewerModel | null> {
  const [person] = await Promise.all([
    loadPerson(db, principal.personId),
    recordActiveDay(db, principal.personId),
  ]);
  if (!person) return null;
  const { apps, cohorts } = await appsFor(db, principal, catalogue);
  return {
    person,
    roles: [...new Set<Role>(principal.roles.map((grant) => grant.role))],
    grants: person.grants,
    apps,
    cohorts,
    locale: principal.locale,
    brand: person.brand,
  };
}
