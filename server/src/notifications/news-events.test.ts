import { describe, expect, it } from 'vitest';
import { createNewsEvents, type NewsEvent } from './news-events.js';

/** The first event `bus` hears, once it listens. */
async function firstHeard(bus: ReturnType<typeof createNewsEvents>) {
  const iterator = bus.events.subscribe('news')[Symbol.asyncIterator]();
  const next = iterator.next();
  return {
    heard: next.then((result) => result.value as NewsEvent),
    stop: () => iterator.return?.(),
  };
}

describe('news events', () => {
  it('reach listeners of the same instance', async () => {
    const bus = createNewsEvents();
    const { heard, stop } = await firstHeard(bus);
    bus.events.publish('news', { type: 'reply', personId: 'p1' });
    expect(await heard).toEqual({ type: 'reply', personId: 'p1' });
    await stop();
  });

  it.runIf(process.env.TEST_REDIS_URL)('travel between instances through Redis', async () => {
    const url = process.env.TEST_REDIS_URL;
    const editorSide = createNewsEvents(url);
    const readerSide = createNewsEvents(url);
    const { heard, stop } = await firstHeard(readerSide);
    // The subscription is made asynchronously; publish until it is heard.
    const timer = setInterval(
      () => editorSide.events.publish('news', { type: 'article', articleId: 'a1' }),
      50,
    );
    expect(await heard).toEqual({ type: 'article', articleId: 'a1' });
    clearInterval(timer);
    await stop();
    await Promise.all([editorSide.close(), readerSide.close()]);
  });
});
