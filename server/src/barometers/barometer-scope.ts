import { isAdmin } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  BarometerLevel,
  BarometerScopeInput,
  Brand,
  Country,
} from '../generated/resolvers.js';
import { notFound } from '../graphql/errors.js';
import { countryJson } from '../org/country-sql.js';
import type { Principal } from '../org/principal.js';

/**
 * Which part of the network a person may open in the barometers. A region manager's
 * REGION_MANAGER grants over regions (or over a country: a country manager) name it,
 * always within the person's own brand: a Norvik manager never sees another brand's
 * dealers of the same region. Admins see the group: every brand and country. Everyone
 * else has no barometer scope, and a scope outside the caller's reads exactly like one
 * that does not exist.
 */

/** A BarometerScope as GraphQL returns it (no mapper: the object itself). */
export interface BarometerScopeRow {
  level: BarometerLevel;
  /** Country code, region id or dealer id; null for the group. */
  id: string | null;
  name: string;
  brand: Brand;
  /** The scope's country; null for the group. */
  country: Country | null;
}

type BarometerGrantType = 'region' | 'country';

/** The caller's REGION_MANAGER grant ids by scope type (region ids, country codes). */
function managerGrants(principal: Principal): Record<BarometerGrantType, string[]> {
  const grants: Record<BarometerGrantType, string[]> = { region: [], country: [] };
  for (const { role, scopeType, scopeId } of principal.roles) {
    if (role !== 'REGION_MANAGER' || scopeId === null) continue;
    if (scopeType === 'region' || scopeType === 'country') grants[scopeType].push(scopeId);
  }
  return grants;
}

/**
 * The SQL condition for the dealers the caller may see in barometers, over `dealers d`
 * joined to `regions r` (as access/org-scope.ts dealersInScope). Values are appended to
 * `params`.
 */
export function dealersInBarometerScope(principal: Principal, params: unknown[]): string {
  return grantsReach(principal, params, managerGrants(principal));
}

/** The condition that the grants reach a dealer `d` of region `r`, within the caller's brand. */
function grantsReach(
  principal: Principal,
  params: unknown[],
  { region, country }: Record<BarometerGrantType, string[]>,
): string {
  if (isAdmin(principal)) return 'true';
  if (region.length === 0 && country.length === 0) return 'false';
  params.push(principal.brandId, region, country);
  const n = params.length;
  return `(d.brand_id = $${n - 2} and (d.region_id = any($${n - 1}::text[])
    or r.country_code = any($${n}::text[])))`;
}

/**
 * The SQL condition for the dealers inside a scope the caller was allowed to open
 * (assertScope), over `dealers d` joined to `regions r`: the brand's dealers of the
 * group, the country, the region, or the dealer itself.
 */
export function dealersOfScope(scope: BarometerScopeRow, params: unknown[]): string {
  params.push(scope.brand.id);
  const brand = `d.brand_id = $${params.length}`;
  if (scope.level === 'GROUP') return `(${brand})`;
  params.push(scope.id);
  const id = `$${params.length}`;
  const place = { COUNTRY: 'r.country_code', REGION: 'd.region_id', DEALER: 'd.id' }[scope.level];
  return `(${brand} and ${place} = ${id})`;
}

const BRAND_JSON = `json_build_object('id', b.id, 'code', b.code, 'name', b.name)`;

/** The scopes the caller may open, broadest first: the group per brand, countries, regions. */
export async function barometerScopes(db: Db, principal: Principal): Promise<BarometerScopeRow[]> {
  if (isAdmin(principal)) {
    return db.query<BarometerScopeRow>(
      `select 'GROUP' as level, null as id, b.name, ${BRAND_JSON} as brand, null as country
       from brands b order by b.name, b.id`,
    );
  }
  const { region, country } = managerGrants(principal);
  if (region.length === 0 && country.length === 0) return [];
  return db.query<BarometerScopeRow>(
    `select s.level, s.id, s.name, ${BRAND_JSON} as brand, ${countryJson('c')} as country
     from (
       select 'COUNTRY' as level, 0 as breadth, c.code as id, c.name, c.code as country_code
       from countries c where c.code = any($3::text[])
       union all
       select 'REGION', 1, r.id, r.name, r.country_code
       from regions r where r.id = any($2::text[])
     ) s
     join countries c on c.code = s.country_code
     join brands b on b.id = $1
     order by s.breadth, s.name, s.id`,
    [principal.brandId, region, country],
  );
}

/** The name and place of a scope's level, from a dealer row `d` of it (joined as below). */
const SCOPE_OF_DEALER: Record<Exclude<BarometerLevel, 'GROUP'>, { id: string; name: string }> = {
  COUNTRY: { id: 'r.country_code', name: 'c.name' },
  REGION: { id: 'd.region_id', name: 'r.name' },
  DEALER: { id: 'd.id', name: 'd.name' },
};

/**
 * The scope when the caller may open it; NOT_FOUND otherwise, the same answer as for a
 * scope that does not exist. A scope exists when its brand has dealers there.
 */
export async function assertScope(
  db: Db,
  principal: Principal,
  scope: BarometerScopeInput,
): Promise<BarometerScopeRow> {
  const [row] =
    scope.level === 'GROUP'
      ? await groupScope(db, principal, scope)
      : await placeScope(db, principal, scope);
  if (!row) throw notFound('barometer scope');
  return row;
}

function groupScope(
  db: Db,
  principal: Principal,
  scope: BarometerScopeInput,
): Promise<BarometerScopeRow[]> {
  if (!isAdmin(principal) || scope.id) return Promise.resolve([]);
  return db.query<BarometerScopeRow>(
    `select 'GROUP' as level, null as id, b.name, ${BRAND_JSON} as brand, null as country
     from brands b where b.id = $1`,
    [scope.brandId],
  );
}

function placeScope(
  db: Db,
  principal: Principal,
  scope: BarometerScopeInput,
): Promise<BarometerScopeRow[]> {
  const level = scope.level as Exclude<BarometerLevel, 'GROUP'>;
  if (!scope.id) return Promise.resolve([]);
  const params: unknown[] = [scope.brandId, scope.id];
  // A country is opened by its country managers only: a region of it is not the country.
  const grants = managerGrants(principal);
  const allowed = grantsReach(
    principal,
    params,
    level === 'COUNTRY' ? { ...grants, region: [] } : grants,
  );
  const { id, name } = SCOPE_OF_DEALER[level];
  return db.query<BarometerScopeRow>(
    `select '${level}' as level, ${id} as id, ${name} as name, ${BRAND_JSON} as brand,
            ${countryJson('c')} as country
     from dealers d
     join regions r on r.id = d.region_id
     join countries c on c.code = r.country_code
     join brands b on b.id = d.brand_id
     where d.brand_id = $1 and ${id} = $2 and ${allowed}
     limit 1`,
    params,
  );
}

/** A dealer of a barometer scope, as its rows name it. */
export interface ScopeDealer {
  id: string;
  name: string;
  city: string;
  regionId: string;
}

/** The dealers of a scope the caller opened, by name: a region's rows, an engagement's. */
export function scopeDealers(
  db: Db,
  principal: Principal,
  scope: BarometerScopeRow,
): Promise<ScopeDealer[]> {
  const params: unknown[] = [];
  const inScope = dealersOfScope(scope, params);
  const allowed = dealersInBarometerScope(principal, params);
  return db.query<ScopeDealer>(
    `select d.id, d.name, d.city, d.region_id as "regionId"
     from dealers d join regions r on r.id = d.region_id
     where ${inScope} and ${allowed}
     order by d.name, d.id`,
    params,
  );
}
