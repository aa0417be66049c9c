/**
 * Reactions and comments under the demo news: a pure, deterministic function of the
 * network, like generateNetwork (the browser mocks run it too: siblings and ./data only).
 */
import { commentPhrases } from './data/comments.js';
import type { ArticleAudienceRow, ArticleRow, Network, PersonRow } from './network-types.js';
import { Random } from './random.js';
import { pad } from './text.js';

export type ReactionKindCode = 'LIKE' | 'CELEBRATE' | 'INSIGHTFUL';

export interface ArticleCommentRow {
  id: string;
  articleId: string;
  /** The comment that starts the thread; null for a thread's first comment. */
  parentId: string | null;
  authorId: string;
  body: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  status: 'visible' | 'held';
  heldFor: 'LINK' | null;
  /** Since when it waits for a moderator (held or reported); null when nothing waits. */
  queuedAt: string | null;
}

export interface CommentReportRow {
  commentId: string;
  reporterId: string;
  reason: string;
  reportedAt: string;
}

export interface ArticleReactionRow {
  articleId: string;
  personId: string;
  kind: ReactionKindCode;
  reactedAt: string;
}

export interface Discussion {
  comments: ArticleCommentRow[];
  reports: CommentReportRow[];
  reactions: ArticleReactionRow[];
}

const MINUTE_MS = 60_000;
/**
 * Comments come within this time of publication. News is published at least 15 hours
 * before the reference date, so that no comment lies ahead of it (and none is still
 * editable when the demo starts).
 */
const DISCUSSION_MINUTES = 10 * 60;
const MAX_REACTIONS = 30;
/** Staff who read news as everyone does (not the editorial and IT teams). */
const DESK_JOBS = new Set(['EDITOR', 'TRANSLATOR', 'IT_ADMIN']);

/** Each article's possible readers: people its target and audiences are meant for. */
function readersOf(network: Network): (article: ArticleRow) => PersonRow[] {
  const byBrandCountry = new Map<string, PersonRow[]>();
  for (const person of network.people) {
    // Demo people keep a clean slate: the journeys' tests react and comment as them.
    if (DESK_JOBS.has(person.job) || person.id.startsWith('person-demo-')) continue;
    const key = `${person.brandId}/${person.countryCode}`;
    byBrandCountry.set(key, [...(byBrandCountry.get(key) ?? []), person]);
  }
  const audiences = new Map<string, ArticleAudienceRow[]>();
  for (const row of network.articleAudiences) {
    audiences.set(row.articleId, [...(audiences.get(row.articleId) ?? []), row]);
  }
  const dealerRegion = new Map(network.dealers.map((d) => [d.id, d.regionId]));
  const roles = new Map<string, string[]>();
  for (const grant of network.roles) {
    roles.set(grant.personId, [...(roles.get(grant.personId) ?? []), grant.role]);
  }
  const matches = (person: PersonRow, x: ArticleAudienceRow) =>
    (x.countryCode === null || x.countryCode === person.countryCode) &&
    (x.regionId === null ||
      x.regionId === (person.dealerId ? dealerRegion.get(person.dealerId) : person.regionId)) &&
    (x.dealerId === null || x.dealerId === person.dealerId) &&
    (x.job === null || x.job === person.job) &&
    (x.role === null || (roles.get(person.id) ?? []).includes(x.role));
  return (article) => {
    const countries = article.countryCode
      ? [article.countryCode]
      : network.countries.map((c) => c.code);
    const people = countries.flatMap(
      (country) => byBrandCountry.get(`${article.brandId}/${country}`) ?? [],
    );
    const rows = audiences.get(article.id) ?? [];
    return rows.length === 0 ? people : people.filter((p) => rows.some((x) => matches(p, x)));
  };
}

/** A moment `minutes` after the article's publication, as stored. */
const after = (article: ArticleRow, minutes: number) =>
  new Date(Date.parse(article.publishedAt) + minutes * MINUTE_MS).toISOString();

/**
 * A few threads under most articles, some with replies, and reactions. Each brand's first
 * article (the must-read its whole network gets) also has a comment with a link, held for
 * its moderators, and one reported by a colleague: every editor finds a queue to work on.
 */
export function generateDiscussion(network: Network, options: { seed?: number } = {}): Discussion {
  const random = new Random(options.seed ?? 7);
  const readers = readersOf(network);
  const discussion: Discussion = { comments: [], reports: [], reactions: [] };
  const nextId = () => `comment-${pad(discussion.comments.length + 1, 5)}`;
  const firstOfBrand = new Set(
    network.brands.flatMap((brand) => {
      const first = network.articles.find((a) => a.brandId === brand.id);
      return first ? [first.id] : [];
    }),
  );

  for (const article of network.articles) {
    const people = readers(article);
    if (people.length < 3) continue;
    const showcase = firstOfBrand.has(article.id);
    const threads = showcase ? 3 : random.next() < 0.6 ? random.int(1, 4) : 0;
    let minute = random.int(5, 60);
    const comment = (
      author: PersonRow,
      fields: Pick<ArticleCommentRow, 'body' | 'parentId'> & Partial<ArticleCommentRow>,
    ): ArticleCommentRow => {
      minute = Math.min(minute + random.int(3, 90), DISCUSSION_MINUTES);
      const row: ArticleCommentRow = {
        id: nextId(),
        articleId: article.id,
        authorId: author.id,
        createdAt: after(article, minute),
        status: 'visible',
        heldFor: null,
        queuedAt: null,
        ...fields,
      };
      discussion.comments.push(row);
      return row;
    };
    for (let t = 0; t < threads; t++) {
      const author = random.pick(people);
      const phrases = commentPhrases[author.locale];
      const thread = comment(author, { body: random.pick(phrases.threads), parentId: null });
      for (let r = random.int(0, 2); r > 0; r--) {
        const replier = random.pick(people);
        comment(replier, {
          body: random.pick(commentPhrases[replier.locale].replies),
          parentId: thread.id,
        });
      }
    }
    if (showcase) {
      const [linker, advertiser, reporter] = random.sample(people, 3);
      const held = comment(linker!, {
        body: commentPhrases[linker!.locale].withLink,
        parentId: null,
      });
      held.status = 'held';
      held.heldFor = 'LINK';
      held.queuedAt = held.createdAt;
      const advert = comment(advertiser!, {
        body: commentPhrases[advertiser!.locale].offTopic,
        parentId: null,
      });
      advert.queuedAt = after(article, DISCUSSION_MINUTES);
      discussion.reports.push({
        commentId: advert.id,
        reporterId: reporter!.id,
        reason: commentPhrases[reporter!.locale].reportReason,
        reportedAt: advert.queuedAt,
      });
    }
    for (const person of random.sample(
      people,
      random.int(0, Math.min(MAX_REACTIONS, people.length)),
    )) {
      const kinds: ReactionKindCode[] = [
        random.weighted(['LIKE', 'INSIGHTFUL', 'CELEBRATE'] as const, (kind) =>
          kind === 'LIKE' ? 6 : kind === 'INSIGHTFUL' ? 3 : 2,
        ),
      ];
      if (random.next() < 0.1) kinds.push(kinds[0] === 'CELEBRATE' ? 'LIKE' : 'CELEBRATE');
      for (const kind of kinds) {
        discussion.reactions.push({
          articleId: article.id,
          personId: person.id,
          kind,
          reactedAt: after(article, random.int(1, DISCUSSION_MINUTES)),
        });
      }
    }
  }
  return discussion;
}
