import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const PEOPLE = `query ($search: String, $after: String, $first: Int) {
  people(search: $search, first: $first, after: $after) {
    edges { node { id displayName email job erased team { kind } country { code } brand { code }
                   dealer { name } grants { role scope { type id name } } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface PeopleData {
  people: {
    edges: { node: { id: string; displayName: string } & Record<string, unknown> }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('finding people (admins)', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('person-demo-admin');
  });
  afterAll(() => t.close());

  const search = (variables: Record<string, unknown>) =>
    t.graphql<PeopleData>(PEOPLE, { token: admin, variables });

  it('finds a person by name, e-mail or id, with their place, roles and scopes', async () => {
    const francesca = t.network.people.find((p) => p.id === 'person-demo-it-editor')!;
    for (const term of ['francesca rom', francesca.email.toUpperCase(), francesca.id]) {
      const body = await search({ search: term });
      expect(
        body.data?.people.edges.map((e) => e.node.id),
        term,
      ).toContain(francesca.id);
    }
    const body = await search({ search: francesca.id });
    expect(body.data?.people.edges[0]?.node).toMatchObject({
      displayName: 'Francesca Romano',
      email: francesca.email,
      job: 'EDITOR',
      erased: false,
      team: null,
      country: { code: 'IT' },
      brand: { code: 'lumo' },
      grants: [
        {
          role: 'EDITOR',
          scope: { type: 'COMMUNITY', id: 'community-lumo-es', name: 'Lumo · Spain' },
        },
        {
          role: 'EDITOR',
          scope: { type: 'COMMUNITY', id: 'community-lumo-it', name: 'Lumo · Italy' },
        },
      ],
    });
  });

  it('puts dealer staff in their dealer and team', async () => {
    const body = await search({ search: 'person-demo-fr-sales' });
    expect(body.data?.people.edges[0]?.node).toMatchObject({
      team: { kind: 'SALES' },
      grants: [{ role: 'EMPLOYEE', scope: { type: 'DEALER' } }],
    });
  });

  it('pages through everyone by family name without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const body: Awaited<ReturnType<typeof search>> = await search({ first: 100, after });
      const page = body.data!.people;
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(t.network.people.length);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('takes wildcards in a search literally', async () => {
    expect((await search({ search: '%' })).data?.people.edges).toEqual([]);
    expect((await search({ search: '_' })).data?.people.edges).toEqual([]);
  });

  it('shows a person their own e-mail and roles, and no one else’s', async () => {
    const body = await t.graphql<{ me: { person: { email: string; grants: unknown[] } } }>(
      '{ me { person { email grants { role } } } }',
      { token: await t.tokenFor('person-demo-de-region') },
    );
    expect(body.data?.me.person.email).toMatch(/@/);
    expect(body.data?.me.person.grants).toEqual([{ role: 'REGION_MANAGER' }]);
  });
});
