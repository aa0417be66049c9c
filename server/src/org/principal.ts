import type { Db } from '../db/db.js';
import type { Job, Role } from '../generated/resolvers.js';

export type ScopeType =
  'group' | 'brand' | 'country' | 'region' | 'dealer' | 'community' | 'locale';

/**
 * A role held over part of the org (the whole group, a brand, a country, a region, a dealer,
 * a brand × country community) or, for translators, over a locale.
 */
export interface RoleGrant {
  role: Role;
  scopeType: ScopeType;
  /** null for the group scope. */
  scopeId: string | null;
}

/**
 * The signed-in person as authorization sees them: where they sit in the org and what
 * they may do there. Built once per request from the verified token.
 */
export interface Principal {
  personId: string;
  brandId: string;
  countryCode: string;
  /** The dealer's region for dealer staff, their own region for region-level managers. */
  regionId: string | null;
  dealerId: string | null;
  job: Job;
  locale: string;
  roles: RoleGrant[];
}

/** Who a verified token names: demo tokens carry a person id, the group's SSO an e-mail. */
export type Identity = { personId: string } | { email: string };

interface PrincipalRow {
  id: string;
  brand_id: string;
  country_code: string;
  region_id: string | null;
  dealer_id: string | null;
  job: Job;
  locale: string;
  roles: RoleGrant[];
}

const SELECT_PRINCIPAL = `
  select p.id, p.brand_id, p.country_code, coalesce(d.region_id, p.region_id) as region_id,
         p.dealer_id, p.job, p.locale,
         coalesce(json_agg(json_build_object('role', r.role, 'scopeType', r.scope_type,
                  'scopeId', r.scope_id) order by r.role, r.scope_type, r.scope_id)
                  filter (where r.role is not null), '[]') as roles
  from people p
  left join dealers d on d.id = p.dealer_id
  left join person_roles r on r.person_id = p.id
  where %WHERE% and p.erased_at is null
  group by p.id, d.region_id`;

/** Loads the principal a verified identity names, or null when no such person exists (or was erased). */
export async function loadPrincipal(db: Db, identity: Identity): Promise<Principal | null> {
  const [where, value] =
    'personId' in identity
      ? ['p.id = $1', identity.personId]
      : ['p.email = lower($1)', identity.email];
  const [row] = await db.query<PrincipalRow>(SELECT_PRINCIPAL.replace('%WHERE%', where), [value]);
  if (!row) return null;
  return {
    personId: row.id,
    brandId: row.brand_id,
    countryCode: row.country_code,
    regionId: row.region_id,
    dealerId: row.dealer_id,
    job: row.job,
    locale: row.locale,
    roles: row.roles,
  };
}

export function hasRole(principal: Principal, role: Role): boolean {
  return principal.roles.some((grant) => grant.role === role);
}
