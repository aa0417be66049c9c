import type { Network, PersonRow, RoleCode } from '../server/src/seed/generate-network.js';
import { demoPeople } from '../server/src/seed/generate-network.js';

const MAX_PAGE = 50;
const TOKEN_PREFIX = 'mock-token:';

/** Thrown for a request the real server would refuse; becomes a GraphQL error. */
export class MockUserError extends Error {
  readonly extensions: { code: string };
  constructor(code: string, message: string) {
    super(message);
    this.extensions = { code };
  }
}

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
    args: { first?: number; after?: string | null; locale?: string | null },
  ) {
    const reader = this.requireViewer(viewer);
    const first = args.first ?? 10;
    if (first < 1 || first > MAX_PAGE) {
      throw new MockUserError(
        'BAD_USER_INPUT',
        `first must be between 1 and ${MAX_PAGE}, got ${first}`,
      );
    }
    const visible = this.visibleArticles(reader);
    const start = args.after ? visible.findIndex((a) => a.id === atob(args.after!)) + 1 : 0;
    const page = visible.slice(start, start + first);
    const locale = args.locale ?? reader.locale;
    return {
      edges: page.map((article) => ({
        cursor: btoa(article.id),
        node: this.localized(article.id, locale),
      })),
      pageInfo: {
        endCursor: page.length ? btoa(page[page.length - 1]!.id) : null,
        hasNextPage: start + first < visible.length,
      },
    };
  }

  article(viewer: PersonRow | undefined, args: { id: string; locale?: string | null }) {
    const reader = this.requireViewer(viewer);
    const visible = this.visibleArticles(reader).some((a) => a.id === args.id);
    if (!visible) {
      throw new MockUserError('NOT_FOUND', 'No such article, or it is not available to you');
    }
    return this.localized(args.id, args.locale ?? reader.locale);
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

  private visibleArticles(reader: PersonRow) {
    const admin = this.roles(reader.id).includes('ADMIN');
    return this.network.articles
      .filter(
        (a) =>
          admin ||
          (a.brandId === reader.brandId &&
            (a.countryCode === null || a.countryCode === reader.countryCode)),
      )
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.id.localeCompare(a.id));
  }

  private localized(articleId: string, locale: string) {
    const article = this.network.articles.find((a) => a.id === articleId)!;
    const versions = this.network.articleTranslations.filter((t) => t.articleId === articleId);
    const version =
      versions.find((t) => t.locale === locale) ??
      versions.find((t) => t.locale === article.originalLocale)!;
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
    };
  }
}
