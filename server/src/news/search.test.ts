import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const SEARCH = `query ($search: String, $locale: String, $first: Int, $after: String) {
  newsFeed(search: $search, locale: $locale, first: $first, after: $after) {
    edges { node { id locale } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface SearchData {
  newsFeed: {
    edges: { node: { id: string; locale: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('searching the news', () => {
  let t: TestApp;
  let admin: string;

  async function article(id: string, versions: Record<string, [title: string, body: string]>) {
    await t.db.query(
      `insert into articles (id, brand_id, author_id, original_locale, published_at)
       values ($1, 'brand-veyra', 'person-demo-it-editor', $2, now() - ($3 || ' minutes')::interval)`,
      [id, Object.keys(versions)[0], String(id.length)],
    );
    for (const [locale, [title, body]] of Object.entries(versions)) {
      await t.db.query(
        `insert into article_translations (article_id, locale, title, summary, body_html)
         values ($1, $2, $3, '', $4)`,
        [id, locale, title, body],
      );
    }
  }

  const found = async (search: string, locale: string) => {
    const body = await t.graphql<SearchData>(SEARCH, {
      token: admin,
      variables: { search, locale, first: 50 },
    });
    expect(body.errors, search).toBeUndefined();
    return body
      .data!.newsFeed.edges.map((edge) => edge.node.id)
      .filter((id) => id.startsWith('s-'));
  };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('person-demo-admin');
    await article('s-chargers', {
      fr: ['Des bornes de recharge chez les concessionnaires', '<p>Les voitures électriques</p>'],
      it: ['Colonnine di ricarica nelle concessionarie', '<p>Le auto elettriche</p>'],
      pl: ['Ładowarki u dealerów', '<p>Samochody elektryczne</p>'],
    });
    await article('s-tyres', {
      fr: ['Changement des pneus au printemps', '<p>Prenez rendez-vous à l’atelier</p>'],
      it: ['Cambio gomme di primavera', '<p>Prenotate in officina</p>'],
    });
  });
  afterAll(() => t.close());

  it('finds words in the reader’s language, whatever their form', async () => {
    expect(await found('voiture électrique', 'fr')).toEqual(['s-chargers']);
    expect(await found('borne', 'fr')).toEqual(['s-chargers']);
    expect(await found('elettrica', 'it')).toEqual(['s-chargers']);
    expect(await found('officina', 'it')).toEqual(['s-tyres']);
    expect(await found('Ładowarki', 'pl')).toEqual(['s-chargers']);
  });

  it('searches the version the reader gets, falling back to the original', async () => {
    // No Polish version of the tyre article: a Polish reader gets, and searches, the French one.
    expect(await found('pneus', 'pl')).toEqual(['s-tyres']);
    expect(await found('pneus', 'it')).toEqual([]);
  });

  it('understands phrases and exclusions, and takes any text without failing', async () => {
    expect(await found('"bornes de recharge"', 'fr')).toEqual(['s-chargers']);
    expect(await found('atelier -pneus', 'fr')).toEqual([]);
    for (const odd of ['&|!(', "'; drop table articles; --", ':*', '""']) {
      expect(await found(odd, 'fr'), odd).toEqual([]);
    }
  });

  it('refuses a search over 100 characters', async () => {
    const body = await t.graphql(SEARCH, { token: admin, variables: { search: 'x'.repeat(101) } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
