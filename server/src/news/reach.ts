import { isAdmin, signedIn } from '../access/guard.js';
import type { MutationResolvers, QueryResolvers, ReachGroup } from '../generated/resolvers.js';
import { forbidden, notFound } from '../graphql/errors.js';
import { personQuery, type PersonModel } from '../org/person-model.js';
import {
  editedCommunities,
  meantFor,
  ownedBy,
  visibleArticles,
  type Reader,
} from './visibility.js';

const MAX_NOT_ACKNOWLEDGED = 500;

/** Everyone as a reader: the columns of `people p` with their dealer `pd`. */
export const PEOPLE: Reader = {
  brand: 'p.brand_id',
  country: 'p.country_code',
  region: 'coalesce(pd.region_id, p.region_id)',
  dealer: 'p.dealer_id',
  job: 'p.job',
  hasRole: (role) =>
    `exists (select 1 from person_roles g where g.person_id = p.id and g.role = ${role})`,
};
const PEOPLE_AS_READERS = meantFor(PEOPLE);

/** The people an article (`$1`) is meant for (AUDIENCE_WHERE), with their reads of it. */
const AUDIENCE_FROM = `
  from articles a
  cross join people p
  left join dealers pd on pd.id = p.dealer_id
  left join article_reads r on r.article_id = a.id and r.person_id = p.id`;
const AUDIENCE_WHERE = `a.id = $1 and p.erased_at is null and ${PEOPLE_AS_READERS}`;

interface ReachRow {
  country_code: string;
  country_name: string;
  region_id: string | null;
  region_name: string | null;
  dealer_id: string | null;
  dealer_name: string | null;
  audience: number;
  opened: number;
  acknowledged: number;
}

/** Sums rows into groups by the key a row gives (rows without one are left out). */
function groups(rows: ReachRow[], key: (row: ReachRow) => [string, string] | null): ReachGroup[] {
  const byId = new Map<string, ReachGroup>();
  for (const row of rows) {
    const [id, name] = key(row) ?? [];
    if (id === undefined || name === undefined) continue;
    const group = byId.get(id) ?? { id, name, audience: 0, opened: 0, acknowledged: 0 };
    group.audience += row.audience;
    group.opened += row.opened;
    group.acknowledged += row.acknowledged;
    byId.set(id, group);
  }
  return [...byId.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
}

export const articleReach: QueryResolvers['articleReach'] = async (
  _parent,
  { id },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const params: unknown[] = [id];
  const [visible] = await db.query<{ must_read: boolean; owned: boolean }>(
    `select a.must_read, ${
      isAdmin(caller) ? 'true' : ownedBy(`$${params.push(editedCommunities(caller))}::text[]`)
    } as owned
     from articles a where a.id = $1 and ${visibleArticles(caller, params)}`,
    params,
  );
  if (!visible) throw notFound('article');
  if (!visible.owned) throw forbidden();

  const rows = await db.query<ReachRow>(
    `select c.code as country_code, c.name as country_name,
            rg.id as region_id, rg.name as region_name, p.dealer_id, pd.name as dealer_name,
            count(*)::int as audience, count(r.opened_at)::int as opened,
            count(r.acknowledged_at)::int as acknowledged
     ${AUDIENCE_FROM}
     left join regions rg on rg.id = coalesce(pd.region_id, p.region_id)
     join countries c on c.code = p.country_code
     where ${AUDIENCE_WHERE}
     group by c.code, c.name, rg.id, rg.name, p.dealer_id, pd.name`,
    [id],
  );
  const notAcknowledged = visible.must_read
    ? await db.query<PersonModel>(
        personQuery(`where p.id in (select p.id ${AUDIENCE_FROM}
            where ${AUDIENCE_WHERE} and r.acknowledged_at is null)
          order by p.family_name, p.given_name, p.id limit ${MAX_NOT_ACKNOWLEDGED}`),
        [id],
      )
    : [];
  const total = (field: 'audience' | 'opened' | 'acknowledged') =>
    rows.reduce((sum, row) => sum + row[field], 0);
  return {
    audience: total('audience'),
    opened: total('opened'),
    acknowledged: total('acknowledged'),
    byCountry: groups(rows, (row) => [row.country_code, row.country_name]),
    byRegion: groups(rows, (row) =>
      row.region_id && row.region_name ? [row.region_id, row.region_name] : null,
    ),
    byDealer: groups(rows, (row) =>
      row.dealer_id && row.dealer_name ? [row.dealer_id, row.dealer_name] : null,
    ),
    notAcknowledged,
  };
};

export const recordArticleOpened: MutationResolvers['recordArticleOpened'] = async (
  _parent,
  { id },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const params: unknown[] = [id, caller.personId];
  const recorded = await db.query(
    `insert into article_reads (article_id, person_id)
     select a.id, $2 from articles a where a.id = $1 and ${visibleArticles(caller, params)}
     on conflict (article_id, person_id) do nothing
     returning 1`,
    params,
  );
  if (recorded.length === 0) {
    const [known] = await db.query(
      'select 1 from article_reads where article_id = $1 and person_id = $2',
      [id, caller.personId],
    );
    if (!known) throw notFound('article');
  }
  return true;
};
