import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../seed/generate-network.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const LYON = 'person-demo-fr-sales';
const FEED = '{ newsFeed(first: 50) { edges { node { id } } } }';
const MUST_READS = '{ mustReads { id mustRead mustReadBy acknowledgedAt } }';
const ACKNOWLEDGE = `mutation ($id: ID!) {
  acknowledgeArticle(id: $id) { id acknowledgedAt mustRead }
}`;

interface FeedData {
  newsFeed: { edges: { node: { id: string } }[] };
}

describe('targeted news and must-reads', () => {
  let t: TestApp;
  let camille: PersonRow;
  let lyonRegion: string;

  /** Adds a Veyra article with the given audiences (each a partial row of criteria). */
  async function article(
    id: string,
    options: {
      countryCode?: string | null;
      audiences?: Record<string, string | null>[];
      mustReadBy?: string | null;
      mustRead?: boolean;
    } = {},
  ) {
    const mustRead = options.mustRead ?? options.mustReadBy !== undefined;
    await t.db.query(
      `insert into articles (id, brand_id, country_code, author_id, original_locale, published_at,
                             must_read, must_read_by)
       values ($1, 'brand-veyra', $2, 'person-demo-it-editor', 'fr', now(), $3, $4)`,
      [id, options.countryCode ?? null, mustRead, options.mustReadBy ?? null],
    );
    await t.db.query(
      `insert into article_translations (article_id, locale, title, summary, body_html)
       values ($1, 'fr', $1, 'résumé', '<p>texte</p>')`,
      [id],
    );
    for (const audience of options.audiences ?? []) {
      await t.db.query(
        `insert into article_audiences (article_id, country_code, region_id, dealer_id, job, role)
         values ($1, $2, $3, $4, $5, $6)`,
        [
          id,
          audience['country'] ?? null,
          audience['region'] ?? null,
          audience['dealer'] ?? null,
          audience['job'] ?? null,
          audience['role'] ?? null,
        ],
      );
    }
  }

  const feedIds = async (personId: string) =>
    (
      await t.graphql<FeedData>(FEED, { token: await t.tokenFor(personId) })
    ).data!.newsFeed.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    t = await createTestApp();
    camille = t.network.people.find((p) => p.id === LYON)!;
    lyonRegion = t.network.dealers.find((d) => d.id === camille.dealerId)!.regionId;
    await article('t-sales', { audiences: [{ job: 'SALESPERSON' }] });
    await article('t-workshop', { audiences: [{ job: 'MECHANIC' }, { job: 'SERVICE_ADVISER' }] });
    await article('t-region', { audiences: [{ region: lyonRegion }] });
    const otherRegion = t.network.regions.find(
      (r) => r.countryCode === 'FR' && r.id !== lyonRegion,
    )!.id;
    await article('t-other-region', { audiences: [{ region: otherRegion }] });
    await article('t-dealer', { audiences: [{ dealer: camille.dealerId }] });
    await article('t-sales-in-spain', { audiences: [{ country: 'ES', job: 'SALESPERSON' }] });
    await article('t-france-and-spain', { audiences: [{ country: 'FR' }, { country: 'ES' }] });
    await article('t-editors', { audiences: [{ role: 'EDITOR' }] });
  });
  afterAll(() => t.close());

  it('shows a reader exactly the articles whose audience matches them in every criterion', async () => {
    const ids = await feedIds(LYON);
    expect(ids.filter((id) => id.startsWith('t-')).sort()).toEqual(
      ['t-dealer', 't-france-and-spain', 't-region', 't-sales'].sort(),
    );
  });

  it('shows editors every article of their communities, whoever it targets', async () => {
    // Francesca edits Lumo: none of these Veyra articles; the Veyra France editor all but
    // the one meant for Spain only.
    expect((await feedIds('person-demo-it-editor')).filter((id) => id.startsWith('t-'))).toEqual(
      [],
    );
    const veyraFranceEditor = t.network.roles.find(
      (r) => r.role === 'EDITOR' && r.scopeId === 'community-veyra-fr',
    )!.personId;
    const seen = (await feedIds(veyraFranceEditor)).filter((id) => id.startsWith('t-'));
    expect(seen).toHaveLength(7);
    expect(seen).not.toContain('t-sales-in-spain');
  });

  it('lists unacknowledged must-reads, nearest deadline first, and forgets each once acknowledged', async () => {
    await article('m-later', { mustReadBy: '2099-02-01T12:00:00Z' });
    await article('m-sooner', { mustReadBy: '2099-01-01T12:00:00Z' });
    await article('m-no-deadline', { mustRead: true, mustReadBy: null });
    await article('m-not-for-her', {
      mustReadBy: '2099-01-01T12:00:00Z',
      audiences: [{ job: 'MECHANIC' }],
    });
    const token = await t.tokenFor(LYON);
    const list = async () =>
      (await t.graphql<{ mustReads: { id: string }[] }>(MUST_READS, { token }))
        .data!.mustReads.map((a) => a.id)
        .filter((id) => id.startsWith('m-'));
    expect(await list()).toEqual(['m-sooner', 'm-later', 'm-no-deadline']);

    const first = await t.graphql<{ acknowledgeArticle: { acknowledgedAt: string } }>(ACKNOWLEDGE, {
      token,
      variables: { id: 'm-sooner' },
    });
    expect(first.errors).toBeUndefined();
    const when = first.data!.acknowledgeArticle.acknowledgedAt;
    expect(Date.parse(when)).toBeGreaterThan(Date.now() - 60_000);
    expect(await list()).toEqual(['m-later', 'm-no-deadline']);

    // A replay (an offline outbox sending twice) keeps the first acknowledgement.
    const again = await t.graphql<{ acknowledgeArticle: { acknowledgedAt: string } }>(ACKNOWLEDGE, {
      token,
      variables: { id: 'm-sooner' },
    });
    expect(again.data!.acknowledgeArticle.acknowledgedAt).toBe(when);
    const rows = await t.db.query(
      `select 1 from article_reads where article_id = 'm-sooner' and person_id = $1`,
      [LYON],
    );
    expect(rows).toHaveLength(1);
  });

  it('refuses to acknowledge an article that is not a must-read, or one the reader cannot see', async () => {
    const token = await t.tokenFor(LYON);
    const plain = await t.graphql(ACKNOWLEDGE, { token, variables: { id: 't-sales' } });
    expect(plain.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const id of ['m-not-for-her', 'article-none']) {
      const hidden = await t.graphql(ACKNOWLEDGE, { token, variables: { id } });
      expect(hidden.errors?.[0]?.extensions?.code, id).toBe('NOT_FOUND');
    }
  });

  it('gives the seeded network a recent must-read for everyone in each brand', () => {
    for (const brand of t.network.brands) {
      const open = t.network.articles.filter(
        (a) =>
          a.brandId === brand.id &&
          a.mustRead &&
          a.countryCode === null &&
          !t.network.articleAudiences.some((x) => x.articleId === a.id),
      );
      expect(open.length, brand.code).toBeGreaterThan(0);
    }
  });

  it('counts the reach of a must-read for its editors: audience, opened, acknowledged, and who is missing', async () => {
    await article('m-sales-fr', {
      countryCode: 'FR',
      mustReadBy: '2099-03-01T12:00:00Z',
      audiences: [{ job: 'SALESPERSON' }],
    });
    const sellers = t.network.people.filter(
      (p) => p.brandId === 'brand-veyra' && p.countryCode === 'FR' && p.job === 'SALESPERSON',
    );
    const other = sellers.find((p) => p.id !== LYON && p.dealerId !== camille.dealerId)!;
    const open = `mutation ($id: ID!) { recordArticleOpened(id: $id) }`;
    for (const personId of [LYON, LYON, other.id]) {
      const body = await t.graphql(open, {
        token: await t.tokenFor(personId),
        variables: { id: 'm-sales-fr' },
      });
      expect(body.data).toEqual({ recordArticleOpened: true });
    }
    await t.graphql(ACKNOWLEDGE, {
      token: await t.tokenFor(LYON),
      variables: { id: 'm-sales-fr' },
    });

    const editor = t.network.roles.find(
      (r) => r.role === 'EDITOR' && r.scopeId === 'community-veyra-fr',
    )!.personId;
    const REACH = `query ($id: ID!) { articleReach(id: $id) {
      audience opened acknowledged
      byCountry { id audience opened acknowledged }
      byDealer { id audience opened acknowledged }
      notAcknowledged { id email }
    } }`;
    interface Reach {
      audience: number;
      opened: number;
      acknowledged: number;
      byCountry: { id: string }[];
      byDealer: { id: string; audience: number; opened: number; acknowledged: number }[];
      notAcknowledged: { id: string; email: string | null }[];
    }
    const body = await t.graphql<{ articleReach: Reach }>(REACH, {
      token: await t.tokenFor(editor),
      variables: { id: 'm-sales-fr' },
    });
    expect(body.errors).toBeUndefined();
    const reach = body.data!.articleReach;
    expect(reach).toMatchObject({
      audience: sellers.length,
      opened: 2,
      acknowledged: 1,
      byCountry: [{ id: 'FR', audience: sellers.length, opened: 2, acknowledged: 1 }],
    });
    expect(reach.byDealer.find((d) => d.id === camille.dealerId)).toMatchObject({
      opened: 1,
      acknowledged: 1,
    });
    expect(reach.byDealer.reduce((sum, d) => sum + d.audience, 0)).toBe(sellers.length);
    const missing = reach.notAcknowledged.map((p) => p.id);
    expect(missing).toHaveLength(sellers.length - 1);
    expect(missing).not.toContain(LYON);
    expect(missing).toContain(other.id);
    // Editors follow up by name; e-mail addresses stay private.
    expect(reach.notAcknowledged.every((p) => p.email === null)).toBe(true);

    const reader = await t.graphql(REACH, {
      token: await t.tokenFor(LYON),
      variables: { id: 'm-sales-fr' },
    });
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await t.graphql(REACH, {
      token: await t.tokenFor('person-demo-it-editor'),
      variables: { id: 'm-sales-fr' },
    });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const reads = await t.db.query(`select 1 from article_reads where article_id = 'm-sales-fr'`);
    expect(reads).toHaveLength(2);
  });
});
