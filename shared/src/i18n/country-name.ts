/** One formatter per reader language: Intl.DisplayNames is slow to build. */
const regionNames = new Map<string, Intl.DisplayNames>();

/**
 * A country's name as readers of `inLocale` write it, from its ISO code:
 * countryName('PL', 'fr') is "Pologne". The server's names are English; `fallback` is
 * shown for a code the browser does not know.
 */
export function countryName(code: string, inLocale: string, fallback = code): string {
  let names = regionNames.get(inLocale);
  if (names === undefined) {
    names = new Intl.DisplayNames([inLocale], { type: 'region', fallback: 'none' });
    regionNames.set(inLocale, names);
  }
  return names.of(code) ?? fallback;
}
