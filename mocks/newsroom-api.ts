import type {
  ArticleAudienceRow,
  Network,
  PersonRow,
  RoleCode,
} from '../server/src/seed/generate-network.js';
import { MockUserError } from './mock-api.js';
import { MOCK_REFERENCE_DATE } from './fixtures.js';
import { embedOf, type VideoEmbed } from '../server/src/news/video.js';
import {
  checkedLiveStream,
  checkedPinEnd,
  checkedTags,
  embeddedVideo,
  MAX_PINNED,
  invalid,
  uploadedAttachments,
  type Attachment,
  type LiveStream,
} from './newsroom-rules.js';

type Status = 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED';
type Audience = Omit<ArticleAudienceRow, 'articleId'>;

const LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];
const MAX_TITLE = 140;
const MAX_SUMMARY = 300;
const MAX_BODY = 100_000;
const UNSAFE_HTML = /<\s*(script|iframe|object|embed|style)|\son\w+\s*=|javascript:/i;
/** The workflow's moves (server: news/editorial/workflow.ts). */
const MOVES: Record<Status, Status[]> = {
  DRAFT: ['IN_REVIEW', 'SCHEDULED', 'PUBLISHED'],
  IN_REVIEW: ['DRAFT', 'SCHEDULED', 'PUBLISHED'],
  SCHEDULED: ['DRAFT', 'SCHEDULED', 'PUBLISHED'],
  PUBLISHED: ['ARCHIVED'],
  ARCHIVED: ['PUBLISHED'],
};

interface Version {
  locale: string;
  title: string;
  summary: string;
  bodyHtml: string;
  imageAlt: string | null;
  updatedAt: string;
}

interface EditorialRow {
  id: string;
  status: Exclude<Status, 'SCHEDULED'>;
  brandId: string;
  originalLocale: string;
  versions: Version[];
  countries: string[];
  audiences: Audience[];
  imageUrl: string | null;
  mustRead: boolean;
  mustReadBy: string | null;
  publishAt: string | null;
  timeZone: string | null;
  authorId: string;
  updatedAt: string;
  category: string;
  tags: string[];
  liveStream: LiveStream | null;
  attachments: Attachment[];
  video: VideoEmbed | null;
  pinnedUntil: string | null;
}

interface VersionInput {
  locale: string;
  title: string;
  summary: string;
  bodyHtml: string;
  imageAlt?: string | null;
}

interface TargetInput {
  brandId: string;
  countries: string[];
  audiences?: {
    countryCode?: string | null;
    regionId?: string | null;
    dealerId?: string | null;
    job?: string | null;
    role?: string | null;
  }[];
  mustRead?: boolean | null;
  mustReadBy?: string | null;
  imageUrl?: string | null;
}

/**
 * The editors' side of news, as the server answers it: their communities, every article
 * of those communities in every status with its language versions, targets, reach and
 * workflow. The seed's articles are published; a few of them are turned into drafts,
 * reviews and archived ones so that every status has articles. Changes live in this
 * object, so a test sees its own.
 */
export class MockNewsroomApi {
  private readonly network: Network;
  private readonly articles: EditorialRow[];
  private created = 0;

  constructor(network: Network) {
    this.network = network;
    const statuses: EditorialRow['status'][] = ['DRAFT', 'IN_REVIEW', 'ARCHIVED'];
    this.articles = network.articles.map((article, index) => {
      const status = index % 7 < 3 ? statuses[index % 7]! : 'PUBLISHED';
      const versions = network.articleTranslations
        .filter((t) => t.articleId === article.id)
        .map((t) => ({ ...t, updatedAt: article.publishedAt }));
      return {
        id: article.id,
        status,
        brandId: article.brandId,
        originalLocale: article.originalLocale,
        versions,
        countries: article.countryCode ? [article.countryCode] : [],
        audiences: network.articleAudiences
          .filter((row) => row.articleId === article.id)
          .map(({ articleId: _, ...audience }) => audience),
        imageUrl: article.imageUrl,
        mustRead: article.mustRead,
        mustReadBy: article.mustReadBy,
        publishAt: status === 'DRAFT' || status === 'IN_REVIEW' ? null : article.publishedAt,
        timeZone: null,
        authorId: article.authorId,
        updatedAt: article.publishedAt,
        category: article.category,
        tags: article.tags,
        liveStream: article.liveStream,
        attachments: [],
        video: article.videoUrl ? embedOf(article.videoUrl) : null,
        pinnedUntil: status === 'PUBLISHED' ? article.pinnedUntil : null,
      };
    });
  }

  editorCommunities(viewer: PersonRow | undefined) {
    const editor = this.requireEditor(viewer);
    return this.communitiesOf(editor).map((c) => this.communityView(c.id));
  }

  editorialArticles(
    viewer: PersonRow | undefined,
    args: { status?: Status | null; first?: number | null; after?: string | null },
  ) {
    const editor = this.requireEditor(viewer);
    const first = args.first ?? 25;
    if (first < 1 || first > 100) throw invalid('first', 'TOO_LONG');
    const rows = this.articles
      .filter((row) => this.edits(editor, row))
      .filter((row) => !args.status || this.statusOf(row) === args.status)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
    const start = args.after ? rows.findIndex((row) => row.id === atob(args.after!)) + 1 : 0;
    const slice = rows.slice(start, start + first);
    return {
      edges: slice.map((row) => ({ cursor: btoa(row.id), node: this.view(row) })),
      pageInfo: {
        endCursor: slice.length ? btoa(slice.at(-1)!.id) : null,
        hasNextPage: start + first < rows.length,
      },
    };
  }

  editorialArticle(viewer: PersonRow | undefined, args: { id: string }) {
    return this.view(this.find(this.requireEditor(viewer), args.id));
  }

  audienceReach(viewer: PersonRow | undefined, args: { target: TargetInput }) {
    const editor = this.requireEditor(viewer);
    this.checkCountries(editor, args.target);
    const audiences = (args.target.audiences ?? []).map((a) => this.audienceRow(a));
    return this.reachOf(args.target.brandId, args.target.countries, audiences);
  }

  createArticle(
    viewer: PersonRow | undefined,
    { input }: { input: { communityId: string; version: VersionInput; category?: string | null } },
  ) {
    const editor = this.requireEditor(viewer);
    const community = this.communitiesOf(editor).find((c) => c.id === input.communityId);
    if (!community) throw invalid('communityId', 'OUTSIDE_COMMUNITIES');
    const now = new Date().toISOString();
    const row: EditorialRow = {
      id: `article-new-${++this.created}`,
      status: 'DRAFT',
      brandId: community.brandId,
      originalLocale: input.version.locale,
      versions: [this.checkedVersion(input.version, now)],
      countries: [community.countryCode],
      audiences: [],
      imageUrl: null,
      mustRead: false,
      mustReadBy: null,
      publishAt: null,
      timeZone: null,
      authorId: editor.id,
      updatedAt: now,
      category: input.category ?? 'COMPANY',
      tags: [],
      liveStream: null,
      attachments: [],
      video: null,
      pinnedUntil: null,
    };
    this.articles.push(row);
    return this.view(row);
  }

  saveArticleVersion(viewer: PersonRow | undefined, args: { id: string; version: VersionInput }) {
    const row = this.find(this.requireEditor(viewer), args.id);
    if (row.status === 'ARCHIVED') throw invalid('to', 'NOT_EDITABLE');
    const now = new Date().toISOString();
    const version = this.checkedVersion(args.version, now);
    row.versions = [...row.versions.filter((v) => v.locale !== version.locale), version];
    row.updatedAt = now;
    return this.view(row);
  }

  deleteArticleVersion(viewer: PersonRow | undefined, args: { id: string; locale: string }) {
    const row = this.find(this.requireEditor(viewer), args.id);
    if (args.locale === row.originalLocale) throw invalid('locale', 'NOT_EDITABLE');
    row.versions = row.versions.filter((v) => v.locale !== args.locale);
    row.updatedAt = new Date().toISOString();
    return this.view(row);
  }

  setArticleTarget(viewer: PersonRow | undefined, args: { id: string; target: TargetInput }) {
    const editor = this.requireEditor(viewer);
    const row = this.find(editor, args.id);
    const { target } = args;
    if (this.statusOf(row) === 'PUBLISHED' || row.status === 'ARCHIVED') {
      throw invalid('countries', 'NOT_EDITABLE');
    }
    this.checkCountries(editor, target);
    if (target.imageUrl && !target.imageUrl.startsWith('/media/')) {
      throw invalid('imageUrl', 'NOT_AN_IMAGE');
    }
    if (target.mustReadBy && row.publishAt && target.mustReadBy <= row.publishAt) {
      throw invalid('mustReadBy', 'DEADLINE_BEFORE_PUBLICATION');
    }
    Object.assign(row, {
      countries: [...new Set(target.countries)],
      audiences: (target.audiences ?? []).map((a) => this.audienceRow(a)),
      mustRead: target.mustRead ?? false,
      mustReadBy: target.mustRead ? (target.mustReadBy ?? null) : null,
      imageUrl: target.imageUrl ?? null,
      updatedAt: new Date().toISOString(),
    });
    return this.view(row);
  }

  moveArticle(
    viewer: PersonRow | undefined,
    args: { id: string; to: Status; publishAt?: string | null; timeZone?: string | null },
  ) {
    const row = this.find(this.requireEditor(viewer), args.id);
    if (!MOVES[this.statusOf(row)].includes(args.to)) throw invalid('to', 'INVALID_MOVE');
    const now = new Date().toISOString();
    if (args.to === 'SCHEDULED') {
      if (!args.publishAt) throw invalid('publishAt', 'REQUIRED');
      if (args.publishAt <= now) throw invalid('publishAt', 'IN_THE_PAST');
    }
    const publishAt = args.to === 'SCHEDULED' ? args.publishAt! : now;
    const publishing = args.to === 'SCHEDULED' || args.to === 'PUBLISHED';
    if (publishing && row.mustReadBy && row.mustReadBy <= publishAt) {
      throw invalid('mustReadBy', 'DEADLINE_BEFORE_PUBLICATION');
    }
    // A pin holds only while the article is out (news/editorial/resolvers.ts).
    if (!publishing) row.pinnedUntil = null;
    if (args.to === 'ARCHIVED' || (args.to === 'PUBLISHED' && row.status === 'ARCHIVED')) {
      row.status = args.to;
    } else if (publishing) {
      Object.assign(row, { status: 'PUBLISHED', publishAt, timeZone: args.timeZone ?? null });
    } else {
      Object.assign(row, { status: args.to, publishAt: null, timeZone: null });
    }
    row.updatedAt = now;
    return this.view(row);
  }

  setArticleTopics(
    viewer: PersonRow | undefined,
    args: { id: string; category: string; tags: string[] },
  ) {
    const row = this.editable(viewer, args.id);
    return this.changed(row, { category: args.category, tags: checkedTags(args.tags) });
  }

  setArticleLiveStream(
    viewer: PersonRow | undefined,
    args: { id: string; liveStream: LiveStream | null },
  ) {
    const row = this.editable(viewer, args.id);
    return this.changed(row, { liveStream: args.liveStream && checkedLiveStream(args.liveStream) });
  }

  /** Pins a published or scheduled article, three at most per brand and countries (news/pinned.ts). */
  pinArticle(viewer: PersonRow | undefined, args: { id: string; until?: string | null }) {
    const row = this.editable(viewer, args.id);
    if (args.until == null) return this.changed(row, { pinnedUntil: null });
    if (row.status !== 'PUBLISHED') throw invalid('status', 'NOT_PUBLISHED');
    const until = checkedPinEnd(args.until);
    const community = (r: EditorialRow) => `${r.brandId}/${[...r.countries].sort().join()}`;
    const others = this.articles.filter(
      (other) => other !== row && other.pinnedUntil !== null && community(other) === community(row),
    );
    if (others.length >= MAX_PINNED) throw invalid('until', 'TOO_MANY_PINNED');
    return this.changed(row, { pinnedUntil: until });
  }

  setArticleVideo(viewer: PersonRow | undefined, args: { id: string; url?: string | null }) {
    const row = this.editable(viewer, args.id);
    return this.changed(row, { video: args.url == null ? null : embeddedVideo(args.url) });
  }

  setArticleAttachments(
    viewer: PersonRow | undefined,
    args: { id: string; attachments: { name: string; url: string }[] },
  ) {
    const row = this.editable(viewer, args.id);
    return this.changed(row, { attachments: uploadedAttachments(args.attachments) });
  }

  /** An article whose topics, stream and files may still change: any but an archived one. */
  private editable(viewer: PersonRow | undefined, id: string): EditorialRow {
    const row = this.find(this.requireEditor(viewer), id);
    if (row.status === 'ARCHIVED') throw invalid('status', 'NOT_EDITABLE');
    return row;
  }

  private changed(row: EditorialRow, values: Partial<EditorialRow>) {
    Object.assign(row, values, { updatedAt: new Date().toISOString() });
    return this.view(row);
  }

  /** A scheduled article is a published one whose time has not come (as on the server). */
  private statusOf(row: EditorialRow): Status {
    return row.status === 'PUBLISHED' && row.publishAt && row.publishAt > this.now()
      ? 'SCHEDULED'
      : row.status;
  }

  /** The mock network's "now": its seed articles were published before this date. */
  private now(): string {
    const real = new Date().toISOString();
    return real > MOCK_REFERENCE_DATE ? real : MOCK_REFERENCE_DATE;
  }

  private checkedVersion(input: VersionInput, updatedAt: string): Version {
    const title = input.title.trim();
    if (!LOCALES.includes(input.locale)) throw invalid('locale', 'UNKNOWN_LOCALE');
    if (title === '') throw invalid('title', 'REQUIRED');
    if (title.length > MAX_TITLE) throw invalid('title', 'TOO_LONG');
    if (input.summary.length > MAX_SUMMARY) throw invalid('summary', 'TOO_LONG');
    if (input.bodyHtml.length > MAX_BODY) throw invalid('bodyHtml', 'TOO_LONG');
    if (UNSAFE_HTML.test(input.bodyHtml)) throw invalid('bodyHtml', 'UNSAFE_HTML');
    return { ...input, title, imageAlt: input.imageAlt ?? null, updatedAt };
  }

  private checkCountries(editor: PersonRow, target: TargetInput): void {
    if (target.countries.length === 0) throw invalid('countries', 'REQUIRED');
    const allowed = this.communitiesOf(editor)
      .filter((c) => c.brandId === target.brandId)
      .map((c) => c.countryCode);
    if (target.countries.some((code) => !allowed.includes(code))) {
      throw invalid('countries', 'OUTSIDE_COMMUNITIES');
    }
  }

  private audienceRow(input: NonNullable<TargetInput['audiences']>[number]): Audience {
    return {
      countryCode: input.countryCode ?? null,
      regionId: input.regionId ?? null,
      dealerId: input.dealerId ?? null,
      job: (input.job ?? null) as Audience['job'],
      role: (input.role ?? null) as Audience['role'],
    };
  }

  /** The people of the brand in the countries (all when none), in one of the audiences. */
  private reachOf(brandId: string, countries: string[], audiences: Audience[]): number {
    return this.network.people.filter((person) => {
      if (person.brandId !== brandId) return false;
      if (countries.length > 0 && !countries.includes(person.countryCode)) return false;
      return audiences.length === 0 || audiences.some((a) => this.matches(person, a));
    }).length;
  }

  private matches(person: PersonRow, audience: Audience): boolean {
    const dealer = this.network.dealers.find((d) => d.id === person.dealerId);
    const region = dealer?.regionId ?? person.regionId;
    const roles = this.network.roles.filter((r) => r.personId === person.id).map((r) => r.role);
    return (
      (audience.countryCode === null || audience.countryCode === person.countryCode) &&
      (audience.regionId === null || audience.regionId === region) &&
      (audience.dealerId === null || audience.dealerId === person.dealerId) &&
      (audience.job === null || audience.job === person.job) &&
      (audience.role === null || roles.includes(audience.role))
    );
  }

  private requireEditor(viewer: PersonRow | undefined): PersonRow {
    if (viewer === undefined) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    const roles = this.rolesOf(viewer.id);
    if (!roles.includes('EDITOR') && !roles.includes('ADMIN')) {
      throw new MockUserError('FORBIDDEN', 'Only editors write articles');
    }
    return viewer;
  }

  private rolesOf(personId: string): RoleCode[] {
    return this.network.roles.filter((r) => r.personId === personId).map((r) => r.role);
  }

  private communitiesOf(editor: PersonRow) {
    if (this.rolesOf(editor.id).includes('ADMIN')) return this.network.communities;
    const ids = this.network.roles
      .filter((r) => r.personId === editor.id && r.role === 'EDITOR' && r.scopeType === 'community')
      .map((r) => r.scopeId);
    return this.network.communities.filter((c) => ids.includes(c.id));
  }

  private edits(editor: PersonRow, row: EditorialRow): boolean {
    return this.communitiesOf(editor).some(
      (c) =>
        c.brandId === row.brandId &&
        (row.countries.length === 0 || row.countries.includes(c.countryCode)),
    );
  }

  private find(editor: PersonRow, id: string): EditorialRow {
    const row = this.articles.find((candidate) => candidate.id === id);
    if (!row || !this.edits(editor, row)) {
      throw new MockUserError('NOT_FOUND', 'No such article, or it is not available to you');
    }
    return row;
  }

  private view(row: EditorialRow) {
    const original = row.versions.find((v) => v.locale === row.originalLocale)!;
    const author = this.network.people.find((p) => p.id === row.authorId)!;
    return {
      ...row,
      status: this.statusOf(row),
      brand: this.brand(row.brandId),
      versions: row.versions.map((v) => ({
        ...v,
        outdated: v.locale !== row.originalLocale && v.updatedAt < original.updatedAt,
      })),
      countries: row.countries.map((code) => this.country(code)),
      audiences: row.audiences.map((a) => ({
        country: a.countryCode ? this.country(a.countryCode) : null,
        region: a.regionId ? this.region(a.regionId) : null,
        dealer: a.dealerId ? this.dealer(a.dealerId) : null,
        job: a.job,
        role: a.role,
      })),
      author: { displayName: `${author.givenName} ${author.familyName}`, jobTitle: null },
      reach: this.reachOf(row.brandId, row.countries, row.audiences),
    };
  }

  private communityView(id: string) {
    const community = this.network.communities.find((c) => c.id === id)!;
    const brand = this.brand(community.brandId);
    const country = this.country(community.countryCode);
    return { id, brand, country, name: `${brand.name} · ${country.name}` };
  }

  private brand(id: string) {
    return this.network.brands.find((b) => b.id === id)!;
  }

  private country(code: string) {
    return this.network.countries.find((c) => c.code === code)!;
  }

  private region(id: string) {
    const region = this.network.regions.find((r) => r.id === id)!;
    return { id, name: region.name, country: this.country(region.countryCode) };
  }

  private dealer(id: string) {
    const dealer = this.network.dealers.find((d) => d.id === id)!;
    return { ...dealer, region: this.region(dealer.regionId), brand: this.brand(dealer.brandId) };
  }
}
