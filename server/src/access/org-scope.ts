import type { Principal, RoleGrant } from '../org/principal.js';
import { isAdmin } from './guard.js';

/** A grant's part of the org, as a condition on a dealer row `d` (with its region `r`). */
const DEALER_IN_SCOPE: Partial<Record<RoleGrant['scopeType'], (p: string) => string>> = {
  brand: (p) => `d.brand_id = any(${p})`,
  country: (p) => `r.country_code = any(${p})`,
  region: (p) => `d.region_id = any(${p})`,
  dealer: (p) => `d.id = any(${p})`,
  community: (p) => `('community-' || b.code || '-' || lower(r.country_code)) = any(${p})`,
};

/**
 * The SQL condition for the dealers a principal's roles reach, over `dealers d` joined to
 * `regions r` and `brands b`: the union of their grants' scopes. Admins reach every dealer;
 * a locale (translators) reaches none. Values are appended to `params`.
 */
export function dealersInScope(principal: Principal, params: unknown[]): string {
  if (isAdmin(principal) || principal.roles.some((grant) => grant.scopeType === 'group')) {
    return 'true';
  }
  const byType = new Map<RoleGrant['scopeType'], string[]>();
  for (const { scopeType, scopeId } of principal.roles) {
    if (scopeId === null || !DEALER_IN_SCOPE[scopeType]) continue;
    byType.set(scopeType, [...(byType.get(scopeType) ?? []), scopeId]);
  }
  const conditions = [...byType].map(([type, ids]) => {
    params.push(ids);
    return DEALER_IN_SCOPE[type]!(`$${params.length}::text[]`);
  });
  return conditions.length > 0 ? `(${conditions.join(' or ')})` : 'false';
}
