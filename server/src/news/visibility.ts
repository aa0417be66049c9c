import { hasRole, type Principal } from '../org/principal.js';

/**
 * The SQL condition on `articles a` for the articles a principal may read, with its
 * values appended to `params`. Admins read everything; everyone else reads their brand's
 * articles meant for the whole brand or for their country. Finer targeting (region,
 * dealer, job) extends this one function.
 */
export function visibleArticles(principal: Principal, params: unknown[]): string {
  if (hasRole(principal, 'ADMIN')) return 'true';
  params.push(principal.brandId, principal.countryCode);
  const brand = `$${params.length - 1}`;
  const country = `$${params.length}`;
  return `(a.brand_id = ${brand} and (a.country_code is null or a.country_code = ${country}))`;
}
