const names = new Map<string, string>();

/**
 * A language's name as readers of `inLocale` write it: languageName('es', 'de') is
 * "Spanisch", languageName('pl', 'pl') is "polski". Cached: Intl.DisplayNames is slow to
 * build and lists render it many times.
 */
export function languageName(code: string, inLocale: string): string {
  const key = `${code}|${inLocale}`;
  let name = names.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([inLocale], { type: 'language' }).of(code) ?? code;
    names.set(key, name);
  }
  return name;
}
