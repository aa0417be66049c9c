import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { MAX_PINNED_PER_COMMUNITY } from './pinned.js';

const EDITOR = 'person-demo-it-editor'; // edits Lumo Italy and Lumo Spain
const DAY = 86_400_000;

const CREATE = `mutation ($title: String!) { createArticle(input: { communityId: "community-lumo-it",
  version: { locale: "it", title: $title, summary: "In breve", bodyHtml: "<p>Testo</p>" } }) { id } }`;
const MOVE = `mutation ($id: ID!, $to: ArticleStatus!, $publishAt: DateTime) {
  moveArticle(id: $id, to: $to, publishAt: $publishAt) { id status pinnedUntil } }`;
const PIN = `mutation ($id: ID!, $until: DateTime) { pinArticle(id: $id, until: $until) {
  id pinnedUntil } }`;
const MUST_READ = `mutation ($id: ID!) { setArticleTarget(id: $id, target: { brandId: "brand-lumo",
  countries: ["IT"], mustRead: true }) { id } }`;
const PINNED = '{ pinnedArticles { id pinnedUntil } }';
const MUST_READS = '{ mustReads { id } }';
const feed = (excludePinned: boolean) =>
  `{ newsFeed(first: 50, excludePinned: ${excludePinned}) { edges { node { id pinnedUntil } } } }`;

interface Errors {
  errors?: { extensions?: { code?: string; field?: string; reason?: string } }[];
}

describe('pinned articles', () => {
  let t: TestApp;
  let editor: string;
  let reader: string;

  const as = <Data>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql<Data>(query, { token, variables });
  const inFuture = (days: number) => new Date(Date.now() + days * DAY).toISOString();

  async function article(title: string, { publish = true, mustRead = false } = {}) {
    const created = await as<{ createArticle: { id: string } }>(editor, CREATE, { title });
    const id = created.data!.createArticle.id;
    if (mustRead) expect((await as(editor, MUST_READ, { id })).errors).toBeUndefined();
    if (publish) expect((await as(editor, MOVE, { id, to: 'PUBLISHED' })).errors).toBeUndefined();
    return id;
  }
  const pin = (id: string, until: string | null) =>
    as<{ pinArticle: { id: string; pinnedUntil: string | null } }>(editor, PIN, { id, until });
  const pinnedIds = async () =>
    (await as<{ pinnedArticles: { id: string }[] }>(reader, PINNED)).data!.pinnedArticles.map(
      (a) => a.id,
    );
  const feedIds = async (excludePinned: boolean) =>
    (
      await as<{ newsFeed: { edges: { node: { id: string } }[] } }>(reader, feed(excludePinned))
    ).data!.newsFeed.edges.map((edge) => edge.node.id);
  const refusal = (body: Errors) => body.errors?.[0]?.extensions;

  beforeAll(async () => {
    t = await createTestApp();
    // The seed pins some articles: this suite counts its own.
    await t.db.query(`update articles set pinned_until = null where brand_id = 'brand-lumo'`);
    editor = await t.tokenFor(EDITOR);
    const italian = t.network.people.find(
      (p) => p.brandId === 'brand-lumo' && p.countryCode === 'IT' && p.dealerId,
    )!;
    reader = await t.tokenFor(italian.id);
  });
  afterAll(() => t.close());

  it('keeps a pinned article above the feed until its time, out of the feed meanwhile', async () => {
    const id = await article('In evidenza');
    const until = inFuture(7);
    const pinned = await pin(id, until);
    expect(pinned.errors).toBeUndefined();
    expect(pinned.data!.pinArticle.pinnedUntil).toBe(until);

    expect(await pinnedIds()).toContain(id);
    expect(await feedIds(true)).not.toContain(id);
    expect(await feedIds(false)).toContain(id);

    // The pin ends by itself: the article is back in its place in the feed.
    await t.db.query(
      `update articles set pinned_until = now() - interval '1 second' where id = $1`,
      [id],
    );
    expect(await pinnedIds()).not.toContain(id);
    expect(await feedIds(true)).toContain(id);
  });

  it('unpins with null, and when the article is archived', async () => {
    const unpinned = await article('Da togliere');
    await pin(unpinned, inFuture(3));
    expect((await pin(unpinned, null)).data!.pinArticle.pinnedUntil).toBeNull();
    expect(await pinnedIds()).not.toContain(unpinned);

    const archived = await article('Da archiviare');
    await pin(archived, inFuture(3));
    const moved = await as<{ moveArticle: { pinnedUntil: string | null } }>(editor, MOVE, {
      id: archived,
      to: 'ARCHIVED',
    });
    expect(moved.data!.moveArticle.pinnedUntil).toBeNull();
    // Brought back, it is not pinned again unasked.
    await as(editor, MOVE, { id: archived, to: 'PUBLISHED' });
    expect(await pinnedIds()).not.toContain(archived);
    expect(await feedIds(true)).toContain(archived);
  });

  it('leaves a must-read to acknowledge in its own section, then pins it', async () => {
    const id = await article('Da leggere e confermare', { mustRead: true });
    await pin(id, inFuture(2));
    expect(await pinnedIds()).not.toContain(id);
    expect(await feedIds(true)).not.toContain(id);
    const mustReads = await as<{ mustReads: { id: string }[] }>(reader, MUST_READS);
    expect(mustReads.data!.mustReads.map((a) => a.id)).toContain(id);

    await as(reader, 'mutation ($id: ID!) { acknowledgeArticle(id: $id) { id } }', { id });
    expect(await pinnedIds()).toContain(id);
    await pin(id, null);
  });

  it('refuses what cannot be pinned, naming the reason', async () => {
    const draft = await article('Bozza', { publish: false });
    expect(refusal(await pin(draft, inFuture(1)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
      reason: 'NOT_PUBLISHED',
    });
    const published = await article('Pubblicato');
    expect(
      refusal(await pin(published, new Date(Date.now() - 60_000).toISOString())),
    ).toMatchObject({ field: 'until', reason: 'IN_THE_PAST' });
    expect(refusal(await pin(published, inFuture(91)))).toMatchObject({
      field: 'until',
      reason: 'TOO_LONG',
    });
    expect(await pinnedIds()).not.toContain(published);
  });

  it(`pins at most ${MAX_PINNED_PER_COMMUNITY} articles at once in a community`, async () => {
    const ids: string[] = [];
    for (let i = 0; i <= MAX_PINNED_PER_COMMUNITY; i++) ids.push(await article(`Notizia ${i}`));
    for (const id of ids.slice(0, MAX_PINNED_PER_COMMUNITY)) {
      expect((await pin(id, inFuture(5))).errors).toBeUndefined();
    }
    expect(refusal(await pin(ids.at(-1)!, inFuture(5)))).toMatchObject({
      field: 'until',
      reason: 'TOO_MANY_PINNED',
    });
    // Re-pinning one already pinned (a new end) is not a fourth.
    expect((await pin(ids[0]!, inFuture(6))).errors).toBeUndefined();
    expect(await pinnedIds()).toEqual(
      expect.arrayContaining(ids.slice(0, MAX_PINNED_PER_COMMUNITY)),
    );

    const audit = await t.db.query<{ count: number }>(
      `select count(*)::int as count from audit_log where action = 'article.pin' and target_id = $1`,
      [ids[0]],
    );
    expect(audit[0]!.count).toBe(2);
  });
});
