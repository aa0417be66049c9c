import type { ArticleStatus } from '../../generated/resolvers.js';

/** How a status is stored: SCHEDULED is `published` with a publication time still ahead. */
export type StoredStatus = 'draft' | 'review' | 'published' | 'archived';

export function shownStatus(
  stored: StoredStatus,
  publishedAt: Date | null,
  now: Date,
): ArticleStatus {
  switch (stored) {
    case 'draft':
      return 'DRAFT';
    case 'review':
      return 'IN_REVIEW';
    case 'archived':
      return 'ARCHIVED';
    case 'published':
      return publishedAt && publishedAt > now ? 'SCHEDULED' : 'PUBLISHED';
  }
}

export const STORED_STATUS: Record<ArticleStatus, StoredStatus> = {
  DRAFT: 'draft',
  IN_REVIEW: 'review',
  SCHEDULED: 'published',
  PUBLISHED: 'published',
  ARCHIVED: 'archived',
};

/**
 * The moves the workflow allows. Any editor of the article's communities may make them:
 * review is a colleague's second look, not a separate role. A scheduled article may be
 * rescheduled or published at once; an archived one comes back as it was.
 */
const MOVES: Record<ArticleStatus, readonly ArticleStatus[]> = {
  DRAFT: ['IN_REVIEW', 'SCHEDULED', 'PUBLISHED'],
  IN_REVIEW: ['DRAFT', 'SCHEDULED', 'PUBLISHED'],
  SCHEDULED: ['DRAFT', 'SCHEDULED', 'PUBLISHED'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: ['PUBLISHED'],
};

export function mayMove(from: ArticleStatus, to: ArticleStatus): boolean {
  return MOVES[from].includes(to);
}

/** Versions may be written until the article is archived; its target until it is published. */
export const mayEditVersions = (status: ArticleStatus) => status !== 'ARCHIVED';
export const mayEditTarget = (status: ArticleStatus) =>
  status === 'DRAFT' || status === 'IN_REVIEW' || status === 'SCHEDULED';
