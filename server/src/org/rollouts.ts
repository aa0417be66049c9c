import { admin, isAdmin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../db/db.js';
import type {
  Country,
  Dealer,
  MutationResolvers,
  QueryResolvers,
  ResolversTypes,
} from '../generated/resolvers.js';

type AppRollout = ResolversTypes['AppRollout'];
import { badUserInput } from '../graphql/errors.js';
import type { AppCatalogue, AppDefinition } from './app-catalogue.js';
import { dealerJson } from './dealer-sql.js';
import { loadPerson } from './person-model.js';
import type { Principal } from './principal.js';
import { countryJson } from './country-sql.js';

const MAX_COHORT = 500;

interface RolloutRow {
  app: string;
  wave: 'pilot' | 'everyone';
  in_cohort: boolean;
}

/**
 * The apps a person may open: their roles allow it, and a pilot app's cohort holds their
 * country or dealer (admins, who run pilots, see every app their roles allow).
 */
export async function appsFor(
  db: Db,
  principal: Principal,
  catalogue: AppCatalogue,
): Promise<{ apps: string[]; cohorts: string[] }> {
  const rows = await db.query<RolloutRow>(
    `select r.app, r.wave, exists (
       select 1 from app_rollout_cohort k
       where k.app = r.app and ((k.scope_type = 'country' and k.scope_id = $1)
                             or (k.scope_type = 'dealer' and k.scope_id = $2))) as in_cohort
     from app_rollouts r`,
    [principal.countryCode, principal.dealerId],
  );
  const rollout = new Map(rows.map((row) => [row.app, row]));
  const roles = new Set(principal.roles.map((grant) => grant.role));
  const apps: string[] = [];
  const cohorts: string[] = [];
  for (const app of await catalogue()) {
    if (!app.roles.some((role) => roles.has(role))) continue;
    const row = rollout.get(app.name);
    if (row?.wave === 'pilot') {
      if (!row.in_cohort && !isAdmin(principal)) continue;
      if (row.in_cohort) cohorts.push(app.name);
    }
    apps.push(app.name);
  }
  return { apps, cohorts };
}

interface StoredRollout {
  wave: 'pilot' | 'everyone';
  countries: Country[];
  dealers: Dealer[];
  updated_at: Date | null;
  updated_by: string | null;
}

async function loadRollout(db: Db, app: AppDefinition): Promise<AppRollout> {
  const [row] = await db.query<StoredRollout>(
    `select r.wave, r.updated_at, r.updated_by,
       coalesce((select json_agg(${countryJson('c')} order by c.code)
                 from app_rollout_cohort k join countries c on c.code = k.scope_id
                 where k.app = r.app and k.scope_type = 'country'), '[]') as countries,
       coalesce((select json_agg(${dealerJson('d.id')} order by d.name)
                 from app_rollout_cohort k join dealers d on d.id = k.scope_id
                 where k.app = r.app and k.scope_type = 'dealer'), '[]') as dealers
     from app_rollouts r where r.app = $1`,
    [app.name],
  );
  const wave = row?.wave ?? 'everyone';
  const countries = row?.countries ?? [];
  const dealers = row?.dealers ?? [];
  const [reach] = await db.query<{ count: number }>(
    `select count(distinct p.id)::int as count
     from people p join person_roles g on g.person_id = p.id
     where p.erased_at is null and g.role = any($1::text[])
       and ($2 = 'everyone' or g.role = 'ADMIN'
            or p.country_code = any($3::text[]) or p.dealer_id = any($4::text[]))`,
    [app.roles, wave, countries.map((c) => c.code), dealers.map((d) => d.id)],
  );
  return {
    app: app.name,
    wave: wave === 'pilot' ? 'PILOT' : 'EVERYONE',
    countries,
    dealers,
    reach: reach?.count ?? 0,
    updatedAt: row?.updated_at?.toISOString() ?? null,
    updatedBy: row?.updated_by ? await loadPerson(db, row.updated_by) : null,
  };
}

export const appRollouts: QueryResolvers['appRollouts'] = async (
  _parent,
  _args,
  { db, principal, apps },
) => {
  admin(principal);
  return Promise.all((await apps()).map((app) => loadRollout(db, app)));
};

async function unknownIds(db: Db, table: string, key: string, ids: string[]): Promise<string[]> {
  const found = await db.query<{ id: string }>(
    `select ${key} as id from ${table} where ${key} = any($1::text[])`,
    [ids],
  );
  const known = new Set(found.map((row) => row.id));
  return ids.filter((id) => !known.has(id));
}

export const setAppRollout: MutationResolvers['setAppRollout'] = async (
  _parent,
  { input },
  { db, principal, apps },
) => {
  const caller = admin(principal);
  const app = (await apps()).find((candidate) => candidate.name === input.app);
  if (!app) throw badUserInput(`No app is called "${input.app.slice(0, 40)}"`);
  const pilot = input.wave === 'PILOT';
  const countries = pilot ? [...new Set(input.countries ?? [])] : [];
  const dealers = pilot ? [...new Set(input.dealers ?? [])] : [];
  if (pilot && countries.length + dealers.length === 0) {
    throw badUserInput('A pilot needs at least one country or dealer in its cohort');
  }
  if (countries.length + dealers.length > MAX_COHORT) {
    throw badUserInput(`A cohort holds at most ${MAX_COHORT} countries and dealers`);
  }
  const unknown = [
    ...(await unknownIds(db, 'countries', 'code', countries)),
    ...(await unknownIds(db, 'dealers', 'id', dealers)),
  ];
  if (unknown.length > 0) {
    throw badUserInput(`Unknown countries or dealers: ${unknown.slice(0, 5).join(', ')}`);
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into app_rollouts (app, wave, updated_at, updated_by) values ($1, $2, now(), $3)
       on conflict (app) do update set wave = $2, updated_at = now(), updated_by = $3`,
      [app.name, pilot ? 'pilot' : 'everyone', caller.personId],
    );
    await tx.query('delete from app_rollout_cohort where app = $1', [app.name]);
    await tx.query(
      `insert into app_rollout_cohort (app, scope_type, scope_id)
       select $1, 'country', unnest($2::text[])
       union all select $1, 'dealer', unnest($3::text[])`,
      [app.name, countries, dealers],
    );
    await recordAudit(tx, caller, {
      action: 'app.rollout',
      targetType: 'app',
      targetId: app.name,
      details: { wave: input.wave, countries, dealers },
    });
  });
  return loadRollout(db, app);
};
