import type { PersonalDataSection } from '../privacy/personal-data.js';

/**
 * The articles the person wrote (with the job title printed under their name), the
 * pictures they uploaded, and when they opened and acknowledged articles. An erasure leaves the reads, which then belong to
 * no one but still count in reach figures.
 */
export const newsPersonalData: PersonalDataSection = {
  name: 'news',
  async export(db, personId) {
    const written = await db.query(
      `select a.id, a.published_at, json_agg(json_build_object('locale', t.locale,
                'title', t.title, 'author_title', t.author_title) order by t.locale) as versions
       from articles a join article_translations t on t.article_id = a.id
       where a.author_id = $1
       group by a.id order by a.published_at`,
      [personId],
    );
    const reads = await db.query(
      `select article_id, opened_at, acknowledged_at from article_reads
       where person_id = $1 order by opened_at`,
      [personId],
    );
    const uploads = await db.query(
      `select id, content_type, uploaded_at from media where uploaded_by = $1 order by uploaded_at`,
      [personId],
    );
    return { written, uploads, reads };
  },
  async erase(db, personId) {
    // The articles stay; nothing in them names the former author any more.
    await db.query(
      `update article_translations set author_title = null
       where article_id in (select id from articles where author_id = $1)`,
      [personId],
    );
    await db.query('update media set uploaded_by = null where uploaded_by = $1', [personId]);
  },
};
