import type {
  ArticleAudienceRow,
  ArticleRow,
  Network,
  PersonRow,
  RoleCode,
} from '../server/src/seed/generate-network.js';
import { demoPeople } from '../server/src/seed/generate-network.js';
import { embedOf } from '../server/src/news/video.js';

const MAX_PAGE = 50;
const MAX_MUST_READS = 20;
const MAX_SEARCH_LENGTH = 100;
const TOKEN_PREFIX = 'mock-token:';

/** Thrown for a request the real server would refuse; becomes a GraphQL error. */
export class MockUserError extends Error {
  readonly extensions: { code: string };
  constructor(code: string, message: string) {
    super(message);
    this.extensions = { code };
  }
}

/** The mock network is as at its reference date, when the seed's pins hold. */
const isPinned = (article: ArticleRow) => article.pinnedUntil !== null;

export function mockTokenFor(personId: string): string {
  return `${TOKEN_PREFIX}${personId}`;
}

/**
 * The server's rules, answered from the seed network in memory: who the viewer is,
 * which articles they may read, in which language. Kept as small as the rules allow.
 */
/** An app as apps/<name>/app.json declares it: who it is meant for. */
export interface MockAppDefinition {
  name: string;
  roles: readonly string[];
}

export class MockApi {
  private readonly network: Network;
  private readonly apps: readonly MockAppDefinition[];
  /** When each reader acknowledged each must-read (`personId/articleId` → ISO 8601). */
  private readonly acknowledgements = new Map<string, string>();
  /** Who opened which article (`personId/articleId`); an acknowledgement counts as opened. */
  private readonly openings = new Set<string>();

  /** `apps`: the deployment's apps, for `me.apps` (every app is open to everyone its roles allow). */
  constructor(network: Network, apps: readonly MockAppDefinition[] = []) {
    this.network = network;
    this.apps = apps;
  }

  demoPeople() {
    return demoPeople.map((demo) => {
      const person = this.person(demo.id)!;
      const brand = this.network.brands.find((b) => b.id === person.brandId)!;
      const country = this.network.countries.find((c) => c.code === person.countryCode)!;
      return {
        id: person.id,
        displayName: `${person.givenName} ${person.familyName}`,
        job: person.job,
        roles: this.roles(person.id),
        countryCode: country.code,
        countryName: country.name,
        brandName: brand.name,
        locale: person.locale,
      };
    });
  }

  viewerFromAuthorization(header: string | null): PersonRow | undefined {
    const token = header?.replace(/^Bearer /, '') ?? '';
    return token.startsWith(TOKEN_PREFIX)
      ? this.person(token.slice(TOKEN_PREFIX.length))
      : undefined;
  }

  me(viewer: PersonRow | undefined) {
    if (viewer === undefined) return null;
    const brand = this.network.brands.find((b) => b.id === viewer.brandId)!;
    const roles = this.roles(viewer.id);
    return {
      person: {
        id: viewer.id,
        displayName: `${viewer.givenName} ${viewer.familyName}`,
        job: viewer.job,
      },
      roles,
      apps: this.apps
        .filter((app) => app.roles.some((role) => roles.includes(role as RoleCode)))
        .map((app) => app.name),
      cohorts: [],
      locale: viewer.locale,
      brand,
    };
  }

  newsFeed(
    viewer: PersonRow | undefined,
    args: {
      first?: number;
      after?: string | null;
      locale?: string | null;
      search?: string | null;
      category?: string | null;
      tag?: string | null;
      excludePinned?: boolean | null;
    },
  ) {
    const reader = this.requireViewer(viewer);
    const first = args.first ?? 10;
    if (first < 1 || first > MAX_PAGE) {
      throw new MockUserError(
        'BAD_USER_INPUT',
        `first must be between 1 and ${MAX_PAGE}, got ${first}`,
      );
    }
    const locale = args.locale ?? reader.locale;
    const search = this.searchWords(args.search);
    const tag = args.tag?.trim().toLowerCase() || null;
    const visible = this.visibleArticles(reader).filter(
      (article) =>
        (search === null || this.shownTextContains(article.id, { locale, search })) &&
        (!args.category || article.category === args.category) &&
        (tag === null || article.tags.includes(tag)) &&
        !(args.excludePinned && isPinned(article)),
    );
    const start = args.after ? visible.findIndex((a) => a.id === atob(args.after!)) + 1 : 0;
    const page = visible.slice(start, start + first);
    return {
      edges: page.map((article) => ({
        cursor: btoa(article.id),
        node: this.localized(article.id, locale, reader),
      })),
      pageInfo: {
        endCursor: page.length ? btoa(page[page.length - 1]!.id) : null,
        hasNextPage: start + first < visible.length,
      },
    };
  }

  article(viewer: PersonRow | undefined, args: { id: string; locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    this.requireVisible(reader, args.id);
    return this.localized(args.id, args.locale ?? reader.locale, reader);
  }

  /** The reader's must-reads not acknowledged yet, the nearest deadline first. */
  mustReads(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    const deadline = (a: ArticleRow) => a.mustReadBy ?? '\uffff';
    return this.visibleArticles(reader)
      .filter((a) => a.mustRead && !this.acknowledgements.has(`${reader.id}/${a.id}`))
      .sort((a, b) => deadline(a).localeCompare(deadline(b)))
      .slice(0, MAX_MUST_READS)
      .map((a) => this.localized(a.id, args.locale ?? reader.locale, reader));
  }

  /** The reader's pinned articles, newest first, less the must-reads still to acknowledge. */
  pinnedArticles(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    return this.visibleArticles(reader)
      .filter(
        (a) => isPinned(a) && !(a.mustRead && !this.acknowledgements.has(`${reader.id}/${a.id}`)),
      )
      .map((a) => this.localized(a.id, args.locale ?? reader.locale, reader));
  }

  /** Records the reader's acknowledgement of a must-read; the first one stands. */
  acknowledgeArticle(viewer: PersonRow | undefined, args: { id: string; locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    const article = this.requireVisible(reader, args.id);
    if (!article.mustRead) {
      throw new MockUserError('BAD_USER_INPUT', `${args.id} is not a must-read`);
    }
    const key = `${reader.id}/${args.id}`;
    if (!this.acknowledgements.has(key)) this.acknowledgements.set(key, new Date().toISOString());
    return this.localized(args.id, args.locale ?? reader.locale, reader);
  }

  /** The server's limits on a search (server/src/news/resolvers.ts); null for none. */
  private searchWords(search: string | null | undefined): string | null {
    const words = search?.trim() ?? '';
    if (words.length > MAX_SEARCH_LENGTH) {
      throw new MockUserError(
        'BAD_USER_INPUT',
        `search is limited to ${MAX_SEARCH_LENGTH} characters`,
      );
    }
    return words === '' ? null : words;
  }

  /**
   * Deliberately simpler than the server's full-text search (a PostgreSQL dictionary per
   * language, stemming, web-search syntax): a case-insensitive substring of the shown
   * version's title, summary or body text. Enough for components; stemming is tested
   * against the real server.
   */
  private shownTextContains(articleId: string, query: { locale: string; search: string }) {
    const version = this.shownVersion(articleId, query.locale);
    const body = version.bodyHtml.replace(/<[^>]*>/g, ' ');
    const needle = query.search.toLocaleLowerCase(query.locale);
    return [version.title, version.summary, body].some((text) =>
      text.toLocaleLowerCase(query.locale).includes(needle),
    );
  }

  /** Records that the reader opened an article; the first time stands. */
  recordArticleOpened(viewer: PersonRow | undefined, args: { id: string }) {
    const reader = this.requireViewer(viewer);
    this.requireVisible(reader, args.id);
    this.openings.add(`${reader.id}/${args.id}`);
    return true;
  }

  /**
   * Who an article is meant for, who opened and who acknowledged it, in all and by
   * country, region and dealer: for the editors of its communities and admins.
   */
  articleReach(viewer: PersonRow | undefined, args: { id: string }) {
    const reader = this.requireViewer(viewer);
    const article = this.requireVisible(reader, args.id);
    const editsIt = this.editedCommunities(reader.id).some(
      (c) =>
        c.brandId === article.brandId &&
        (article.countryCode === null || article.countryCode === c.countryCode),
    );
    if (!this.roles(reader.id).includes('ADMIN') && !editsIt) {
      throw new MockUserError('FORBIDDEN', 'Only the editors of this article see its reach');
    }
    const audience = this.network.people
      .filter((p) => this.meantFor(p, article))
      .sort((a, b) => a.familyName.localeCompare(b.familyName) || a.id.localeCompare(b.id));
    const acknowledged = (p: PersonRow) => this.acknowledgements.has(`${p.id}/${article.id}`);
    const opened = (p: PersonRow) => acknowledged(p) || this.openings.has(`${p.id}/${article.id}`);
    const dealer = (p: PersonRow) => this.network.dealers.find((d) => d.id === p.dealerId);
    const region = (p: PersonRow) =>
      this.network.regions.find((r) => r.id === (dealer(p)?.regionId ?? p.regionId));
    const groups = (key: (p: PersonRow) => { id: string; name: string } | undefined) => {
      const byId = new Map<string, { id: string; name: string; people: PersonRow[] }>();
      for (const person of audience) {
        const group = key(person);
        if (group === undefined) continue;
        const entry = byId.get(group.id) ?? { ...group, people: [] };
        entry.people.push(person);
        byId.set(group.id, entry);
      }
      return [...byId.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ people, ...group }) => ({
          ...group,
          ...this.counts(people, opened, acknowledged),
        }));
    };
    return {
      ...this.counts(audience, opened, acknowledged),
      byCountry: groups((p) => {
        const country = this.network.countries.find((c) => c.code === p.countryCode)!;
        return { id: country.code, name: country.name };
      }),
      byRegion: groups(region),
      byDealer: groups(dealer),
      notAcknowledged: article.mustRead
        ? audience
            .filter((p) => !acknowledged(p))
            .slice(0, 500)
            .map((p) => ({
              id: p.id,
              displayName: `${p.givenName} ${p.familyName}`,
              job: p.job,
              dealer: dealer(p) ?? null,
              email: null,
              erased: false,
            }))
        : [],
    };
  }

  private counts(
    people: PersonRow[],
    opened: (p: PersonRow) => boolean,
    acknowledged: (p: PersonRow) => boolean,
  ) {
    return {
      audience: people.length,
      opened: people.filter(opened).length,
      acknowledged: people.filter(acknowledged).length,
    };
  }

  private requireVisible(reader: PersonRow, articleId: string): ArticleRow {
    const article = this.visibleArticles(reader).find((a) => a.id === articleId);
    if (article === undefined) {
      throw new MockUserError('NOT_FOUND', 'No such article, or it is not available to you');
    }
    return article;
  }

  private requireViewer(viewer: PersonRow | undefined): PersonRow {
    if (viewer === undefined)
      throw new MockUserError('UNAUTHENTICATED', 'Sign in to read the news.');
    return viewer;
  }

  private person(id: string): PersonRow | undefined {
    return this.network.people.find((p) => p.id === id);
  }

  private roles(personId: string) {
    return [
      ...new Set(this.network.roles.filter((r) => r.personId === personId).map((r) => r.role)),
    ];
  }

  /**
   * The server's rule (server/src/news/visibility.ts): admins read everything; a reader
   * their brand's articles for the whole brand or their country, and of those that name
   * audiences only the ones with an audience matching them in every criterion it sets;
   * editors also every article of their communities.
   */
  private visibleArticles(reader: PersonRow) {
    const admin = this.roles(reader.id).includes('ADMIN');
    const forReader = (a: ArticleRow) => this.meantFor(reader, a);
    const edited = this.editedCommunities(reader.id);
    const inEditedCommunity = (a: ArticleRow) =>
      edited.some(
        (c) =>
          c.brandId === a.brandId && (a.countryCode === null || a.countryCode === c.countryCode),
      );
    return this.network.articles
      .filter((a) => admin || forReader(a) || inEditedCommunity(a))
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id));
  }

  /**
   * Whether an article is meant for a reader: of their brand, for the whole brand or their
   * country, and if it names audiences, matching one of them in every criterion it sets.
   */
  private meantFor(reader: PersonRow, a: ArticleRow): boolean {
    if (a.brandId !== reader.brandId) return false;
    if (a.countryCode !== null && a.countryCode !== reader.countryCode) return false;
    const audiences = this.network.articleAudiences.filter((x) => x.articleId === a.id);
    if (audiences.length === 0) return true;
    const roles = this.roles(reader.id);
    const region = reader.dealerId
      ? (this.network.dealers.find((d) => d.id === reader.dealerId)?.regionId ?? null)
      : reader.regionId;
    const matches = (x: ArticleAudienceRow) =>
      (x.countryCode === null || x.countryCode === reader.countryCode) &&
      (x.regionId === null || x.regionId === region) &&
      (x.dealerId === null || x.dealerId === reader.dealerId) &&
      (x.job === null || x.job === reader.job) &&
      (x.role === null || roles.includes(x.role));
    return audiences.some(matches);
  }

  private editedCommunities(personId: string) {
    const ids = this.network.roles
      .filter((r) => r.personId === personId && r.role === 'EDITOR' && r.scopeType === 'community')
      .map((r) => r.scopeId);
    return this.network.communities.filter((c) => ids.includes(c.id));
  }

  /** The version a reader of `locale` is shown: theirs, else the original. */
  private shownVersion(articleId: string, locale: string) {
    const article = this.network.articles.find((a) => a.id === articleId)!;
    const versions = this.network.articleTranslations.filter((t) => t.articleId === articleId);
    return (
      versions.find((t) => t.locale === locale) ??
      versions.find((t) => t.locale === article.originalLocale)!
    );
  }

  private localized(articleId: string, locale: string, reader: PersonRow) {
    const article = this.network.articles.find((a) => a.id === articleId)!;
    const version = this.shownVersion(articleId, locale);
    const author = this.person(article.authorId)!;
    return {
      id: article.id,
      title: version.title,
      summary: version.summary,
      bodyHtml: version.bodyHtml,
      imageUrl: article.imageUrl,
      imageAlt: version.imageAlt,
      locale: version.locale,
      isFallback: version.locale !== locale,
      author: {
        displayName: `${author.givenName} ${author.familyName}`,
        jobTitle: version.authorTitle,
      },
      brand: this.network.brands.find((b) => b.id === article.brandId)!,
      publishedAt: article.publishedAt,
      mustRead: article.mustRead,
      mustReadBy: article.mustReadBy,
      acknowledgedAt: this.acknowledgements.get(`${reader.id}/${article.id}`) ?? null,
      category: article.category,
      tags: article.tags,
      attachments: [],
      liveStream: article.liveStream && {
        ...article.liveStream,
        ...(embedOf(article.liveStream.url) ?? { embedUrl: null, provider: null }),
      },
      video: article.videoUrl ? embedOf(article.videoUrl) : null,
      pinnedUntil: article.pinnedUntil,
    };
  }
}
