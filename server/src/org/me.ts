import type { Db } from '../db/db.js';
import type { ResolversTypes, Role } from '../generated/resolvers.js';

type Viewer = ResolversTypes['Viewer'];
import { loadPerson } from './person-model.js';
import type { Principal } from './principal.js';
import { appsFor } from './rollouts.js';

/** The whole session the shell boots with, in one query. */
export async function loadViewer(db: Db, principal: Principal): Promise<Viewer | null> {
  const person = await loadPerson(db, principal.personId);
  if (!person) return null;
  const { apps, cohorts } = await appsFor(db, principal);
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
