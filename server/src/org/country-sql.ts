/** SQL building a GraphQL Country object from a `countries` row by its alias. */
export function countryJson(alias: string): string {
  return `json_build_object('code', ${alias}.code, 'name', ${alias}.name,
    'locale', ${alias}.locale, 'timeZone', ${alias}.time_zone)`;
}
