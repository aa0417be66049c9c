/**
 * Gives the current access token, or null when the person is not signed in. With
 * `forceRefresh`, the token in hand was refused as expired: return a new one (or null when
 * that is impossible). A provider that ignores the argument keeps working; its expired
 * token just ends the session instead of being renewed.
 */
export type TokenProvider = (options?: {
  forceRefresh?: boolean;
}) => Promise<string | null> | string | null;

/** Why the server refused a token (server/src/auth/authenticate.ts). */
export type TokenRefusal = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

export interface AuthenticatedFetchOptions {
  getToken: TokenProvider;
  /**
   * Called when a refused token could not be replaced: it was not expired but invalid,
   * renewing it failed, or the renewed one was refused too. The person must sign in again.
   */
  onSessionEnded(reason: TokenRefusal): void;
  /** The fetch to send requests with; the page's by default. */
  fetch?: typeof fetch;
}

/**
 * Why a response refuses the request's token, if it does: HTTP 401 with the reason in
 * the GraphQL error (read from a copy, so the body stays readable) or, failing that, in
 * `WWW-Authenticate` (RFC 6750), which a cross-origin page may not be allowed to see.
 */
export async function tokenRefusal(response: Response): Promise<TokenRefusal | undefined> {
  if (response.status !== 401) return undefined;
  try {
    const body = (await response.clone().json()) as {
      errors?: { extensions?: { reason?: unknown } }[];
    };
    const reason = body.errors?.[0]?.extensions?.reason;
    if (reason === 'TOKEN_EXPIRED' || reason === 'TOKEN_INVALID') return reason;
  } catch {
    // Not a GraphQL body: the header may still say why.
  }
  const header = response.headers.get('www-authenticate') ?? '';
  return /error_description="TOKEN_EXPIRED"/.test(header) ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID';
}

/**
 * Asks for a new token at most once per expired token: requests refused together (or
 * one after the other, for having been sent with the same token) share one renewal. A
 * failed renewal is forgotten, so that a later attempt (the person's retry) asks again.
 */
function sharedRenewal(getToken: TokenProvider): (expired: string) => Promise<string | null> {
  let last: { expired: string; renewed: Promise<string | null> } | undefined;
  return (expired) => {
    if (last?.expired !== expired) {
      const entry = {
        expired,
        renewed: Promise.resolve()
          .then(() => getToken({ forceRefresh: true }))
          .catch(() => null),
      };
      last = entry;
      void entry.renewed.then((token) => {
        if (token === null && last === entry) last = undefined;
      });
    }
    return last.renewed;
  };
}

/**
 * The fetch of the Apollo client's HttpLink: sends each request with the token of the
 * moment and, when the server refuses it as expired, renews it and sends the same request
 * again, once. Apollo only ever sees the replay's response, so the watching components keep
 * their state (a half-typed form, the scroll position, the open article) and just get
 * their data a little later.
 *
 * The renewal happens here rather than in an ApolloLink because here the response is
 * seen as HTTP: Apollo Client 4 surfaces a 401 as a `ServerError` (with `statusCode`) only
 * when its body is `application/json`; with its default `Accept` the server answers
 * `application/graphql-response+json`, which Apollo reads as a result with GraphQL errors.
 * Replaying a mutation is safe: a refused token fails the request before anything runs.
 */
export function createAuthenticatedFetch(options: AuthenticatedFetchOptions): typeof fetch {
  const { getToken, onSessionEnded } = options;
  const renew = sharedRenewal(getToken);
  const send = (input: RequestInfo | URL, init: RequestInit | undefined, token: string | null) => {
    const headers = new Headers(init?.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    return (options.fetch ?? fetch)(input, { ...init, headers });
  };
  return async (input, init) => {
    const token = await getToken();
    const response = await send(input, init, token);
    const refusal = await tokenRefusal(response);
    if (refusal === undefined) return response;
    if (refusal === 'TOKEN_EXPIRED' && token) {
      const renewed = await renew(token);
      if (renewed && renewed !== token) {
        const replay = await send(input, init, renewed);
        const replayRefusal = await tokenRefusal(replay);
        if (replayRefusal === undefined) return replay;
        onSessionEnded(replayRefusal);
        return replay;
      }
    }
    onSessionEnded(refusal);
    return response;
  };
}
