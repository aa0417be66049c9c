/**
 * The surveys a person put off with "Later": collapsed until the browser session ends
 * (sessionStorage), per person, so that the next sign-in on a shared device starts clean.
 */
const storageKey = (personId: string) => `piazza-news-pulse-later:${personId}`;

export function surveysPutOff(personId: string): ReadonlySet<string> {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey(personId)) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : []);
  } catch {
    // Unreadable (or storage refused): nothing is put off, every survey shows open.
    return new Set();
  }
}

/** Puts a survey off, or brings it back; answers the new set. */
export function putOff(personId: string, surveyId: string, later: boolean): ReadonlySet<string> {
  const ids = new Set(surveysPutOff(personId));
  if (later) ids.add(surveyId);
  else ids.delete(surveyId);
  try {
    sessionStorage.setItem(storageKey(personId), JSON.stringify([...ids]));
  } catch {
    // Storage refused (private mode, full): the choice holds while the page stays open.
  }
  return ids;
}
