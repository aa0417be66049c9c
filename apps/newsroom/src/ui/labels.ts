import { countryName as nameOf } from '@piazza/shared';

/** A country's name in the editor's language ("Włochy"), the server's English one else. */
export function countryName(country: { code: string; name: string }, locale: string): string {
  return nameOf(country.code, locale, country.name);
}

/** A count as the editor writes numbers: "1,234", "1 234", "1.234". */
export function formatCount(count: number, locale: string): string {
  return count.toLocaleString(locale);
}
