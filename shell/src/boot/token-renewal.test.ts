import { expect } from '@open-wc/testing';
import { CombinedGraphQLErrors } from '@apollo/client';
import { graphql } from 'msw';
import { startMockWorker } from '../../../mocks/test-portal.js';
import { mockTokenFor } from '../../../mocks/mock-api.js';
import { createApolloClient } from './apollo.js';
import { MeDocument } from './session.generated.js';
import {
  createAuthenticatedFetch,
  type TokenProvider,
  type TokenRefusal,
} from './token-renewal.js';

/** The server's answer to a refused token (server/src/auth/authenticate.ts). */
function refused(reason: TokenRefusal, contentType = 'application/graphql-response+json') {
  return new Response(
    JSON.stringify({
      errors: [{ message: 'refused', extensions: { code: 'UNAUTHENTICATED', reason } }],
    }),
    {
      status: 401,
      headers: {
        'content-type': contentType,
        'www-authenticate': `Bearer error="invalid_token", error_description="${reason}"`,
      },
    },
  );
}

/** A server that accepts the tokens it is told to and refuses the others as `refusal`. */
function fakeServer(accepted: string[], refusal: (token: string) => TokenRefusal) {
  const sentWith: string[] = [];
  const fetch: typeof window.fetch = async (_input, init) => {
    const token = new Headers(init?.headers).get('authorization')?.replace('Bearer ', '') ?? '';
    sentWith.push(token);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return accepted.includes(token)
      ? Response.json({ data: { ok: true } })
      : refused(refusal(token));
  };
  return { fetch, sentWith };
}

/** A token provider that counts forced refreshes and answers them with `renewed`. */
function provider(initial: string, renewed: () => Promise<string | null>) {
  let current = initial;
  const calls = { forced: 0 };
  const getToken: TokenProvider = async ({ forceRefresh = false } = {}) => {
    if (!forceRefresh) return current;
    calls.forced += 1;
    const token = await renewed();
    if (token) current = token;
    return token;
  };
  return { getToken, calls };
}

const post = (fetch: typeof window.fetch) => fetch('/graphql', { method: 'POST', body: '{}' });

describe('renewing an expired token', () => {
  it('renews once for requests refused together, and replays each of them once', async () => {
    const server = fakeServer(['fresh'], () => 'TOKEN_EXPIRED');
    const { getToken, calls } = provider('old', async () => 'fresh');
    const ended: TokenRefusal[] = [];
    const fetch = createAuthenticatedFetch({
      getToken,
      onSessionEnded: (reason) => ended.push(reason),
      fetch: server.fetch,
    });
    const responses = await Promise.all([post(fetch), post(fetch), post(fetch)]);
    expect(responses.map((response) => response.status)).to.deep.equal([200, 200, 200]);
    expect(calls.forced).to.equal(1);
    expect(server.sentWith.sort()).to.deep.equal(['fresh', 'fresh', 'fresh', 'old', 'old', 'old']);
    expect(ended).to.deep.equal([]);
  });

  it('reuses the renewal for a request refused later with the same expired token', async () => {
    const server = fakeServer(['fresh'], () => 'TOKEN_EXPIRED');
    // A host whose plain getToken keeps handing out its old token.
    let forced = 0;
    const getToken: TokenProvider = ({ forceRefresh } = {}) => {
      if (forceRefresh) forced += 1;
      return forceRefresh ? 'fresh' : 'old';
    };
    const fetch = createAuthenticatedFetch({
      getToken,
      onSessionEnded: () => undefined,
      fetch: server.fetch,
    });
    expect((await post(fetch)).status).to.equal(200);
    expect((await post(fetch)).status).to.equal(200);
    expect(forced).to.equal(1);
  });

  it('replays once: a renewed token refused again ends the session', async () => {
    const server = fakeServer([], () => 'TOKEN_EXPIRED');
    const { getToken, calls } = provider('old', async () => 'also-expired');
    const ended: TokenRefusal[] = [];
    const fetch = createAuthenticatedFetch({
      getToken,
      onSessionEnded: (reason) => ended.push(reason),
      fetch: server.fetch,
    });
    expect((await post(fetch)).status).to.equal(401);
    expect(server.sentWith).to.deep.equal(['old', 'also-expired']);
    expect(calls.forced).to.equal(1);
    expect(ended).to.deep.equal(['TOKEN_EXPIRED']);
  });

  it('gives up at once on an invalid token, without asking for another', async () => {
    const server = fakeServer([], () => 'TOKEN_INVALID');
    const { getToken, calls } = provider('forged', async () => 'fresh');
    const ended: TokenRefusal[] = [];
    const fetch = createAuthenticatedFetch({
      getToken,
      onSessionEnded: (reason) => ended.push(reason),
      fetch: server.fetch,
    });
    expect((await post(fetch)).status).to.equal(401);
    expect(server.sentWith).to.deep.equal(['forged']);
    expect(calls.forced).to.equal(0);
    expect(ended).to.deep.equal(['TOKEN_INVALID']);
  });

  it('ends the session when renewal fails, and tries again on the next request', async () => {
    const server = fakeServer(['fresh'], () => 'TOKEN_EXPIRED');
    let renewals = 0;
    const { getToken } = provider('old', async () => {
      renewals += 1;
      if (renewals === 1) throw new Error('The identity provider is down');
      return 'fresh';
    });
    const ended: TokenRefusal[] = [];
    const fetch = createAuthenticatedFetch({
      getToken,
      onSessionEnded: (reason) => ended.push(reason),
      fetch: server.fetch,
    });
    expect((await post(fetch)).status).to.equal(401);
    expect(ended).to.deep.equal(['TOKEN_EXPIRED']);
    expect((await post(fetch)).status).to.equal(200);
    expect(renewals).to.equal(2);
  });

  it('reads the reason from the header when the body is not GraphQL', async () => {
    const ended: TokenRefusal[] = [];
    const fetch = createAuthenticatedFetch({
      getToken: () => 'old',
      onSessionEnded: (reason) => ended.push(reason),
      fetch: async () =>
        new Response('expired', {
          status: 401,
          headers: { 'www-authenticate': 'Bearer error_description="TOKEN_EXPIRED"' },
        }),
    });
    await post(fetch);
    expect(ended).to.deep.equal(['TOKEN_EXPIRED']);
  });
});

describe('the Apollo client with an expired token', () => {
  const expired = 'expired-demo-token';
  before(async () => {
    const worker = await startMockWorker();
    worker.use(
      graphql.operation(({ request }) =>
        request.headers.get('authorization') === `Bearer ${expired}`
          ? refused('TOKEN_EXPIRED')
          : undefined,
      ),
    );
  });

  it('answers the query with the renewed token, with no error to show', async () => {
    const client = createApolloClient({
      graphqlUrl: '/graphql',
      getToken: ({ forceRefresh } = {}) =>
        forceRefresh ? mockTokenFor('person-demo-pl-sales') : expired,
    });
    const { data, error } = await client.query({ query: MeDocument });
    expect(error).to.equal(undefined);
    expect(data?.me?.person.id).to.equal('person-demo-pl-sales');
  });

  it('surfaces a refusal it gave up on as GraphQL errors, and says the session ended', async () => {
    const ended: TokenRefusal[] = [];
    const client = createApolloClient({
      graphqlUrl: '/graphql',
      getToken: () => expired,
      onSessionEnded: (reason) => ended.push(reason),
    });
    const error = await client.query({ query: MeDocument }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    // Apollo 4 reads a 401 in `application/graphql-response+json` as a GraphQL result.
    expect(CombinedGraphQLErrors.is(error)).to.equal(true);
    expect(ended).to.deep.equal(['TOKEN_EXPIRED']);
  });
});
