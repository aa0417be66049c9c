import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

interface DealersData {
  dealers: {
    edges: { node: { id: string; city: string; brand: { code: string } } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

const DEALERS = `query ($search: String, $first: Int, $after: String) {
  dealers(search: $search, first: $first, after: $after) {
    edges { node { id city brand { code } region { country { code } } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

describe('dealers and countries', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('person-demo-admin');
  });
  afterAll(() => t.close());

  it('finds dealers by city, with the brand they sell', async () => {
    const lyon = t.network.dealers.filter((d) => d.city === 'Lyon');
    const body = await t.graphql<DealersData>(DEALERS, {
      token: admin,
      variables: { search: 'lyon' },
    });
    expect(body.data?.dealers.edges.map((e) => e.node.id).sort()).toEqual(
      lyon.map((d) => d.id).sort(),
    );
    const veyra = body.data?.dealers.edges.find((e) => e.node.id === lyon[0]?.id);
    expect(veyra?.node.brand.code).toBe(
      t.network.brands.find((b) => b.id === lyon[0]?.brandId)?.code,
    );
  });

  it('pages through every dealer without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const body: DealersData = (
        await t.graphql<DealersData>(DEALERS, {
          token: admin,
          variables: { first: 7, after },
        })
      ).data!;
      seen.push(...body.dealers.edges.map((e) => e.node.id));
      after = body.dealers.pageInfo.hasNextPage ? body.dealers.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual(t.network.dealers.map((d) => d.id).sort());
  });

  it('lists the countries of the network by name', async () => {
    const body = await t.graphql<{ countries: { code: string; name: string }[] }>(
      '{ countries { code name } }',
      { token: await t.tokenFor('person-demo-pl-sales') },
    );
    const names = body.data!.countries.map((c) => c.name);
    expect(names).toEqual([...names].sort());
    expect(body.data!.countries.map((c) => c.code).sort()).toEqual(
      t.network.countries.map((c) => c.code).sort(),
    );
  });
});
