/** The search parameter of the feed's address: `news?q=voiture`. */
const SEARCH_PARAM = 'q';

/**
 * The portal path of the feed showing a search (`news?q=…`), or the feed alone for no
 * words; the address keeps the search for back, forward, reload and shared links.
 */
export function searchPath(search: string): string {
  return search ? `news?${new URLSearchParams({ [SEARCH_PARAM]: search })}` : 'news';
}

/** The search an address holds (`?q=…`), trimmed; empty for none. */
export function searchFromLocation(location: { search: string }): string {
  return new URLSearchParams(location.search).get(SEARCH_PARAM)?.trim() ?? '';
}
