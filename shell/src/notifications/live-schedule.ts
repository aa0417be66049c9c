import { liveStreamState, msUntilNextLiveChange, type LiveStreamTimes } from '@piazza/shared';

type WithStream = { liveStream: LiveStreamTimes | null };

/**
 * The article whose stream the header shows at `now`: the first one running, else the
 * first one starting within 15 minutes (the API lists them soonest first); none once all
 * are over.
 */
export function streamToShow<T extends WithStream>(
  articles: readonly T[],
  now: number,
): T | undefined {
  const stateOf = (article: T) => article.liveStream && liveStreamState(article.liveStream, now);
  return (
    articles.find((article) => stateOf(article) === 'live') ??
    articles.find((article) => stateOf(article) === 'soon')
  );
}

/** When what the header shows may change next (a stream coming, starting, ending); none left: undefined. */
export function nextChange(articles: readonly WithStream[], now: number): number | undefined {
  const waits = articles.flatMap(({ liveStream }) => {
    const wait = liveStream && msUntilNextLiveChange(liveStream, now);
    return wait === null ? [] : [wait];
  });
  return waits.length ? now + Math.min(...waits) : undefined;
}
