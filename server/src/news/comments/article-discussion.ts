import { signedIn } from '../../access/guard.js';
import type { GraphQLContext } from '../../context.js';
import type { Db } from '../../db/db.js';
import type { ArticleResolvers, ReactionCount, ReactionKind } from '../../generated/resolvers.js';

/** Every kind, in the order the reactions bar shows them. */
export const REACTION_KINDS: readonly ReactionKind[] = ['LIKE', 'CELEBRATE', 'INSIGHTFUL'];

interface Discussion {
  reactions: ReactionCount[];
  commentCount: number;
}

interface DiscussionRow {
  id: string;
  comment_count: number;
  reactions: { kind: ReactionKind; count: number; mine: boolean }[];
}

/**
 * Collects the articles whose reactions or comment count a response asks for, and loads
 * them all with one statement once the fields of a whole list have been resolved: a page
 * of the feed costs one query, not one per article.
 */
class DiscussionLoader {
  private readonly loaded = new Map<string, Promise<Discussion>>();
  private waiting = new Map<string, (discussion: Discussion) => void>();
  private failing: ((error: unknown) => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly personId: string,
  ) {}

  load(articleId: string): Promise<Discussion> {
    let discussion = this.loaded.get(articleId);
    if (discussion === undefined) {
      if (this.waiting.size === 0) setImmediate(() => void this.flush());
      discussion = new Promise<Discussion>((resolve, reject) => {
        this.waiting.set(articleId, resolve);
        this.failing.push(reject);
      });
      this.loaded.set(articleId, discussion);
    }
    return discussion;
  }

  private async flush(): Promise<void> {
    const waiting = this.waiting;
    const failing = this.failing;
    this.waiting = new Map();
    this.failing = [];
    try {
      const rows = await this.db.query<DiscussionRow>(
        `select x.id,
                (select count(*)::int from article_comments c
                 where c.article_id = x.id and c.status = 'visible') as comment_count,
                coalesce((select json_agg(json_build_object('kind', r.kind, 'count', r.count,
                                                            'mine', r.mine))
                          from (select kind, count(*)::int as count,
                                       bool_or(person_id = $2) as mine
                                from article_reactions where article_id = x.id
                                group by kind) r), '[]') as reactions
         from unnest($1::text[]) as x(id)`,
        [[...waiting.keys()], this.personId],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const [id, resolve] of waiting) resolve(toDiscussion(byId.get(id)));
    } catch (error) {
      for (const reject of failing) reject(error);
    }
  }
}

function toDiscussion(row: DiscussionRow | undefined): Discussion {
  const given = new Map(row?.reactions.map((reaction) => [reaction.kind, reaction]));
  return {
    commentCount: row?.comment_count ?? 0,
    reactions: REACTION_KINDS.map((kind) => ({
      kind,
      count: given.get(kind)?.count ?? 0,
      mine: given.get(kind)?.mine ?? false,
    })),
  };
}

/** One loader per request: its context object lives exactly as long. */
const loaders = new WeakMap<GraphQLContext, DiscussionLoader>();

function loaderFor(context: GraphQLContext): DiscussionLoader {
  let loader = loaders.get(context);
  if (loader === undefined) {
    loader = new DiscussionLoader(context.db, signedIn(context.principal).personId);
    loaders.set(context, loader);
  }
  return loader;
}

/** Article.reactions and Article.commentCount, batched per response. */
export const ArticleDiscussion: Pick<ArticleResolvers, 'reactions' | 'commentCount'> = {
  reactions: async (article, _args, context) =>
    (await loaderFor(context).load(article.id)).reactions,
  commentCount: async (article, _args, context) =>
    (await loaderFor(context).load(article.id)).commentCount,
};
