/** One formatter per reader language: Intl.DisplayNames is slow to build. */
const displayNames = new Map<string, Intl.DisplayNames>();

/**
 * A language's name as readers of `inLocale` write it: languageName('es', 'de') is
 * "Spanisch", languageName('pl', 'pl') is "polski".
 */
export function languageName(code: string, inLocale: string): string {
  let names = displayNames.get(inLocale);
  if (names === undefined) {
    names = new Intl.DisplayNames([inLocale], { type: 'language' });
    displayNames.set(inLocale, names);
  }
  return names.of(code) ?? code;
}
