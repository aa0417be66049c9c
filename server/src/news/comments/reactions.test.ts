import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ADMIN, cast, failure, LYON, lumoArticle, veyraShowcase } from './comments-test-support.js';

const REACT = `mutation ($id: ID!, $kind: ReactionKind!, $active: Boolean!) {
  reactToArticle(articleId: $id, kind: $kind, active: $active, locale: "fr") {
    id locale reactions { kind count mine } commentCount
  }
}`;
const ARTICLE = `query ($id: ID!) {
  article(id: $id) { id reactions { kind count mine } commentCount }
}`;

interface Counts {
  reactions: { kind: string; count: number; mine: boolean }[];
  commentCount: number;
}

describe('reactions', () => {
  let t: TestApp;
  let lyon: string;
  let colleague: string;
  let article: string;

  beforeAll(async () => {
    t = await createTestApp();
    lyon = await t.tokenFor(LYON);
    colleague = await t.tokenFor(cast(t).colleague);
    article = veyraShowcase(t);
  });
  afterAll(() => t.close());

  const counts = async (token: string) =>
    (await t.graphql<{ article: Counts }>(ARTICLE, { variables: { id: article }, token })).data!
      .article;
  const react = (token: string, kind: string, active: boolean) =>
    t.graphql<{ reactToArticle: Counts & { locale: string } }>(REACT, {
      variables: { id: article, kind, active },
      token,
    });

  it('list every kind, in order, with how many gave it and whether the caller did', async () => {
    const { reactions } = await counts(lyon);
    expect(reactions.map((r) => r.kind)).toEqual(['LIKE', 'CELEBRATE', 'INSIGHTFUL']);
    expect(reactions.every((r) => !r.mine)).toBe(true);
  });

  it('are given and taken back once per person and kind, whatever the replays', async () => {
    const before = await counts(colleague);
    const like = (c: Counts) => c.reactions.find((r) => r.kind === 'LIKE')!;
    const given = (await react(lyon, 'LIKE', true)).data!.reactToArticle;
    expect(given.locale).toBe('fr');
    expect(like(given)).toEqual({ kind: 'LIKE', count: like(before).count + 1, mine: true });
    await react(lyon, 'LIKE', true);
    await react(lyon, 'INSIGHTFUL', true);
    const seen = await counts(colleague);
    expect(like(seen)).toEqual({ kind: 'LIKE', count: like(before).count + 1, mine: false });

    const taken = (await react(lyon, 'LIKE', false)).data!.reactToArticle;
    expect(like(taken)).toEqual({ ...like(before), mine: false });
    expect(taken.reactions.find((r) => r.kind === 'INSIGHTFUL')!.mine).toBe(true);
  });

  it('are not found on an article the caller cannot read', async () => {
    const refused = await t.graphql(REACT, {
      variables: { id: lumoArticle(t), kind: 'LIKE', active: true },
      token: lyon,
    });
    expect(failure(refused).code).toBe('NOT_FOUND');
  });

  it('and comment counts cost one query for a whole page of the feed', async () => {
    const query = t.db.query.bind(t.db);
    let statements = 0;
    t.db.query = ((sql: string, params?: unknown[]) => {
      if (sql.includes('article_reactions')) statements++;
      return query(sql, params);
    }) as typeof t.db.query;
    try {
      const feed = await t.graphql<{ newsFeed: { edges: { node: Counts }[] } }>(
        '{ newsFeed(first: 20) { edges { node { id commentCount reactions { kind count } } } } }',
        { token: await t.tokenFor(ADMIN) },
      );
      const nodes = feed.data!.newsFeed.edges.map((edge) => edge.node);
      expect(nodes.length).toBeGreaterThan(5);
      expect(nodes.some((node) => node.commentCount > 0)).toBe(true);
      expect(statements).toBe(1);
    } finally {
      t.db.query = query;
    }
  });
});
