import { countryName } from '@piazza/shared';
import type { BarometerLevel } from '@piazza/shared/graphql';

/**
 * A part of the network as the reader names it: the server names countries in English,
 * so a country is named from its code in the reader's language ("Deutschland").
 */
export function placeName(
  place: { level: BarometerLevel; id?: string | null; name: string },
  locale: string,
): string {
  return place.level === 'COUNTRY' && place.id
    ? countryName(place.id, locale, place.name)
    : place.name;
}
