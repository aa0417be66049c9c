import { isAdmin } from '../access/guard.js';
import type { Principal } from '../org/principal.js';

/** The communities (brand × country) a principal edits. */
export function editedCommunities(principal: Principal): string[] {
  return principal.roles
    .filter((grant) => grant.role === 'EDITOR' && grant.scopeType === 'community')
    .flatMap((grant) => (grant.scopeId ? [grant.scopeId] : []));
}

/** SQL expressions for a reader: bound values for a principal, or the columns of `people`. */
export interface Reader {
  brand: string;
  country: string;
  region: string;
  dealer: string;
  job: string;
  /** A condition: the reader holds the role `role` (an SQL expression). */
  hasRole(role: string): string;
}

/**
 * An article's target as SQL: its brand, its country (null: every country of the brand)
 * and a FROM clause giving its audience rows as `x` (country_code, region_id, dealer_id,
 * job, role), ending in a WHERE condition.
 */
export interface TargetSql {
  brand: string;
  country: string;
  audiences: string;
}

/** The target of the stored article `a`. */
const STORED_TARGET: TargetSql = {
  brand: 'a.brand_id',
  country: 'a.country_code',
  audiences: 'article_audiences x where x.article_id = a.id',
};

/**
 * The condition that an article is meant for the reader: their brand's, for the whole
 * brand or their country, and when it names audiences, with one whose every criterion
 * (country, region, dealer, job, role) matches them. The one definition behind who reads
 * an article, how many it reaches, and how many a target would reach before publishing.
 */
export function meantFor(reader: Reader, target: TargetSql = STORED_TARGET): string {
  return `(${target.brand} = ${reader.brand}
    and (${target.country} is null or ${target.country} = ${reader.country})
    and (not exists (select 1 from ${target.audiences})
      or exists (select 1 from ${target.audiences}
        and (x.country_code is null or x.country_code = ${reader.country})
        and (x.region_id is null or x.region_id = ${reader.region})
        and (x.dealer_id is null or x.dealer_id = ${reader.dealer})
        and (x.job is null or x.job = ${reader.job})
        and (x.role is null or ${reader.hasRole('x.role')}))))`;
}

/**
 * The condition on `articles a` that one of these communities (by id) owns the article:
 * a community of its brand, in its country, or for an article of several countries, in
 * one its audiences name (an article for the whole brand belongs to all its communities).
 */
export function ownedBy(communities: string): string {
  return `exists (select 1 from communities cm
    where cm.id = any(${communities}) and cm.brand_id = a.brand_id
      and (a.country_code = cm.country_code
        or (a.country_code is null
          and (not exists (select 1 from article_audiences x
                where x.article_id = a.id and x.country_code is not null)
            or exists (select 1 from article_audiences x
                where x.article_id = a.id and x.country_code = cm.country_code)))))`;
}

/**
 * The SQL condition on `articles a` for the articles a principal may read, with its
 * values appended to `params`: admins read everything; editors also read every article of
 * their communities, whoever it targets, to see what their network received; everyone
 * reads what is meant for them.
 */
export function visibleArticles(principal: Principal, params: unknown[]): string {
  if (isAdmin(principal)) return 'true';
  const reader = meantFor(principalAsReader(principal, params));
  const communities = editedCommunities(principal);
  if (communities.length === 0) return reader;
  params.push(communities);
  return `(${reader} or ${ownedBy(`$${params.length}::text[]`)})`;
}

/** The principal as a Reader, its values appended to `params`. */
export function principalAsReader(principal: Principal, params: unknown[]): Reader {
  const at = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const roles = at(principal.roles.map((grant) => grant.role));
  return {
    brand: at(principal.brandId),
    country: at(principal.countryCode),
    region: `${at(principal.regionId)}::text`,
    dealer: `${at(principal.dealerId)}::text`,
    job: at(principal.job),
    hasRole: (role) => `${role} = any(${roles}::text[])`,
  };
}
