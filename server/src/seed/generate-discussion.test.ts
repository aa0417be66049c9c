import { describe, expect, it } from 'vitest';
import { holdReason } from '../news/comments/comment-rules.js';
import { generateDiscussion } from './generate-discussion.js';
import { generateNetwork } from './generate-network.js';

describe('generateDiscussion', () => {
  const network = generateNetwork({ scale: 0.2 });
  const discussion = generateDiscussion(network);

  it('is the same for the same network', () => {
    expect(generateDiscussion(network)).toEqual(discussion);
  });

  it('puts comments and reactions under articles, after their publication, by their readers', () => {
    const articles = new Map(network.articles.map((a) => [a.id, a]));
    const people = new Map(network.people.map((p) => [p.id, p]));
    for (const comment of discussion.comments) {
      const article = articles.get(comment.articleId)!;
      const author = people.get(comment.authorId)!;
      expect(author.brandId).toBe(article.brandId);
      expect(article.countryCode ?? author.countryCode).toBe(author.countryCode);
      expect(author.id).not.toMatch(/demo/);
      const minutes = (Date.parse(comment.createdAt) - Date.parse(article.publishedAt)) / 60_000;
      expect(minutes).toBeGreaterThan(0);
      expect(minutes).toBeLessThanOrEqual(600);
    }
    const kinds = new Set(
      discussion.reactions.map((r) => `${r.articleId}/${r.personId}/${r.kind}`),
    );
    expect(kinds.size).toBe(discussion.reactions.length);
  });

  it('keeps threads one level deep, each reply after the comment it answers', () => {
    const byId = new Map(discussion.comments.map((c) => [c.id, c]));
    for (const reply of discussion.comments.filter((c) => c.parentId !== null)) {
      const parent = byId.get(reply.parentId!)!;
      expect(parent.parentId).toBeNull();
      expect(parent.articleId).toBe(reply.articleId);
      expect(reply.createdAt > parent.createdAt).toBe(true);
    }
  });

  it('gives every brand a held comment and a reported one, so each editor has a queue', () => {
    for (const brand of network.brands) {
      const first = network.articles.find((a) => a.brandId === brand.id)!.id;
      const queued = discussion.comments.filter((c) => c.articleId === first && c.queuedAt);
      const held = queued.find((c) => c.status === 'held')!;
      expect(holdReason(held.body, [])).toBe('LINK');
      const reported = queued.find((c) => c.status === 'visible')!;
      expect(discussion.reports.map((r) => r.commentId)).toContain(reported.id);
    }
  });
});
