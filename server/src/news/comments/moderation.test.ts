import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import {
  ADD,
  ADMIN,
  cast,
  failure,
  LUMO_EDITOR,
  LYON,
  THREADS,
  veyraShowcase,
  type CommentNode,
  type Threads,
} from './comments-test-support.js';

const QUEUE = `query ($locale: String, $first: Int, $after: String) {
  moderationQueue(locale: $locale, first: $first, after: $after) {
    total
    edges { cursor node {
      comment { id articleId body status heldFor }
      articleTitle
      inReplyTo { id body }
      reports { reason reportedAt }
    } }
    pageInfo { endCursor hasNextPage }
  }
}`;
const MODERATE = `mutation ($id: ID!, $decision: ModerationDecision!, $reason: String!) {
  moderateComment(id: $id, decision: $decision, reason: $reason) { id status body }
}`;
const REPORT = `mutation ($id: ID!) { reportComment(id: $id, reason: "Hors sujet") { id } }`;

interface QueueItem {
  comment: CommentNode & { articleId: string };
  articleTitle: string;
  inReplyTo: { id: string; body: string | null } | null;
  reports: { reason: string; reportedAt: string }[];
}
interface Queue {
  moderationQueue: {
    total: number;
    edges: { cursor: string; node: QueueItem }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('moderation', () => {
  let t: TestApp;
  let lyon: string;
  let colleague: string;
  let editor: string;
  let article: string;

  beforeAll(async () => {
    t = await createTestApp();
    lyon = await t.tokenFor(LYON);
    colleague = await t.tokenFor(cast(t).colleague);
    editor = await t.tokenFor(cast(t).veyraEditor);
    article = veyraShowcase(t);
  });
  afterAll(() => t.close());

  const queue = async (token: string, locale = 'fr') =>
    (await t.graphql<Queue>(QUEUE, { variables: { locale, first: 50 }, token })).data!
      .moderationQueue;
  const add = async (token: string, body: string, parentId: string | null = null) =>
    (
      await t.graphql<{ addComment: CommentNode }>(ADD, {
        variables: { id: article, parentId, body },
        token,
      })
    ).data!.addComment;
  const moderate = (token: string, id: string, decision: 'APPROVE' | 'HIDE', reason: string) =>
    t.graphql<{ moderateComment: CommentNode }>(MODERATE, {
      variables: { id, decision, reason },
      token,
    });
  const shownTo = async (token: string, id: string) =>
    (await t.graphql<Threads>(THREADS, { variables: { id: article, first: 50 }, token }))
      .data!.articleComments.edges.flatMap(({ node }) => [node, ...node.replies])
      .find((comment) => comment.id === id);

  it('lists what waits in the editor’s communities, the longest waiting first, with why', async () => {
    const held = await add(lyon, 'Photos : www.example.com/salon');
    const { edges, total } = await queue(editor);
    expect(total).toBe(edges.length);
    const ids = edges.map((edge) => edge.node.comment.id);
    expect(ids).toContain(held.id);
    const item = edges.find((edge) => edge.node.comment.id === held.id)!.node;
    expect(item.comment).toMatchObject({ status: 'HELD', heldFor: 'LINK', articleId: article });
    expect(item.articleTitle).not.toBe('');
    // The seed's reported comment waits too, with its report.
    expect(edges.some((edge) => edge.node.reports.length > 0)).toBe(true);
    const brands = new Set(
      edges.map(
        (edge) => t.network.articles.find((a) => a.id === edge.node.comment.articleId)!.brandId,
      ),
    );
    expect([...brands]).toEqual(['brand-veyra']);

    const lumo = await queue(await t.tokenFor(LUMO_EDITOR), 'it');
    expect(lumo.edges.map((edge) => edge.node.comment.id)).not.toContain(held.id);
    const all = await queue(await t.tokenFor(ADMIN), 'en');
    expect(all.total).toBeGreaterThan(total);
  });

  it('pages the queue with its cursor', async () => {
    const whole = await queue(editor);
    const first = await t.graphql<Queue>(QUEUE, { variables: { first: 1 }, token: editor });
    const rest = await t.graphql<Queue>(QUEUE, {
      variables: { first: 50, after: first.data!.moderationQueue.pageInfo.endCursor },
      token: editor,
    });
    expect(
      [...first.data!.moderationQueue.edges, ...rest.data!.moderationQueue.edges].map(
        (edge) => edge.node.comment.id,
      ),
    ).toEqual(whole.edges.map((edge) => edge.node.comment.id));
  });

  it('is closed to readers', async () => {
    expect(failure(await t.graphql(QUEUE, { token: lyon })).code).toBe('FORBIDDEN');
  });

  it('approves a held comment with a reason: everyone sees it, it leaves the queue, audited', async () => {
    const held = await add(lyon, 'Inscriptions : www.example.com/essais');
    expect(await shownTo(colleague, held.id)).toBeUndefined();
    const approved = await moderate(editor, held.id, 'APPROVE', '  Lien vers le site officiel ');
    expect(approved.data!.moderateComment).toMatchObject({ status: 'VISIBLE' });
    expect(await shownTo(colleague, held.id)).toMatchObject({ status: 'VISIBLE' });
    expect((await queue(editor)).edges.map((e) => e.node.comment.id)).not.toContain(held.id);

    const [entry] = await t.db.query<{ actor_id: string; action: string; details: object }>(
      `select actor_id, action, details from audit_log where target_type = 'comment' and target_id = $1`,
      [held.id],
    );
    expect(entry).toMatchObject({
      actor_id: cast(t).veyraEditor,
      action: 'comment.approve',
      details: {
        articleId: article,
        reason: 'Lien vers le site officiel',
        previousStatus: 'held',
        heldFor: 'LINK',
      },
    });
  });

  it('hides a reported comment: its place stays in the thread, without its text, for everyone', async () => {
    const thread = await add(colleague, 'Qui veut racheter ma voiture ?');
    const reply = await add(lyon, 'Pas ici, merci.', thread.id);
    await t.graphql(REPORT, { variables: { id: thread.id }, token: lyon });
    const item = (await queue(editor)).edges.find((e) => e.node.comment.id === thread.id)!;
    expect(item.node.reports.map((r) => r.reason)).toEqual(['Hors sujet']);

    await moderate(editor, thread.id, 'HIDE', 'Petite annonce');
    for (const token of [lyon, colleague, editor]) {
      expect(await shownTo(token, thread.id)).toMatchObject({ status: 'HIDDEN', body: null });
      expect(await shownTo(token, reply.id)).toMatchObject({ body: 'Pas ici, merci.' });
    }
    const audit = await t.db.query<{ action: string }>(
      `select action from audit_log where target_id = $1`,
      [thread.id],
    );
    expect(audit.map((row) => row.action)).toEqual(['comment.hide']);
    expect(
      failure(await t.graphql(REPORT, { variables: { id: thread.id }, token: editor })),
    ).toMatchObject({ reason: 'NOT_REPORTABLE' });
  });

  it('brings an approved comment back to the queue when someone reports it', async () => {
    const comment = await add(colleague, 'Rendez-vous au salon');
    await t.graphql(REPORT, { variables: { id: comment.id }, token: lyon });
    await moderate(editor, comment.id, 'APPROVE', 'Rien à redire');
    const ids = async () => (await queue(editor)).edges.map((e) => e.node.comment.id);
    expect(await ids()).not.toContain(comment.id);
    const other = await t.tokenFor(
      t.network.people.find(
        (p) =>
          p.brandId === 'brand-veyra' &&
          p.countryCode === 'FR' &&
          p.job === 'MECHANIC' &&
          !p.id.includes('demo'),
      )!.id,
    );
    await t.graphql(REPORT, { variables: { id: comment.id }, token: other });
    expect(await ids()).toContain(comment.id);
    const item = (await queue(editor)).edges.find((e) => e.node.comment.id === comment.id)!;
    expect(item.node.reports).toHaveLength(1);
  });

  it('gives the comment a reply answers, for context', async () => {
    const thread = await add(colleague, 'Des nouvelles du modèle break ?');
    const reply = await add(lyon, 'Tout est là : www.example.com/break', thread.id);
    const item = (await queue(editor)).edges.find((e) => e.node.comment.id === reply.id)!;
    expect(item.node.inReplyTo).toEqual({ id: thread.id, body: 'Des nouvelles du modèle break ?' });
  });

  it('refuses a decision without a reason, by a reader, or by an editor of another community', async () => {
    const held = await add(lyon, 'www.example.com/promo');
    expect(failure(await moderate(editor, held.id, 'APPROVE', ' '))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REASON_EMPTY',
    });
    expect(failure(await moderate(colleague, held.id, 'HIDE', 'Non')).code).toBe('NOT_FOUND');
    const seeded = (await queue(editor)).edges.find((e) => e.node.comment.status === 'VISIBLE')!;
    expect(failure(await moderate(lyon, seeded.node.comment.id, 'HIDE', 'Non')).code).toBe(
      'FORBIDDEN',
    );
    const lumo = await t.tokenFor(LUMO_EDITOR);
    expect(failure(await moderate(lumo, held.id, 'HIDE', 'Non')).code).toBe('NOT_FOUND');
    const audit = await t.db.query('select 1 from audit_log where target_id = $1', [held.id]);
    expect(audit).toEqual([]);
  });

  it('exports a person’s comments, reports and reactions, and keeps them after erasure as a former member’s', async () => {
    const victim = cast(t).colleague;
    const token = await t.tokenFor(victim);
    const mine = await add(token, 'Un dernier mot');
    const other = await add(lyon, 'Bonne journée');
    await t.graphql(REPORT, { variables: { id: other.id }, token });
    await t.graphql(
      `mutation ($id: ID!) { reactToArticle(articleId: $id, kind: CELEBRATE, active: true) { id } }`,
      { variables: { id: article }, token },
    );
    const admin = await t.tokenFor(ADMIN);
    const exported = await t.graphql<{ exportPersonData: { json: string } }>(
      'mutation ($id: ID!) { exportPersonData(personId: $id) { json } }',
      { variables: { id: victim }, token: admin },
    );
    const { comments } = JSON.parse(exported.data!.exportPersonData.json) as {
      comments: {
        written: { id: string; body: string }[];
        reports: { comment_id: string }[];
        reactions: { article_id: string; kind: string }[];
      };
    };
    expect(comments.written.map((c) => c.id)).toContain(mine.id);
    expect(comments.reports.map((r) => r.comment_id)).toEqual([other.id]);
    expect(comments.reactions).toContainEqual(
      expect.objectContaining({ article_id: article, kind: 'CELEBRATE' }),
    );

    await t.graphql(
      'mutation ($id: ID!) { erasePerson(personId: $id, reason: "Demande") { id } }',
      {
        variables: { id: victim },
        token: admin,
      },
    );
    const kept = (
      await t.graphql<Threads>(THREADS, {
        variables: { id: article, first: 50 },
        token: lyon,
      })
    ).data!.articleComments.edges.find((edge) => edge.node.id === mine.id)!.node;
    expect(kept).toMatchObject({ body: 'Un dernier mot', author: { displayName: null } });
  });
});
