import { signedIn } from '../access/guard.js';
import { dealersInScope } from '../access/org-scope.js';
import type { Country, Dealer, QueryResolvers, Region } from '../generated/resolvers.js';
import { badUserInput, notFound } from '../graphql/errors.js';
import { connection, pageRequest } from '../graphql/pagination.js';
import { containsPattern } from '../graphql/search.js';
import { countryJson } from './country-sql.js';
import { dealerJson } from './dealer-sql.js';

/** Dealers with what the scope conditions (`access/org-scope.ts`) refer to. */
const DEALER_SELECT = `
  select ${dealerJson('d.id')} as dealer, d.name, d.id
  from dealers d
  join regions r on r.id = d.region_id
  join brands b on b.id = d.brand_id`;

interface DealerRow {
  dealer: Dealer;
  name: string;
  id: string;
}

export const dealers: QueryResolvers['dealers'] = async (_parent, args, { db, principal }) => {
  const caller = signedIn(principal);
  const page = pageRequest(args, { parts: 2, max: 200, default: 50 });
  const params: unknown[] = [containsPattern(args.search), ...(page.after ?? [null, null])];
  const scope = dealersInScope(caller, params);
  params.push(page.limit);
  const rows = await db.query<DealerRow>(
    `${DEALER_SELECT}
     where ${scope}
       and ($1::text is null or d.name ilike $1 or d.city ilike $1)
       and ($2::text is null or (d.name, d.id) > ($2, $3))
     order by d.name, d.id
     limit $${params.length}`,
    params,
  );
  return connection(
    rows,
    page,
    (row) => [row.name, row.id],
    (row) => row.dealer,
  );
};

export const dealer: QueryResolvers['dealer'] = async (_parent, args, { db, principal }) => {
  const caller = signedIn(principal);
  const params: unknown[] = [args.id];
  const scope = dealersInScope(caller, params);
  const [row] = await db.query<DealerRow>(`${DEALER_SELECT} where d.id = $1 and ${scope}`, params);
  if (!row) throw notFound('dealer');
  return row.dealer;
};

export const countries: QueryResolvers['countries'] = (_parent, _args, { db, principal }) => {
  signedIn(principal);
  return db.query<Country>(
    'select code, name, locale, time_zone as "timeZone" from countries order by name',
  );
};

/** More than the network has: a longer list is a hostile request, not a real one. */
const MAX_COUNTRIES = 50;

export const regions: QueryResolvers['regions'] = async (_parent, args, { db, principal }) => {
  const caller = signedIn(principal);
  if (args.countries.length > MAX_COUNTRIES) {
    throw badUserInput(`At most ${MAX_COUNTRIES} countries`);
  }
  const params: unknown[] = [args.brandId, args.countries];
  const scope = dealersInScope(caller, params);
  return db.query<Region>(
    `select r.id, r.name, ${countryJson('c')} as country
     from regions r
     join countries c on c.code = r.country_code
     where r.country_code = any($2::text[])
       and exists (select 1 from dealers d join brands b on b.id = d.brand_id
         where d.region_id = r.id and d.brand_id = $1 and ${scope})
     order by r.name, r.id`,
    params,
  );
};
