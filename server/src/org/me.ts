import type { Db } from '../db/db.js';
import type { ResolversTypes, Role } from '../generated/resolvers.js';

type Viewer = ResolversTypes['Viewer'];
import type { AppCatalogue } from './app-catalogue.js';
import { loadPerson } from './person-model.js';
import type { Principal } from './principal.js';
import { appsFor } from './rollouts.js';

/** The whole session the shell boots with, in one query. */
export async function loadViewer(
  db: Db,
  principal: Principal,
  catalogue: AppCatalogue,
): Promise<Viewer | null> {
  const person = await loadPerson(db, principal.personId);
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
