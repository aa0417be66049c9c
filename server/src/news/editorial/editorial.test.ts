import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const EDITOR = 'person-demo-it-editor'; // edits Lumo Italy and Lumo Spain

const ARTICLE_FIELDS = `id status originalLocale publishAt timeZone mustRead mustReadBy reach
  versions { locale title bodyHtml outdated }
  countries { code }
  audiences { country { code } dealer { id } }`;

interface EditorialData {
  id: string;
  status: string;
  publishAt: string | null;
  timeZone: string | null;
  mustRead: boolean;
  reach: number;
  versions: { locale: string; title: string; bodyHtml: string; outdated: boolean }[];
  countries: { code: string }[];
  audiences: { country: { code: string } | null; dealer: { id: string } | null }[];
}

const CREATE = `mutation ($input: NewArticleInput!) { createArticle(input: $input) { ${ARTICLE_FIELDS} } }`;
const SAVE = `mutation ($id: ID!, $version: ArticleVersionInput!) {
  saveArticleVersion(id: $id, version: $version) { ${ARTICLE_FIELDS} } }`;
const TARGET = `mutation ($id: ID!, $target: ArticleTargetInput!) {
  setArticleTarget(id: $id, target: $target) { ${ARTICLE_FIELDS} } }`;
const MOVE = `mutation ($id: ID!, $to: ArticleStatus!, $publishAt: DateTime, $timeZone: String) {
  moveArticle(id: $id, to: $to, publishAt: $publishAt, timeZone: $timeZone) { ${ARTICLE_FIELDS} } }`;
const REACH = `query ($target: ArticleTargetInput!) { audienceReach(target: $target) }`;
const FEED = '{ newsFeed(first: 50) { edges { node { id title locale mustRead } } } }';

const version = (locale: string, title: string, body = `<p>${title}</p>`) => ({
  locale,
  title,
  summary: `${title}: in breve`,
  bodyHtml: body,
});

describe('writing, targeting and scheduling an article', () => {
  let t: TestApp;
  let editorToken: string;
  let italianDealer: string;
  let spanishDealer: string;
  let readerThere: string;
  let readerElsewhere: string;

  async function as<Data>(token: string, query: string, variables: Record<string, unknown>) {
    return t.graphql<Data>(query, { token, variables });
  }

  /** Creates a draft in Italian for Lumo Italy and returns its id. */
  async function draft(title = 'Nuova gamma Lumo'): Promise<string> {
    const body = await as<{ createArticle: EditorialData }>(editorToken, CREATE, {
      input: { communityId: 'community-lumo-it', version: version('it', title) },
    });
    expect(body.errors).toBeUndefined();
    return body.data!.createArticle.id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    editorToken = await t.tokenFor(EDITOR);
    const lumoDealerIn = (country: string) =>
      t.network.dealers.find(
        (d) =>
          d.brandId === 'brand-lumo' &&
          t.network.regions.find((r) => r.id === d.regionId)!.countryCode === country &&
          t.network.people.some((p) => p.dealerId === d.id),
      )!.id;
    italianDealer = lumoDealerIn('IT');
    spanishDealer = lumoDealerIn('ES');
    readerThere = t.network.people.find((p) => p.dealerId === italianDealer)!.id;
    readerElsewhere = t.network.people.find(
      (p) =>
        p.brandId === 'brand-lumo' &&
        p.countryCode === 'IT' &&
        p.dealerId &&
        p.dealerId !== italianDealer,
    )!.id;
  });
  afterAll(() => t.close());

  it('takes an Italian article with French and Spanish versions to dealers in Italy and Spain, scheduled as a must-read', async () => {
    const id = await draft();
    for (const [locale, title] of [
      ['fr', 'Nouvelle gamme Lumo'],
      ['es', 'Nueva gama Lumo'],
    ]) {
      const saved = await as(editorToken, SAVE, { id, version: version(locale!, title!) });
      expect(saved.errors).toBeUndefined();
    }
    const target = {
      brandId: 'brand-lumo',
      countries: ['IT', 'ES'],
      audiences: [{ dealerId: italianDealer }, { dealerId: spanishDealer }],
      mustRead: true,
      mustReadBy: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    };
    const preview = await as<{ audienceReach: number }>(editorToken, REACH, { target });
    const targeted = await as<{ setArticleTarget: EditorialData }>(editorToken, TARGET, {
      id,
      target,
    });
    expect(targeted.errors).toBeUndefined();
    const article = targeted.data!.setArticleTarget;
    const staff = t.network.people.filter(
      (p) => p.dealerId === italianDealer || p.dealerId === spanishDealer,
    ).length;
    expect(preview.data!.audienceReach).toBe(staff);
    expect(article.reach).toBe(staff);
    expect(article.countries.map((c) => c.code).sort()).toEqual(['ES', 'IT']);
    expect(article.versions.map((v) => v.locale)).toEqual(['it', 'es', 'fr']);

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await as<{ moveArticle: EditorialData }>(editorToken, MOVE, {
      id,
      to: 'SCHEDULED',
      publishAt: tomorrow,
      timeZone: 'Europe/Rome',
    });
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data!.moveArticle).toMatchObject({
      status: 'SCHEDULED',
      timeZone: 'Europe/Rome',
    });

    // Not in any feed before its time; then only for the dealers' staff, in their language.
    const feedIds = async (personId: string) => {
      const body = await as<{ newsFeed: { edges: { node: { id: string; title: string } }[] } }>(
        await t.tokenFor(personId),
        FEED,
        {},
      );
      return body.data!.newsFeed.edges.map((edge) => edge.node);
    };
    expect((await feedIds(readerThere)).map((a) => a.id)).not.toContain(id);
    await t.db.query(
      `update articles set published_at = now() - interval '1 minute' where id = $1`,
      [id],
    );
    expect((await feedIds(readerThere)).find((a) => a.id === id)?.title).toBe('Nuova gamma Lumo');
    expect((await feedIds(readerElsewhere)).map((a) => a.id)).not.toContain(id);

    const audit = await t.db.query<{ action: string }>(
      `select action from audit_log where target_id = $1 order by id`,
      [id],
    );
    expect(audit.map((entry) => entry.action)).toEqual([
      'article.create',
      'article.version.save',
      'article.version.save',
      'article.target',
      'article.move',
    ]);
  });

  it('marks translations older than the original as outdated', async () => {
    const id = await draft('Originale');
    await as(editorToken, SAVE, { id, version: version('fr', 'Traduction') });
    const unchanged = await as<{ saveArticleVersion: EditorialData }>(editorToken, SAVE, {
      id,
      version: version('it', 'Originale'),
    });
    expect(
      unchanged.data!.saveArticleVersion.versions.find((v) => v.locale === 'fr')!.outdated,
    ).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = await as<{ saveArticleVersion: EditorialData }>(editorToken, SAVE, {
      id,
      version: version('it', 'Originale rivisto'),
    });
    expect(changed.data!.saveArticleVersion.versions.find((v) => v.locale === 'fr')!.outdated).toBe(
      true,
    );
  });

  it('refuses bad input with the field and the reason, changing nothing', async () => {
    const id = await draft('Da non toccare');
    const refusal = async (query: string, variables: Record<string, unknown>) => {
      const body = await as(editorToken, query, variables);
      const extensions = body.errors?.[0]?.extensions;
      return `${extensions?.code} ${extensions?.field} ${extensions?.reason}`;
    };
    expect(await refusal(SAVE, { id, version: version('it', '  ') })).toBe(
      'BAD_USER_INPUT title REQUIRED',
    );
    expect(await refusal(SAVE, { id, version: version('it', 'x'.repeat(141)) })).toBe(
      'BAD_USER_INPUT title TOO_LONG',
    );
    expect(
      await refusal(SAVE, { id, version: version('it', 'T', `<p>${'x'.repeat(100_001)}</p>`) }),
    ).toBe('BAD_USER_INPUT bodyHtml TOO_LONG');
    expect(
      await refusal(SAVE, {
        id,
        version: version('it', 'T', '<p>ciao</p><script>alert(1)</script>'),
      }),
    ).toBe('BAD_USER_INPUT bodyHtml UNSAFE_HTML');
    expect(
      await refusal(SAVE, { id, version: version('it', 'T', '<p onclick="steal()">ciao</p>') }),
    ).toBe('BAD_USER_INPUT bodyHtml UNSAFE_HTML');
    expect(
      await refusal(SAVE, {
        id,
        version: version('it', 'T', '<a href="javascript:alert(1)">x</a>'),
      }),
    ).toBe('BAD_USER_INPUT bodyHtml UNSAFE_HTML');
    expect(await refusal(SAVE, { id, version: version('xx', 'T') })).toBe(
      'BAD_USER_INPUT locale UNKNOWN_LOCALE',
    );
    const target = { brandId: 'brand-lumo', countries: ['IT'] };
    expect(await refusal(TARGET, { id, target: { ...target, countries: ['FR'] } })).toBe(
      'BAD_USER_INPUT countries OUTSIDE_COMMUNITIES',
    );
    expect(await refusal(TARGET, { id, target: { ...target, countries: [] } })).toBe(
      'BAD_USER_INPUT countries REQUIRED',
    );
    const frenchDealer = t.network.dealers.find(
      (d) =>
        d.brandId === 'brand-lumo' &&
        t.network.regions.find((r) => r.id === d.regionId)!.countryCode === 'FR',
    )!.id;
    expect(
      await refusal(TARGET, { id, target: { ...target, audiences: [{ dealerId: frenchDealer }] } }),
    ).toBe('BAD_USER_INPUT audiences OUTSIDE_COMMUNITIES');
    expect(
      await refusal(TARGET, { id, target: { ...target, imageUrl: 'https://evil.example/x.svg' } }),
    ).toBe('BAD_USER_INPUT imageUrl NOT_AN_IMAGE');
    expect(
      await refusal(TARGET, {
        id,
        target: { ...target, mustRead: true, mustReadBy: '2020-01-01T00:00:00Z' },
      }),
    ).toBe('BAD_USER_INPUT mustReadBy IN_THE_PAST');
    expect(await refusal(MOVE, { id, to: 'SCHEDULED', publishAt: '2020-01-01T00:00:00Z' })).toBe(
      'BAD_USER_INPUT publishAt IN_THE_PAST',
    );
    expect(await refusal(MOVE, { id, to: 'ARCHIVED' })).toBe('BAD_USER_INPUT to INVALID_MOVE');
    expect(
      await refusal(MOVE, {
        id,
        to: 'SCHEDULED',
        publishAt: new Date(Date.now() + 3_600_000).toISOString(),
        timeZone: 'Mars/Olympus',
      }),
    ).toBe('BAD_USER_INPUT timeZone UNKNOWN_TIME_ZONE');

    // A deadline before the publication time.
    const deadline = new Date(Date.now() + 3_600_000).toISOString();
    await as(editorToken, TARGET, {
      id,
      target: { ...target, mustRead: true, mustReadBy: deadline },
    });
    expect(
      await refusal(MOVE, {
        id,
        to: 'SCHEDULED',
        publishAt: new Date(Date.now() + 7_200_000).toISOString(),
      }),
    ).toBe('BAD_USER_INPUT mustReadBy DEADLINE_BEFORE_PUBLICATION');

    const [kept] = await t.db.query<{ title: string; status: string }>(
      `select t.title, a.status from articles a join article_translations t on t.article_id = a.id
       where a.id = $1`,
      [id],
    );
    expect(kept).toEqual({ title: 'Da non toccare', status: 'draft' });
  });

  it('files articles under a category and tags, which the feed filters by', async () => {
    const id = await draft('Offerta flotte');
    const topics = `mutation ($id: ID!, $tags: [String!]!) {
      setArticleTopics(id: $id, category: SALES, tags: $tags) { category tags } }`;
    const set = await as<{ setArticleTopics: { category: string; tags: string[] } }>(
      editorToken,
      topics,
      { id, tags: ['#Flotte', 'e-mobility', 'flotte'] },
    );
    expect(set.data!.setArticleTopics).toEqual({
      category: 'SALES',
      tags: ['flotte', 'e-mobility'],
    });
    const refused = await as(editorToken, topics, { id, tags: ['<script>'] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'tags', reason: 'INVALID_TAG' });

    await as(editorToken, MOVE, { id, to: 'PUBLISHED' });
    const feed = async (filter: string) => {
      const body = await as<{ newsFeed: { edges: { node: { id: string; category: string } }[] } }>(
        await t.tokenFor(readerThere),
        `{ newsFeed(first: 50, ${filter}) { edges { node { id category } } } }`,
        {},
      );
      return body.data!.newsFeed.edges.map((edge) => edge.node);
    };
    expect((await feed('tag: "FLOTTE"')).map((a) => a.id)).toEqual([id]);
    const sales = await feed('category: SALES');
    expect(sales.map((a) => a.id)).toContain(id);
    expect(sales.every((a) => a.category === 'SALES')).toBe(true);
    expect((await feed('category: TRAINING')).map((a) => a.id)).not.toContain(id);
  });

  it('attaches uploaded files, which readers get with their size', async () => {
    const id = await draft('Listino prezzi');
    const upload = await t.app.fetch(
      new Request('http://piazza.test/api/media?purpose=attachment', {
        method: 'POST',
        headers: { authorization: `Bearer ${editorToken}` },
        body: '%PDF-1.7\n%%EOF',
      }),
    );
    const { url } = (await upload.json()) as { url: string };
    const attach = `mutation ($id: ID!, $attachments: [AttachmentInput!]!) {
      setArticleAttachments(id: $id, attachments: $attachments) { attachments { name url size } } }`;
    const refused = await as(editorToken, attach, {
      id,
      attachments: [{ name: 'x.pdf', url: '/media/uploads/' + '0'.repeat(64) + '.pdf' }],
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      field: 'attachments',
      reason: 'NOT_UPLOADED',
    });
    await as(editorToken, attach, { id, attachments: [{ name: 'Listino 2027.pdf', url }] });
    await as(editorToken, MOVE, { id, to: 'PUBLISHED' });
    const read = await as<{
      article: { attachments: { name: string; url: string; size: number }[] };
    }>(
      await t.tokenFor(readerThere),
      'query ($id: ID!) { article(id: $id) { attachments { name url size } } }',
      { id },
    );
    expect(read.data!.article.attachments).toEqual([{ name: 'Listino 2027.pdf', url, size: 14 }]);
  });

  it('keeps other communities and other roles out', async () => {
    const id = await draft('Solo Lumo Italia');
    const frenchLumoEditor = t.network.roles.find(
      (r) => r.role === 'EDITOR' && r.scopeId === 'community-lumo-fr',
    )!.personId;
    const other = await as(
      await t.tokenFor(frenchLumoEditor),
      `query ($id: ID!) { editorialArticle(id: $id) { id } }`,
      { id },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const reader = await as(
      await t.tokenFor(readerThere),
      `query ($id: ID!) { editorialArticle(id: $id) { id } }`,
      { id },
    );
    expect(reader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await as<{ editorialArticles: { edges: { node: { id: string } }[] } }>(
      await t.tokenFor(frenchLumoEditor),
      '{ editorialArticles(first: 100) { edges { node { id } } } }',
      {},
    );
    expect(list.data!.editorialArticles.edges.map((e) => e.node.id)).not.toContain(id);
    const drafts = await as<{ editorialArticles: { edges: { node: { id: string } }[] } }>(
      editorToken,
      '{ editorialArticles(status: DRAFT, first: 100) { edges { node { id } } } }',
      {},
    );
    expect(drafts.data!.editorialArticles.edges.map((e) => e.node.id)).toContain(id);
    const communities = await as<{
      editorCommunities: { id: string; country: { timeZone: string } }[];
    }>(editorToken, '{ editorCommunities { id country { timeZone } } }', {});
    expect(communities.data!.editorCommunities.map((c) => c.id)).toEqual([
      'community-lumo-it',
      'community-lumo-es',
    ]);
  });
});
