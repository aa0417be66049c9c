import { isAdmin } from '../access/guard.js';
import { barometerScopes, dealersInBarometerScope } from '../barometers/barometer-scope.js';
import type { Db } from '../db/db.js';
import { editedCommunities } from '../news/visibility.js';
import type { Principal } from '../org/principal.js';

/**
 * Where a person may ask a pulse survey: editors in the communities (brand × country) they
 * edit, region managers within their barometer scope (their region or country, their own
 * brand), admins anywhere. The same reach decides who manages a stored survey: whoever
 * could have asked its whole audience (besides its author), so that editors of its
 * communities and the managers above it see its results, and nobody beside them.
 */
export interface AuthorReach {
  /** The values its conditions name as $1…$n: a query using them starts with a copy. */
  params: readonly unknown[];
  /** A country code (an SQL expression) of the brand `brand`. */
  country(brand: string, code: string): string;
  /** A region row `r` for the brand `brand`. */
  region(brand: string): string;
  /** A dealer row `d` (with its region `r`) for the brand `brand`. */
  dealer(brand: string): string;
}

const EVERYWHERE: AuthorReach = {
  params: [],
  country: () => 'true',
  region: () => 'true',
  dealer: (brand) => `d.brand_id = ${brand}`,
};

/**
 * The caller's reach as SQL conditions; null when the caller may ask nobody (neither
 * editor, region manager nor admin).
 */
export async function authorReach(db: Db, caller: Principal): Promise<AuthorReach | null> {
  if (isAdmin(caller)) return EVERYWHERE;
  const communities = editedCommunities(caller);
  const scopes = await barometerScopes(db, caller);
  if (communities.length === 0 && scopes.length === 0) return null;
  const params: unknown[] = [];
  const at = (value: unknown) => `$${params.push(value)}`;
  const edited = at(communities);
  const ownBrand = at(caller.brandId);
  const countries = at(scopes.filter((s) => s.level === 'COUNTRY').map((s) => s.id));
  const regions = at(scopes.filter((s) => s.level === 'REGION').map((s) => s.id));
  const managedDealer = dealersInBarometerScope(caller, params);
  const inCommunity = (brand: string, country: string) =>
    `exists (select 1 from communities cm where cm.id = any(${edited}::text[])
      and cm.brand_id = ${brand} and cm.country_code = ${country})`;
  return {
    params,
    country: (brand, code) =>
      `(${inCommunity(brand, code)}
        or (${brand} = ${ownBrand} and ${code} = any(${countries}::text[])))`,
    region: (brand) =>
      `(${inCommunity(brand, 'r.country_code')}
        or (${brand} = ${ownBrand} and (r.id = any(${regions}::text[])
          or r.country_code = any(${countries}::text[]))))`,
    dealer: (brand) =>
      `(d.brand_id = ${brand} and (${inCommunity(brand, 'r.country_code')} or ${managedDealer}))`,
  };
}
