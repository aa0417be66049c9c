import { expect } from 'vitest';
import type { TestApp } from '../test-support/test-app.js';

/**
 * Subscribes the person to `notificationsChanged` over server-sent events, asking for
 * `fields` of the centre, and resolves `next` with the first centre sent.
 */
export async function firstNotification<Centre>(
  t: TestApp,
  personId: string,
  fields: string,
): Promise<{ next: Promise<Centre>; close(): void }> {
  const controller = new AbortController();
  const response = await t.app.fetch(
    new Request('http://piazza.test/graphql', {
      method: 'POST',
      signal: controller.signal,
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${await t.tokenFor(personId)}`,
      },
      body: JSON.stringify({ query: `subscription { notificationsChanged { ${fields} } }` }),
    }),
  );
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const next = (async () => {
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      text += value;
      const data = /event: next\ndata: (.*)\n/.exec(text)?.[1];
      if (data) {
        return (JSON.parse(data) as { data: { notificationsChanged: Centre } }).data
          .notificationsChanged;
      }
    }
  })();
  return { next, close: () => controller.abort() };
}
