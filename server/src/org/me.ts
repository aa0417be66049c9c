import type { Db } from '../db/db.js';
import type { Job, Role, Viewer } from '../generated/resolvers.js';
import type { Principal } from './principal.js';

interface ViewerRow {
  id: string;
  given_name: string;
  family_name: string;
  job: Job;
  brand_id: string;
  brand_code: string;
  brand_name: string;
  dealer_id: string | null;
  dealer_name: string | null;
  dealer_city: string | null;
  region_id: string | null;
  region_name: string | null;
  country_code: string | null;
  country_name: string | null;
}

const SELECT_VIEWER = `
  select p.id, p.given_name, p.family_name, p.job,
         b.id as brand_id, b.code as brand_code, b.name as brand_name,
         d.id as dealer_id, d.name as dealer_name, d.city as dealer_city,
         r.id as region_id, r.name as region_name, c.code as country_code, c.name as country_name
  from people p
  join brands b on b.id = p.brand_id
  left join dealers d on d.id = p.dealer_id
  left join regions r on r.id = d.region_id
  left join countries c on c.code = r.country_code
  where p.id = $1`;

function dealerOf(row: ViewerRow): Viewer['person']['dealer'] {
  if (!row.dealer_id || !row.region_id || !row.country_code) return null;
  return {
    id: row.dealer_id,
    name: row.dealer_name ?? '',
    city: row.dealer_city ?? '',
    region: {
      id: row.region_id,
      name: row.region_name ?? '',
      country: { code: row.country_code, name: row.country_name ?? '' },
    },
  };
}

/** The whole session the shell boots with, in one query. */
export async function loadViewer(db: Db, principal: Principal): Promise<Viewer | null> {
  const [row] = await db.query<ViewerRow>(SELECT_VIEWER, [principal.personId]);
  if (!row) return null;
  const roles = [...new Set<Role>(principal.roles.map((grant) => grant.role))];
  return {
    person: {
      id: row.id,
      displayName: `${row.given_name} ${row.family_name}`,
      job: row.job,
      dealer: dealerOf(row),
    },
    roles,
    locale: principal.locale,
    brand: { id: row.brand_id, code: row.brand_code, name: row.brand_name },
  };
}
