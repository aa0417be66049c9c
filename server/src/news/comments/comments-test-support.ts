import type { TestApp } from '../../test-support/test-app.js';

/** Who plays each part in the comments' tests, from the seeded network. */
export const LYON = 'person-demo-fr-sales';
export const LUMO_EDITOR = 'person-demo-it-editor';
export const ADMIN = 'person-demo-admin';

export const THREADS = `query ($id: ID!, $first: Int, $after: String) {
  articleComments(articleId: $id, first: $first, after: $after) {
    edges { cursor node { id parentId body status heldFor mine reportedByMe editableUntil editedAt
      createdAt author { displayName }
      replies { id parentId body status mine } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

export const ADD = `mutation ($id: ID!, $parentId: ID, $body: String!) {
  addComment(articleId: $id, parentId: $parentId, body: $body) {
    id parentId body status heldFor mine editableUntil
  }
}`;

export interface CommentNode {
  id: string;
  parentId: string | null;
  body: string | null;
  status: 'VISIBLE' | 'HELD' | 'HIDDEN';
  heldFor: 'LINK' | 'WORD' | null;
  mine: boolean;
  reportedByMe: boolean;
  editableUntil: string | null;
  editedAt: string | null;
  createdAt: string;
  author: { displayName: string | null };
  replies: CommentNode[];
}

export interface Threads {
  articleComments: {
    edges: { cursor: string; node: CommentNode }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

/** The people of the network who play the other parts. */
export function cast(t: TestApp) {
  const people = t.network.people;
  const lyon = people.find((p) => p.id === LYON)!;
  return {
    /** Another Veyra salesperson in France. */
    colleague: people.find(
      (p) =>
        p.brandId === lyon.brandId &&
        p.countryCode === 'FR' &&
        p.job === 'SALESPERSON' &&
        p.id !== LYON,
    )!.id,
    /** The editor of Veyra France, who moderates Camille's news. */
    veyraEditor: people.find(
      (p) => p.job === 'EDITOR' && p.brandId === lyon.brandId && p.countryCode === 'FR',
    )!.id,
  };
}

/**
 * Veyra's first article: for its whole network, with seeded threads, a comment held for a
 * link and one reported (generateDiscussion).
 */
export function veyraShowcase(t: TestApp): string {
  return t.network.articles.find((a) => a.brandId === 'brand-veyra')!.id;
}

/** The first article of the person's feed (brand-wide must-reads come first in the seed). */
export async function firstArticle(t: TestApp, token: string): Promise<string> {
  const body = await t.graphql<{ newsFeed: { edges: { node: { id: string } }[] } }>(
    '{ newsFeed(first: 1) { edges { node { id } } } }',
    { token },
  );
  return body.data!.newsFeed.edges[0]!.node.id;
}

/** An article of another brand than Veyra's: nobody at a Veyra dealer reads it. */
export function lumoArticle(t: TestApp): string {
  return t.network.articles.find((a) => a.brandId === 'brand-lumo')!.id;
}

/** The first error's code and reason. */
export function failure(body: { errors?: { extensions?: Record<string, unknown> }[] }) {
  const extensions = body.errors?.[0]?.extensions ?? {};
  return { code: extensions['code'], reason: extensions['reason'] };
}
