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

  it('lists the regions where the caller reaches dealers of a brand, in the countries asked', async () => {
    const REGIONS = `query ($countries: [String!]!) {
      regions(brandId: "brand-lumo", countries: $countries) { id name country { code } } }`;
    const regionsAs = async (personId: string, countries: string[]) => {
      const body = await t.graphql<{ regions: { id: string; name: string }[] }>(REGIONS, {
        token: await t.tokenFor(personId),
        variables: { countries },
      });
      return body;
    };
    const lumoRegionsIn = (countries: string[]) =>
      [
        ...new Set(
          t.network.dealers
            .filter((d) => d.brandId === 'brand-lumo')
            .map((d) => t.network.regions.find((r) => r.id === d.regionId)!)
            .filter((r) => countries.includes(r.countryCode))
            .map((r) => r.id),
        ),
      ].sort();

    // The editor of Lumo Italy and Spain: every region with a Lumo dealer there.
    const editor = await regionsAs('person-demo-it-editor', ['IT', 'ES', 'FR']);
    const ids = editor.data!.regions.map((r) => r.id);
    expect([...ids].sort()).toEqual(lumoRegionsIn(['IT', 'ES']));
    const names = editor.data!.regions.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // The admin reaches France's too.
    const admin = await regionsAs('person-demo-admin', ['FR']);
    expect(admin.data!.regions.map((r) => r.id).sort()).toEqual(lumoRegionsIn(['FR']));
    // A salesperson at a dealer: their dealer's region, if it sells Lumo (Marco's does).
    const marco = t.network.people.find((p) => p.id === 'person-demo-it-service')!;
    const dealer = t.network.dealers.find((d) => d.id === marco.dealerId)!;
    const reader = await regionsAs('person-demo-it-service', ['IT']);
    expect(reader.data!.regions.map((r) => r.id)).toEqual([dealer.regionId]);

    const hostile = await regionsAs(
      'person-demo-admin',
      Array.from({ length: 51 }, () => 'IT'),
    );
    expect(hostile.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
