import type { PersonalDataSection } from '../../privacy/personal-data.js';

/**
 * The comments the person wrote, the reports they made and their reactions. An erasure
 * keeps all three: the comments stay in their threads, attributed to a former member (the
 * person's row is emptied), so that the answers to them still make sense; reports and
 * reactions then belong to no one but still count.
 */
export const commentsPersonalData: PersonalDataSection = {
  name: 'comments',
  async export(db, personId) {
    const written = await db.query(
      `select id, article_id, parent_id, body, created_at, edited_at, status
       from article_comments where author_id = $1 order by created_at, id`,
      [personId],
    );
    const reports = await db.query(
      `select comment_id, reason, reported_at from comment_reports
       where reporter_id = $1 order by reported_at`,
      [personId],
    );
    const reactions = await db.query(
      `select article_id, kind, reacted_at from article_reactions
       where person_id = $1 order by reacted_at, article_id, kind`,
      [personId],
    );
    const moderated = await db.query(
      `select id as comment_id, status, moderation_reason, moderated_at from article_comments
       where moderated_by = $1 order by moderated_at, id`,
      [personId],
    );
    return { written, reports, reactions, moderated };
  },
};
