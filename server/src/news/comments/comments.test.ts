import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewsEvent, NewsEvents } from '../../notifications/news-events.js';
import { generateDiscussion } from '../../seed/generate-discussion.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import {
  ADD,
  cast,
  failure,
  LYON,
  lumoArticle,
  THREADS,
  veyraShowcase,
  type CommentNode,
  type Threads,
} from './comments-test-support.js';
import { announceReply } from './reply-events.js';

const EDIT = `mutation ($id: ID!, $body: String!) {
  editComment(id: $id, body: $body) { id body status heldFor editedAt editableUntil }
}`;
const REPORT = `mutation ($id: ID!, $reason: String!) {
  reportComment(id: $id, reason: $reason) { id status reportedByMe }
}`;

const ADD_KEYED = `mutation ($id: ID!, $body: String!, $idempotencyKey: String) {
  addComment(articleId: $id, body: $body, idempotencyKey: $idempotencyKey) {
    id parentId body status heldFor mine editableUntil
  }
}`;

describe('comments', () => {
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

  const threads = async (token: string, id = article) =>
    (
      await t.graphql<Threads>(THREADS, { variables: { id, first: 50 }, token })
    ).data!.articleComments.edges.map((edge) => edge.node);
  const add = (token: string, body: string, parentId: string | null = null, id = article) =>
    t.graphql<{ addComment: CommentNode }>(ADD, { variables: { id, parentId, body }, token });

  it('come in threads, oldest first, each with its replies one level deep', async () => {
    const seeded = generateDiscussion(t.network).comments.filter(
      (c) => c.articleId === article && c.status === 'visible',
    );
    const shown = await threads(lyon);
    expect(shown.map((c) => c.id)).toEqual(
      seeded.filter((c) => c.parentId === null).map((c) => c.id),
    );
    const times = shown.map((c) => c.createdAt);
    expect(times).toEqual([...times].sort());
    for (const thread of shown) {
      expect(thread.parentId).toBeNull();
      expect(thread.replies.map((r) => r.id)).toEqual(
        seeded.filter((c) => c.parentId === thread.id).map((c) => c.id),
      );
    }
    expect(shown.some((thread) => thread.replies.length > 0)).toBe(true);
  });

  it('are paged by thread, and a cursor from elsewhere is refused', async () => {
    const first = await t.graphql<Threads>(THREADS, {
      variables: { id: article, first: 1 },
      token: lyon,
    });
    const { edges, pageInfo } = first.data!.articleComments;
    expect(edges).toHaveLength(1);
    expect(pageInfo.hasNextPage).toBe(true);
    const next = await t.graphql<Threads>(THREADS, {
      variables: { id: article, first: 50, after: pageInfo.endCursor },
      token: lyon,
    });
    const all = await threads(lyon);
    expect([edges[0]!.node.id, ...next.data!.articleComments.edges.map((e) => e.node.id)]).toEqual(
      all.map((c) => c.id),
    );
    const forged = Buffer.from(JSON.stringify(['yesterday', 'x'])).toString('base64url');
    const refused = await t.graphql(THREADS, {
      variables: { id: article, after: forged },
      token: lyon,
    });
    expect(failure(refused).code).toBe('BAD_USER_INPUT');
  });

  it('are added and answered by readers, and everyone who reads the article sees them', async () => {
    const { data } = await add(lyon, '  Très bon article, merci !  ');
    const comment = data!.addComment;
    expect(comment).toMatchObject({
      body: 'Très bon article, merci !',
      status: 'VISIBLE',
      heldFor: null,
      mine: true,
      parentId: null,
    });
    expect(Date.parse(comment.editableUntil!) - Date.now()).toBeGreaterThan(14 * 60_000);
    const reply = (await add(colleague, 'Tout à fait d’accord.', comment.id)).data!.addComment;
    expect(reply.parentId).toBe(comment.id);

    const seen = (await threads(colleague)).find((c) => c.id === comment.id)!;
    expect(seen).toMatchObject({ mine: false, editableUntil: null });
    expect(seen.author.displayName).toBe('Camille Laurent');
    expect(seen.replies.map((r) => [r.id, r.mine])).toEqual([[reply.id, true]]);
  });

  it('say what is wrong with the input, and keep nothing of it', async () => {
    const before = (await threads(lyon)).length;
    expect(failure(await add(lyon, ' \n '))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_EMPTY',
    });
    expect(failure(await add(lyon, 'x'.repeat(2001)))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'COMMENT_TOO_LONG',
    });
    const thread = (await threads(lyon)).find((c) => c.replies.length > 0)!;
    expect(failure(await add(lyon, 'Et moi ?', thread.replies[0]!.id))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REPLY_TO_REPLY',
    });
    expect(failure(await add(lyon, 'Et moi ?', 'comment-nope')).code).toBe('NOT_FOUND');
    expect((await threads(lyon)).length).toBe(before);
  });

  it('are stored once when an outbox sends them again, held or not, the key being the author’s', async () => {
    const keyed = (token: string, body: string, idempotencyKey: string) =>
      t.graphql<{ addComment: CommentNode }>(ADD_KEYED, {
        variables: { id: article, body, idempotencyKey },
        token,
      });
    const before = (await threads(lyon)).length;
    const first = (await keyed(lyon, 'Rendez-vous au stand', 'outbox-1')).data!.addComment;
    const again = (await keyed(lyon, 'Rendez-vous au stand !', 'outbox-1')).data!.addComment;
    expect(again).toEqual(first);
    // Two replays at once meet at the unique index: one comment, the same answer.
    const racing = await Promise.all([1, 2].map(() => keyed(lyon, 'Et le café', 'outbox-2')));
    expect(racing[0]!.data!.addComment.id).toBe(racing[1]!.data!.addComment.id);
    const held = (await keyed(lyon, 'Photos : www.example.com', 'outbox-3')).data!.addComment;
    expect(held.status).toBe('HELD');
    expect((await keyed(lyon, 'Photos : www.example.com', 'outbox-3')).data!.addComment).toEqual(
      held,
    );
    // The same key from someone else is their own comment.
    const theirs = (await keyed(colleague, 'Rendez-vous au stand', 'outbox-1')).data!.addComment;
    expect(theirs.id).not.toBe(first.id);
    // Hers three (the held one she sees), and her colleague's.
    expect((await threads(lyon)).length).toBe(before + 4);
    expect(
      (
        await t.graphql(ADD_KEYED, {
          variables: { id: article, body: 'Bonjour', idempotencyKey: 'k'.repeat(101) },
          token: lyon,
        })
      ).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey', reason: 'TOO_LONG' });
  });

  it('are not found under an article the caller cannot read, nor answered across articles', async () => {
    expect(failure(await add(lyon, 'Bonjour', null, lumoArticle(t))).code).toBe('NOT_FOUND');
    expect(
      failure(await t.graphql(THREADS, { variables: { id: lumoArticle(t) }, token: lyon })).code,
    ).toBe('NOT_FOUND');
    const lumoComment = generateDiscussion(t.network).comments.find(
      (c) => t.network.articles.find((a) => a.id === c.articleId)!.brandId === 'brand-lumo',
    )!;
    expect(failure(await add(lyon, 'Bonjour', lumoComment.id)).code).toBe('NOT_FOUND');
  });

  it('can be changed by their author for 15 minutes, and then no more', async () => {
    const { id } = (await add(lyon, 'Premier jet')).data!.addComment;
    const edited = await t.graphql<{ editComment: CommentNode }>(EDIT, {
      variables: { id, body: 'Version corrigée' },
      token: lyon,
    });
    expect(edited.data!.editComment).toMatchObject({ body: 'Version corrigée', status: 'VISIBLE' });
    expect(edited.data!.editComment.editedAt).not.toBeNull();

    await t.db.query(
      `update article_comments set created_at = now() - interval '16 minutes' where id = $1`,
      [id],
    );
    const late = await t.graphql(EDIT, { variables: { id, body: 'Trop tard' }, token: lyon });
    expect(failure(late)).toEqual({ code: 'BAD_USER_INPUT', reason: 'EDIT_WINDOW_CLOSED' });
    const shown = (await threads(lyon)).find((c) => c.id === id)!;
    expect(shown).toMatchObject({ body: 'Version corrigée', editableUntil: null });
  });

  it('cannot be changed by anyone else, admins included', async () => {
    const { id } = (await add(lyon, 'À moi')).data!.addComment;
    const admin = await t.tokenFor('person-demo-admin');
    for (const token of [colleague, editor, admin]) {
      const refused = await t.graphql(EDIT, { variables: { id, body: 'À nous' }, token });
      expect(failure(refused).code).toBe('FORBIDDEN');
    }
  });

  it('with a link or a listed word wait for a moderator, seen only by their author and moderators', async () => {
    const withLink = (await add(lyon, 'Les photos : www.example.com/salon')).data!.addComment;
    expect(withLink).toMatchObject({ status: 'HELD', heldFor: 'LINK' });
    const withWord = (await add(lyon, 'Quelle arnaque ce salon')).data!.addComment;
    expect(withWord).toMatchObject({ status: 'HELD', heldFor: 'WORD' });

    const ids = (list: CommentNode[]) => list.map((c) => c.id);
    expect(ids(await threads(lyon))).toEqual(expect.arrayContaining([withLink.id, withWord.id]));
    expect(ids(await threads(colleague))).not.toContain(withLink.id);
    const forEditor = (await threads(editor)).find((c) => c.id === withLink.id)!;
    expect(forEditor).toMatchObject({ status: 'HELD', heldFor: 'LINK', mine: false });
    expect(failure(await add(colleague, 'Merci', withLink.id)).code).toBe('NOT_FOUND');
    expect(failure(await add(editor, 'Merci', withLink.id))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PARENT_NOT_VISIBLE',
    });
  });

  it('are held again when an edit adds a link, and shown again when it removes it', async () => {
    const { id } = (await add(lyon, 'Voir www.example.com')).data!.addComment;
    const cleaned = await t.graphql<{ editComment: CommentNode }>(EDIT, {
      variables: { id, body: 'Voir le site de la marque' },
      token: lyon,
    });
    expect(cleaned.data!.editComment).toMatchObject({ status: 'VISIBLE', heldFor: null });
    const queued = await t.db.query<{ queued_at: Date | null }>(
      'select queued_at from article_comments where id = $1',
      [id],
    );
    expect(queued[0]!.queued_at).toBeNull();
    const relinked = await t.graphql<{ editComment: CommentNode }>(EDIT, {
      variables: { id, body: 'Voir https://example.com' },
      token: lyon,
    });
    expect(relinked.data!.editComment).toMatchObject({ status: 'HELD', heldFor: 'LINK' });
  });

  it('are reported once per person with a reason, and stay visible', async () => {
    const { id } = (await add(colleague, 'Qui veut ma voiture ?')).data!.addComment;
    expect(
      failure(await t.graphql(REPORT, { variables: { id, reason: ' ' }, token: lyon })),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'REASON_EMPTY' });
    const reported = await t.graphql<{ reportComment: CommentNode }>(REPORT, {
      variables: { id, reason: 'Petite annonce' },
      token: lyon,
    });
    expect(reported.data!.reportComment).toMatchObject({ status: 'VISIBLE', reportedByMe: true });
    await t.graphql(REPORT, { variables: { id, reason: 'Encore' }, token: lyon });
    const reports = await t.db.query<{ reason: string }>(
      'select reason from comment_reports where comment_id = $1',
      [id],
    );
    expect(reports.map((r) => r.reason)).toEqual(['Petite annonce']);
    expect((await threads(colleague)).find((c) => c.id === id)).toMatchObject({
      status: 'VISIBLE',
      reportedByMe: false,
    });
    expect(
      failure(await t.graphql(REPORT, { variables: { id, reason: 'Moi' }, token: colleague })),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'OWN_COMMENT' });
  });

  it('tell the author of the comment a reply answers, once the reply shows to everyone', async () => {
    const heard: NewsEvent[] = [];
    const news = { publish: (_topic: string, event: NewsEvent) => heard.push(event) };
    const announce = (id: string) => announceReply(t.db, news as unknown as NewsEvents, id);
    const thread = (await add(colleague, 'Qui vient au salon ?')).data!.addComment;
    const reply = (await add(lyon, 'Moi !', thread.id)).data!.addComment;
    const held = (await add(lyon, 'Inscription : www.example.com/salon', thread.id)).data!
      .addComment;
    const own = (await add(colleague, 'Parfait.', thread.id)).data!.addComment;
    for (const id of [reply.id, held.id, own.id]) await announce(id);
    expect(heard).toEqual([{ type: 'reply', personId: cast(t).colleague }]);
  });
});
