import { countryJson } from './country-sql.js';

/**
 * SQL building a GraphQL Dealer object from a `dealers` row, joining what it needs by the
 * given aliases. One definition for every query that returns dealers.
 */
export function dealerJson(dealer: string): string {
  return `(select json_build_object('id', dj.id, 'name', dj.name, 'city', dj.city,
      'region', json_build_object('id', djr.id, 'name', djr.name,
        'country', ${countryJson('djc')}),
      'brand', json_build_object('id', djb.id, 'code', djb.code, 'name', djb.name))
    from dealers dj
    join regions djr on djr.id = dj.region_id
    join countries djc on djc.code = djr.country_code
    join brands djb on djb.id = dj.brand_id
    where dj.id = ${dealer})`;
}
