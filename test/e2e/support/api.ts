/** Tokens already issued, per server and person: the server limits sign-ins per address. */
const tokens = new Map<string, { accessToken: string; expiresAt: number }>();

async function tokenFor(baseUrl: string, personId: string): Promise<string> {
  const key = `${baseUrl} ${personId}`;
  const kept = tokens.get(key);
  if (kept && kept.expiresAt - Date.now() > 60_000) return kept.accessToken;
  const response = await fetch(`${baseUrl}/auth/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  if (!response.ok) throw new Error(`Demo token for ${personId}: HTTP ${response.status}`);
  const { accessToken, expiresAt } = (await response.json()) as {
    accessToken: string;
    expiresAt: string;
  };
  tokens.set(key, { accessToken, expiresAt: Date.parse(expiresAt) });
  return accessToken;
}

/** Uploads a file as a demo person (the body is the file): the server's `{ id, url }`. */
export async function uploadAs(
  baseUrl: string,
  personId: string,
  path: string,
  bytes: Uint8Array,
): Promise<{ id: string; url: string }> {
  const accessToken = await tokenFor(baseUrl, personId);
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}` },
    // A copy fetch takes as a body whatever buffer the bytes were a view of.
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201) throw new Error(`Upload to ${path}: HTTP ${response.status}`);
  return (await response.json()) as { id: string; url: string };
}

/**
 * Calls Piazza's GraphQL API as a demo person, from the test process: for what a test
 * sets up or checks behind the browser's back.
 */
export async function graphqlAs<Data>(
  baseUrl: string,
  personId: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const accessToken = await tokenFor(baseUrl, personId);
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}
