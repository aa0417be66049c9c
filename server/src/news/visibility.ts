import { isAdmin } from '../access/guard.js';
import type { Principal } from '../org/principal.js';

/** The communities (brand × country) a principal edits. */
export function editedCommunities(principal: Principal): string[] {
  return principal.roles
    .filter((grant) => grant.role === 'EDITOR' && grant.scopeType === 'community')
    .flatMap((grant) => (grant.scopeId ? [grant.scopeId] : []));
}

/**
 * The SQL condition on `articles a` for the articles a principal may read, with its
 * values appended to `params`.
 *
 * - Admins read everything.
 * - A reader gets their brand's articles meant for the whole brand or for their country,
 *   and among those, when an article names audiences (`article_audiences`), only those
 *   with an audience that matches them in every criterion it sets: country, region,
 *   dealer, job, role.
 * - Editors also read every article of their communities, whoever it targets, so that
 *   they see what their network received.
 */
export function visibleArticles(principal: Principal, params: unknown[]): string {
  if (isAdmin(principal)) return 'true';
  const at = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const brand = at(principal.brandId);
  const country = at(principal.countryCode);
  const reader = `(a.brand_id = ${brand} and (a.country_code is null or a.country_code = ${country})
    and (not exists (select 1 from article_audiences x where x.article_id = a.id)
      or exists (select 1 from article_audiences x where x.article_id = a.id
        and (x.country_code is null or x.country_code = ${country})
        and (x.region_id is null or x.region_id = ${at(principal.regionId)}::text)
        and (x.dealer_id is null or x.dealer_id = ${at(principal.dealerId)}::text)
        and (x.job is null or x.job = ${at(principal.job)})
        and (x.role is null or x.role = any(${at(principal.roles.map((g) => g.role))}::text[])))))`;
  const communities = editedCommunities(principal);
  if (communities.length === 0) return reader;
  return `(${reader} or exists (select 1 from communities cm
    where cm.id = any(${at(communities)}::text[]) and cm.brand_id = a.brand_id
      and (a.country_code is null or cm.country_code = a.country_code)))`;
}
