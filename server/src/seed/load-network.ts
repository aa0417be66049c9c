import type { Db } from '../db/db.js';
import { sanitizeArticleHtml } from '../news/sanitize-article-html.js';
import { seedDemoTickets } from './demo-tickets.js';
import { seedActiveDays } from './active-days-history.js';
import { seedMustReadHistory } from './must-read-history.js';
import { seedTicketHistory } from './ticket-history.js';
import { seedKpiCatalogue, seedKpiHistory } from './kpi-history.js';
import { generateDiscussion } from './generate-discussion.js';
import { seedTicketQueues } from './ticket-queues.js';
import { seedGlossaryTerms } from './glossary-terms.js';
import { seedDemoPulse } from './demo-pulse.js';
import { seedDemoVitals } from './demo-vitals.js';
import type { Network } from './generate-network.js';

/** The seeded tables, children first. */
const TABLES = [
  'article_reads',
  'article_audiences',
  'article_translations',
  'articles',
  'person_roles',
  'people',
  'teams',
  'communities',
  'dealers',
  'regions',
  'countries',
  'brands',
  // Not reached by the cascade from people (they are named by content, not by uploader),
  // and they may show customers: a reset keeps none.
  'ticket_photos',
  'ticket_documents',
];

/** Columns that are not text. */
const COLUMN_TYPES: Record<string, string> = {
  published_at: 'timestamptz',
  must_read_by: 'timestamptz',
  live_starts_at: 'timestamptz',
  updated_at: 'timestamptz',
  live_ends_at: 'timestamptz',
  pinned_until: 'timestamptz',
  must_read: 'boolean',
  created_at: 'timestamptz',
  queued_at: 'timestamptz',
  reported_at: 'timestamptz',
  reacted_at: 'timestamptz',
};

/**
 * One INSERT per table whatever the row count: each column travels as one array
 * parameter and unnest() turns the arrays back into rows.
 */
async function insertRows<Row>(
  db: Db,
  table: string,
  rows: Row[],
  columns: Record<string, (row: Row) => string | null>,
): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const arrays = names.map((name, i) => `$${i + 1}::${COLUMN_TYPES[name] ?? 'text'}[]`);
  await db.query(
    `insert into ${table} (${names.join(', ')}) select * from unnest(${arrays.join(', ')})`,
    Object.values(columns).map((value) => rows.map(value)),
  );
}

export interface SeedOptions {
  /**
   * Files the demo tickets too (./demo-tickets.ts): the demo's seeds (seedIfEmpty, cli.ts)
   * ask for them; tests that seed a network and file their own tickets start without.
   */
  demoTickets?: boolean;
  /**
   * Fills the barometers too: two years of KPIs, portal activity, pulse surveys and web
   * vitals. The demo's seeds ask for it; tests that need it ask for it.
   */
  barometers?: boolean;
}

/** Inserts a generated network in one transaction. Article bodies are sanitised on the way in. */
export async function seedDatabase(
  db: Db,
  network: Network,
  options: SeedOptions = {},
): Promise<void> {
  await db.transaction(async (tx) => {
    await insertRows(tx, 'brands', network.brands, {
      id: (b) => b.id,
      code: (b) => b.code,
      name: (b) => b.name,
    });
    await insertRows(tx, 'countries', network.countries, {
      code: (c) => c.code,
      name: (c) => c.name,
      locale: (c) => c.locale,
      time_zone: (c) => c.timeZone,
    });
    await insertRows(tx, 'regions', network.regions, {
      id: (r) => r.id,
      country_code: (r) => r.countryCode,
      name: (r) => r.name,
    });
    await insertRows(tx, 'dealers', network.dealers, {
      id: (d) => d.id,
      region_id: (d) => d.regionId,
      brand_id: (d) => d.brandId,
      name: (d) => d.name,
      city: (d) => d.city,
    });
    await insertRows(tx, 'communities', network.communities, {
      id: (c) => c.id,
      brand_id: (c) => c.brandId,
      country_code: (c) => c.countryCode,
    });
    await insertRows(tx, 'teams', network.teams, {
      id: (t) => t.id,
      dealer_id: (t) => t.dealerId,
      kind: (t) => t.kind,
    });
    await insertRows(tx, 'people', network.people, {
      id: (p) => p.id,
      given_name: (p) => p.givenName,
      family_name: (p) => p.familyName,
      email: (p) => p.email,
      job: (p) => p.job,
      dealer_id: (p) => p.dealerId,
      team_id: (p) => p.teamId,
      region_id: (p) => p.regionId,
      brand_id: (p) => p.brandId,
      country_code: (p) => p.countryCode,
      locale: (p) => p.locale,
    });
    await insertRows(tx, 'person_roles', network.roles, {
      person_id: (r) => r.personId,
      role: (r) => r.role,
      scope_type: (r) => r.scopeType,
      scope_id: (r) => r.scopeId,
    });
    await insertRows(tx, 'articles', network.articles, {
      id: (a) => a.id,
      brand_id: (a) => a.brandId,
      country_code: (a) => a.countryCode,
      author_id: (a) => a.authorId,
      original_locale: (a) => a.originalLocale,
      image_url: (a) => a.imageUrl,
      published_at: (a) => a.publishedAt,
      // Seeded articles were last changed when they were published.
      updated_at: (a) => a.publishedAt,
      must_read: (a) => String(a.mustRead),
      must_read_by: (a) => a.mustReadBy,
      live_starts_at: (a) => a.liveStream?.startsAt ?? null,
      live_ends_at: (a) => a.liveStream?.endsAt ?? null,
      stream_url: (a) => a.liveStream?.url ?? null,
      video_url: (a) => a.videoUrl,
      pinned_until: (a) => a.pinnedUntil,
      category: (a) => a.category,
    });
    // Arrays do not travel through unnest(): the tags follow, joined.
    await tx.query(
      `update articles a set tags = string_to_array(t.tags, ',')
       from unnest($1::text[], $2::text[]) as t(id, tags)
       where a.id = t.id and t.tags <> ''`,
      [network.articles.map((a) => a.id), network.articles.map((a) => a.tags.join(','))],
    );
    await insertRows(tx, 'article_audiences', network.articleAudiences, {
      article_id: (x) => x.articleId,
      country_code: (x) => x.countryCode,
      region_id: (x) => x.regionId,
      dealer_id: (x) => x.dealerId,
      job: (x) => x.job,
      role: (x) => x.role,
    });
    await insertRows(tx, 'article_translations', network.articleTranslations, {
      article_id: (t) => t.articleId,
      locale: (t) => t.locale,
      title: (t) => t.title,
      summary: (t) => t.summary,
      body_html: (t) => sanitizeArticleHtml(t.bodyHtml),
      image_alt: (t) => t.imageAlt,
      author_title: (t) => t.authorTitle,
    });
    await insertDiscussion(tx, network);
    await seedTicketQueues(tx);
    await seedGlossaryTerms(tx);
    if (options.demoTickets) await seedDemoTickets(tx);
    if (options.barometers) {
      // Barometer seeds (issue 8) are called here.
      await seedActiveDays(tx);
      await seedMustReadHistory(tx);
      await seedTicketHistory(tx);
      await seedKpiCatalogue(tx);
      await seedKpiHistory(tx);
      await seedDemoPulse(tx);
      await seedDemoVitals(tx);
    }
  });
  // Fresh statistics: without them the planner guesses one row per table and reads every
  // visible article before it sorts the feed.
  await db.query('analyze', []);
}

/** The network's reactions and comments (generateDiscussion), for a living demo. */
async function insertDiscussion(db: Db, network: Network): Promise<void> {
  const { comments, reports, reactions } = generateDiscussion(network);
  await insertRows(db, 'article_comments', comments, {
    id: (c) => c.id,
    article_id: (c) => c.articleId,
    parent_id: (c) => c.parentId,
    author_id: (c) => c.authorId,
    body: (c) => c.body,
    created_at: (c) => c.createdAt,
    status: (c) => c.status,
    held_for: (c) => c.heldFor,
    queued_at: (c) => c.queuedAt,
  });
  await insertRows(db, 'comment_reports', reports, {
    comment_id: (r) => r.commentId,
    reporter_id: (r) => r.reporterId,
    reason: (r) => r.reason,
    reported_at: (r) => r.reportedAt,
  });
  await insertRows(db, 'article_reactions', reactions, {
    article_id: (r) => r.articleId,
    person_id: (r) => r.personId,
    kind: (r) => r.kind,
    reacted_at: (r) => r.reactedAt,
  });
}

/** True when the org model holds at least one brand (the database has been seeded). */
export async function hasNetwork(db: Db): Promise<boolean> {
  const rows = await db.query('select 1 from brands limit 1', []);
  return rows.length > 0;
}

/**
 * Empties every seeded table and the data of later modules that refer to them, the audit
 * log included: a reset demo starts with no history.
 */
export async function clearNetwork(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`set local piazza.audit_purge = 'on'`, []);
    await tx.query(`truncate ${TABLES.join(', ')} cascade`, []);
  });
}
