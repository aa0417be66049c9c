import type { Db } from '../db/db.js';
import { dealerJson } from './dealer-sql.js';
import type { Brand, Country, Dealer, Job, RoleGrant, TeamKind } from '../generated/resolvers.js';
import { countryJson } from './country-sql.js';

/** A person as resolvers hand them around; private fields are guarded in ./person-resolvers.ts. */
export interface PersonModel {
  id: string;
  givenName: string;
  familyName: string;
  job: Job;
  email: string;
  dealer: Dealer | null;
  team: { id: string; kind: TeamKind } | null;
  country: Country;
  brand: Brand;
  grants: RoleGrant[];
  erasedAt: Date | null;
}

/** SQL for a scope's label: the name of the brand, country, region or dealer it designates. */
function scopeLabel(type: string, id: string): string {
  return `coalesce(case ${type}
    when 'group' then ''
    when 'brand' then (select name from brands where id = ${id})
    when 'country' then (select name from countries where code = ${id})
    when 'region' then (select name from regions where id = ${id})
    when 'dealer' then (select name from dealers where id = ${id})
    when 'community' then (select cb.name || ' · ' || cc.name from communities cm
      join brands cb on cb.id = cm.brand_id join countries cc on cc.code = cm.country_code
      where cm.id = ${id})
    end, ${id})`;
}

/**
 * SQL aggregating role grants into GraphQL RoleGrant objects, from the row set's columns
 * holding the role, the scope type and the scope id.
 */
export function grantsJson(role: string, type: string, id: string): string {
  return `coalesce(json_agg(json_build_object(
    'role', ${role},
    'scope', json_build_object('type', upper(${type}), 'id', ${id},
                               'name', ${scopeLabel(type, id)})
  ) order by ${role}, ${type}, ${id}), '[]')`;
}

/** Every column of a PersonModel, over `people p`; joins are added by `personQuery`. */
const PERSON_COLUMNS = `
  p.id, p.given_name as "givenName", p.family_name as "familyName", p.job, p.email,
  p.erased_at as "erasedAt",
  case when p.dealer_id is null then null else ${dealerJson('p.dealer_id')} end as dealer,
  case when t.id is null then null else json_build_object('id', t.id, 'kind', t.kind) end as team,
  ${countryJson('c')} as country,
  json_build_object('id', b.id, 'code', b.code, 'name', b.name) as brand,
  (select ${grantsJson('g.role', 'g.scope_type', 'g.scope_id')}
   from person_roles g where g.person_id = p.id) as grants`;

const PERSON_JOINS = `
  join countries c on c.code = p.country_code
  join brands b on b.id = p.brand_id
  left join teams t on t.id = p.team_id`;

/** `select <person columns> from people p <joins> <rest>`: rest holds where/order/limit. */
export function personQuery(rest: string): string {
  return `select ${PERSON_COLUMNS} from people p ${PERSON_JOINS} ${rest}`;
}

export async function loadPerson(db: Db, id: string): Promise<PersonModel | null> {
  const [row] = await db.query<PersonModel>(personQuery('where p.id = $1'), [id]);
  return row ?? null;
}
