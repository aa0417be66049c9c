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
  const token = await fetch(`${baseUrl}/auth/demo/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const { accessToken } = (await token.json()) as { accessToken: string };
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}
