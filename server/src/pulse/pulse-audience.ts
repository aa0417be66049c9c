import { PEOPLE } from '../news/reach.js';
import { meantFor, type Reader, type TargetSql } from '../news/visibility.js';
import type { AuthorReach } from './pulse-reach.js';

/**
 * Who a pulse survey asks: the people of its brand whose country, region or dealer is one
 * it names, and whose job is one of its jobs (none named: every job). Stored as
 * `{"countries": [], "regionIds": [], "dealerIds": [], "jobs": []}` on `pulse_surveys s`.
 *
 * It is an article's target in other words (one audience row per place and job, each
 * matching on every criterion it sets), so the news' one definition of "meant for"
 * decides it.
 */

/** The stored audience of a survey. */
export interface StoredAudience {
  countries: string[];
  regionIds: string[];
  dealerIds: string[];
  jobs: string[];
}

/** The audience `audience` (a jsonb expression) as article audience rows `x`. */
function audienceRows(audience: string): string {
  return `(select pl.country_code, pl.region_id, pl.dealer_id, jb.job, null::text as role
    from (select value as country_code, null::text as region_id, null::text as dealer_id
          from jsonb_array_elements_text(${audience}->'countries')
        union all
        select null, value, null from jsonb_array_elements_text(${audience}->'regionIds')
        union all
        select null, null, value from jsonb_array_elements_text(${audience}->'dealerIds')) pl
    cross join (select value as job from jsonb_array_elements_text(${audience}->'jobs')
        union all
        select null where jsonb_array_length(${audience}->'jobs') = 0) jb) x where true`;
}

const SURVEY_TARGET: TargetSql = {
  brand: 's.brand_id',
  country: 'null::text',
  audiences: audienceRows('s.audience'),
};

/** The condition that the survey `s` asks the reader. */
export function asks(reader: Reader): string {
  return meantFor(reader, SURVEY_TARGET);
}

/** How many people the survey `s` asks now. */
export const AUDIENCE_COUNT = `(select count(*)::int from people p
  left join dealers pd on pd.id = p.dealer_id
  where p.erased_at is null and ${asks(PEOPLE)})`;

/**
 * The places an audience names (`audience` a jsonb expression, `brand` the survey's brand),
 * one row each: `field` (countries, regionIds, dealerIds), its `position` in that list,
 * whether it exists (`known`) and whether it lies within `reach` (a dealer of another brand
 * does not).
 */
export function audiencePlaces(audience: string, brand: string, reach: AuthorReach): string {
  return `select 'countries' as field, e.i - 1 as position, c.code is not null as known,
      c.code is not null and ${reach.country(brand, 'c.code')} as reachable
    from jsonb_array_elements_text(${audience}->'countries') with ordinality e(id, i)
    left join countries c on c.code = e.id
    union all
    select 'regionIds', e.i - 1, r.id is not null, r.id is not null and ${reach.region(brand)}
    from jsonb_array_elements_text(${audience}->'regionIds') with ordinality e(id, i)
    left join regions r on r.id = e.id
    union all
    select 'dealerIds', e.i - 1, d.id is not null, d.id is not null and ${reach.dealer(brand)}
    from jsonb_array_elements_text(${audience}->'dealerIds') with ordinality e(id, i)
    left join dealers d on d.id = e.id
    left join regions r on r.id = d.region_id`;
}

/** The condition that the survey `s`'s whole audience lies within `reach`. */
export function audienceWithin(reach: AuthorReach): string {
  return `not exists (select 1 from (${audiencePlaces('s.audience', 's.brand_id', reach)}) pl
    where not pl.reachable)`;
}
