import { expect, waitUntil } from '@open-wc/testing';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createAuthenticatedFetch } from './token-renewal.js';
import { withSubscriptions } from './subscription-link.js';

const TICKS = gql`
  subscription Ticks {
    tick
  }
`;
const PING = gql`
  query Ping {
    ping
  }
`;

/** A text/event-stream answer with these results; `open: false` drops it after them. */
function eventStream(results: object[], options: { open: boolean }): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const result of results) {
        controller.enqueue(encoder.encode(`event: next\ndata: ${JSON.stringify(result)}\n\n`));
      }
      // The connection drops a moment later, while the client waits for more.
      if (!options.open) setTimeout(() => controller.error(new TypeError('network error')), 20);
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

interface Sent {
  accept: string | null;
  authorization: string | null;
  body: { query: string; operationName?: string };
  signal: AbortSignal | undefined;
}

/** A server whose answers to stream requests are `answers`, in turn; it records each request. */
function fakeServer(answers: (() => Response)[]) {
  const sent: Sent[] = [];
  const fetch: typeof window.fetch = async (_input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({
      accept: headers.get('accept'),
      authorization: headers.get('authorization'),
      body: JSON.parse(String(init?.body)) as Sent['body'],
      signal: init?.signal ?? undefined,
    });
    const answer = answers[Math.min(sent.length, answers.length) - 1]!;
    return answer();
  };
  return { fetch, sent };
}

function clientWith(
  server: { fetch: typeof window.fetch },
  http: typeof window.fetch = async () => Response.json({ data: { ping: true } }),
) {
  const authenticated = createAuthenticatedFetch({
    getToken: () => 'token-1',
    onSessionEnded: () => undefined,
    fetch: server.fetch,
  });
  return new ApolloClient({
    link: withSubscriptions(new HttpLink({ uri: '/graphql', fetch: http }), {
      url: '/graphql',
      fetch: authenticated,
      retryDelay: () => 0,
    }),
    cache: new InMemoryCache(),
  });
}

describe('subscriptions over server-sent events', () => {
  it('streams a subscription’s results with the person’s token, while queries stay on HTTP', async () => {
    const server = fakeServer([
      () => eventStream([{ data: { tick: 1 } }, { data: { tick: 2 } }], { open: true }),
    ]);
    let queries = 0;
    const client = clientWith(server, async () => {
      queries += 1;
      return Response.json({ data: { ping: true } });
    });
    expect((await client.query({ query: PING })).data).to.deep.equal({ ping: true });
    expect(server.sent, 'no stream before a subscription').to.have.length(0);

    const ticks: unknown[] = [];
    const subscription = client
      .subscribe({ query: TICKS, fetchPolicy: 'no-cache' })
      .subscribe(({ data }) => ticks.push(data));
    await waitUntil(() => ticks.length === 2, 'the results did not arrive');
    expect(ticks).to.deep.equal([{ tick: 1 }, { tick: 2 }]);
    expect(queries).to.equal(1);
    expect(server.sent[0]).to.include({
      accept: 'text/event-stream',
      authorization: 'Bearer token-1',
    });
    expect(server.sent[0]!.body.operationName).to.equal('Ticks');
    expect(server.sent[0]!.body.query).to.match(/^subscription Ticks/);

    subscription.unsubscribe();
    expect(server.sent[0]!.signal!.aborted, 'unsubscribing closes the stream').to.equal(true);
  });

  it('opens a dropped stream again and tells the subscriber to catch up', async () => {
    const server = fakeServer([
      () => eventStream([{ data: { tick: 1 } }], { open: false }),
      () => new Response('busy', { status: 503 }),
      () => eventStream([{ data: { tick: 2 } }], { open: true }),
    ]);
    let reconnections = 0;
    const ticks: unknown[] = [];
    const subscription = clientWith(server)
      .subscribe({
        query: TICKS,
        fetchPolicy: 'no-cache',
        context: { onReconnect: () => (reconnections += 1) },
      })
      .subscribe(({ data }) => ticks.push(data));
    await waitUntil(() => ticks.length === 2, 'the stream was not opened again');
    expect(ticks).to.deep.equal([{ tick: 1 }, { tick: 2 }]);
    expect(server.sent).to.have.length(3);
    expect(reconnections).to.equal(1);
    subscription.unsubscribe();
  });

  it('gives up when the server refuses the subscription, instead of asking forever', async () => {
    const server = fakeServer([
      () => Response.json({ errors: [{ message: 'no' }] }, { status: 403 }),
    ]);
    const results: { error?: unknown }[] = [];
    clientWith(server)
      .subscribe({ query: TICKS, fetchPolicy: 'no-cache' })
      .subscribe({
        next: (result) => results.push(result),
        error: (error) => results.push({ error }),
      });
    await waitUntil(() => results.length > 0, 'the refusal was not reported');
    expect(results[0]!.error).to.be.instanceOf(Error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.sent).to.have.length(1);
  });
});
