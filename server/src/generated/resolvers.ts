import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PersonModel } from '../org/person-model.js';
import type { EditorialArticleModel } from '../news/editorial/editorial-model.js';
import type { CommentModel } from '../news/comments/comment-model.js';
import type { ArticleModel } from '../news/articles-sql.js';
import type { TicketModel } from '../tickets/ticket-model.js';
import type { TicketQueueModel } from '../tickets/ticket-assignment.js';
import type { TicketCategoryModel } from '../tickets/ticket-categories-admin.js';
import type { ViewerModel } from '../org/me.js';
import type { TranslationEntryModel } from '../translations/entries.js';
import type { TranslationChangeModel } from '../translations/history.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** An ISO 8601 date-time in UTC, e.g. 2026-11-23T13:00:00Z. */
  DateTime: { input: string; output: string };
};

export type AppRollout = {
  __typename?: 'AppRollout';
  /** The app's name, as in its app.json. */
  app: Scalars['String']['output'];
  /** The pilot cohort; empty for EVERYONE. */
  countries: Array<Country>;
  dealers: Array<Dealer>;
  /** How many people the app is open to now. */
  reach: Scalars['Int']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  updatedBy?: Maybe<Person>;
  wave: RolloutWave;
};

export type AppRolloutInput = {
  app: Scalars['String']['input'];
  /** ISO country codes of the pilot cohort. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Dealer ids of the pilot cohort. */
  dealers?: InputMaybe<Array<Scalars['ID']['input']>>;
  wave: RolloutWave;
};

export type Article = {
  __typename?: 'Article';
  /** When the signed-in reader acknowledged it; null when they have not (yet). */
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Files to download with the article, in the editors' order. */
  attachments: Array<Attachment>;
  author: Author;
  /** Sanitised HTML. */
  bodyHtml: Scalars['String']['output'];
  brand: Brand;
  category: ArticleCategory;
  /** How many comments everyone sees under the article (held and hidden ones not counted). */
  commentCount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  imageAlt?: Maybe<Scalars['String']['output']>;
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** True when no translation exists for the requested locale and the original is shown. */
  isFallback: Scalars['Boolean']['output'];
  /** The live stream the article announces, if any. */
  liveStream?: Maybe<LiveStream>;
  /** The language this version of the article is in. */
  locale: Scalars['String']['output'];
  /** True when every reader is asked to acknowledge the article. */
  mustRead: Scalars['Boolean']['output'];
  /** When a must-read should be acknowledged by; null when it has no deadline. */
  mustReadBy?: Maybe<Scalars['DateTime']['output']>;
  /** Until when it is pinned to the top of the feed; null when it is not pinned now. */
  pinnedUntil?: Maybe<Scalars['DateTime']['output']>;
  publishedAt: Scalars['DateTime']['output'];
  /** Each kind of reaction (all of them, in a fixed order) with how many gave it. */
  reactions: Array<ReactionCount>;
  summary: Scalars['String']['output'];
  /** Lower-case words given by the editors, the same in every language. */
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The video shown with the article; null when it has none. */
  video?: Maybe<ArticleVideo>;
};

/** What an article is about; the portal translates the names. */
export type ArticleCategory =
  'AFTER_SALES' | 'COMPANY' | 'NETWORK' | 'PRODUCTS' | 'SALES' | 'TRAINING';

export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleReach = {
  __typename?: 'ArticleReach';
  acknowledged: Scalars['Int']['output'];
  /** The people the article is meant for. */
  audience: Scalars['Int']['output'];
  byCountry: Array<ReachGroup>;
  /** People above dealer level (area and region managers) are counted in no dealer. */
  byDealer: Array<ReachGroup>;
  byRegion: Array<ReachGroup>;
  /** For a must-read: the people who have not acknowledged it yet, by name (at most 500). */
  notAcknowledged: Array<Person>;
  opened: Scalars['Int']['output'];
};

export type ArticleStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  /** Approved, to be published at `publishAt`. */
  | 'SCHEDULED';

export type ArticleTargetInput = {
  /** Narrower groups within those countries; empty means everyone there. */
  audiences?: InputMaybe<Array<AudienceInput>>;
  /** The brand of the article (the community's). */
  brandId: Scalars['ID']['input'];
  /** ISO codes of the countries it is published in; at least one, all in the caller's communities. */
  countries: Array<Scalars['String']['input']>;
  imageUrl?: InputMaybe<Scalars['String']['input']>;
  mustRead?: InputMaybe<Scalars['Boolean']['input']>;
  mustReadBy?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One language version of an article. */
export type ArticleVersion = {
  __typename?: 'ArticleVersion';
  /** Sanitised HTML. */
  bodyHtml: Scalars['String']['output'];
  imageAlt?: Maybe<Scalars['String']['output']>;
  locale: Scalars['String']['output'];
  /** True when the original was changed after this translation: it needs a look. */
  outdated: Scalars['Boolean']['output'];
  summary: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ArticleVersionInput = {
  /** HTML, at most 100 000 characters; sanitised on the server. */
  bodyHtml: Scalars['String']['input'];
  imageAlt?: InputMaybe<Scalars['String']['input']>;
  /** One of the portal's locales. */
  locale: Scalars['String']['input'];
  /** Up to 300 characters. */
  summary: Scalars['String']['input'];
  /** 1 to 140 characters. */
  title: Scalars['String']['input'];
};

/**
 * A video an article shows, played in the portal once the reader asks for it: nothing is
 * loaded from its provider before.
 */
export type ArticleVideo = {
  __typename?: 'ArticleVideo';
  /** The address of the video's player, to frame (https). */
  embedUrl: Scalars['String']['output'];
  /** Who serves the player, to name before it loads: YouTube, Vimeo, or the host name of one of the deployment's own video sites. */
  provider: Scalars['String']['output'];
};

/** A file attached to an article. */
export type Attachment = {
  __typename?: 'Attachment';
  contentType: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** Where to download it (/media/uploads/…). */
  url: Scalars['String']['output'];
};

export type AttachmentInput = {
  /** The file name shown, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** The address `POST /api/media` answered for the file. */
  url: Scalars['String']['input'];
};

/** One group of readers: every criterion set must match; a null criterion matches anyone. */
export type Audience = {
  __typename?: 'Audience';
  country?: Maybe<Country>;
  dealer?: Maybe<Dealer>;
  job?: Maybe<Job>;
  region?: Maybe<Region>;
  role?: Maybe<Role>;
};

export type AudienceInput = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  dealerId?: InputMaybe<Scalars['ID']['input']>;
  job?: InputMaybe<Job>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
  /** How long entries are kept before they are deleted. */
  retentionDays: Scalars['Int']['output'];
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What was done, e.g. person.erase, app.rollout, person.export. */
  action: Scalars['String']['output'];
  actor: Person;
  /** The actor's roles and scopes when they acted. */
  actorGrants: Array<RoleGrant>;
  at: Scalars['DateTime']['output'];
  /** What changed, as JSON. */
  details: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  targetId?: Maybe<Scalars['ID']['output']>;
  targetType: Scalars['String']['output'];
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The person, app or other object acted on. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type Author = {
  __typename?: 'Author';
  /** null when the author's data was erased: show them as a former member. */
  displayName?: Maybe<Scalars['String']['output']>;
  jobTitle?: Maybe<Scalars['String']['output']>;
};

export type Barometer = {
  __typename?: 'Barometer';
  comparisonPeriod: Scalars['String']['output'];
  /** The columns: the brand's KPIs in the scope's country (group: the brand's KPI codes). */
  kpis: Array<Kpi>;
  period: Scalars['String']['output'];
  /** The scope itself first, then its parents the caller may see (region, then country). */
  rollups: Array<BarometerRow>;
  /** The scope's children: a region's dealers, a country's regions, the group's countries. */
  rows: Array<BarometerRow>;
  scope: BarometerScope;
  /** The periods of `KpiCell.trend`, oldest first. */
  trendPeriods: Array<Scalars['String']['output']>;
};

export type BarometerComparison = 'PREVIOUS_PERIOD' | 'SAME_PERIOD_LAST_YEAR';

export type BarometerLevel = 'COUNTRY' | 'DEALER' | 'GROUP' | 'REGION';

export type BarometerRow = {
  __typename?: 'BarometerRow';
  /** One cell per `Barometer.kpis`, in the same order. */
  cells: Array<KpiCell>;
  /** A dealer's city; null for other levels. */
  city?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  level: BarometerLevel;
  name: Scalars['String']['output'];
};

/** A part of the network a barometer can show. */
export type BarometerScope = {
  __typename?: 'BarometerScope';
  brand: Brand;
  /** The country of a region or dealer scope. */
  country?: Maybe<Country>;
  /** Country code, region id or dealer id; null for the group. */
  id?: Maybe<Scalars['ID']['output']>;
  level: BarometerLevel;
  name: Scalars['String']['output'];
};

export type BarometerScopeInput = {
  brandId: Scalars['ID']['input'];
  /** Country code, region id or dealer id; none for the group. */
  id?: InputMaybe<Scalars['ID']['input']>;
  level: BarometerLevel;
};

export type Brand = {
  __typename?: 'Brand';
  /** Short code used for the theme, e.g. veyra. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A reader's comment on an article, or a reply to one. */
export type Comment = {
  __typename?: 'Comment';
  articleId: Scalars['ID']['output'];
  author: Author;
  /** Plain text; null once a moderator hid it. */
  body?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** For its author: until when they may still change it; null for others, or once passed. */
  editableUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When its author last changed it; null when never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** For its author and moderators: the rule that held it; null otherwise. */
  heldFor?: Maybe<CommentHoldReason>;
  id: Scalars['ID']['output'];
  /** True when the caller wrote it. */
  mine: Scalars['Boolean']['output'];
  /** The comment that starts the thread; null for the start of a thread. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** The replies to a thread's first comment that the caller may see, oldest first; empty for a reply. */
  replies: Array<Comment>;
  /** True when the caller reported it. */
  reportedByMe: Scalars['Boolean']['output'];
  status: CommentStatus;
};

export type CommentConnection = {
  __typename?: 'CommentConnection';
  edges: Array<CommentEdge>;
  pageInfo: PageInfo;
};

export type CommentEdge = {
  __typename?: 'CommentEdge';
  cursor: Scalars['String']['output'];
  node: Comment;
};

/** Why the rules held a comment for moderation. */
export type CommentHoldReason =
  /** It contains a link. */
  | 'LINK'
  /** It contains a word of the moderation list. */
  | 'WORD';

/** A report on a comment. Who reported it is not shown. */
export type CommentReport = {
  __typename?: 'CommentReport';
  reason: Scalars['String']['output'];
  reportedAt: Scalars['DateTime']['output'];
};

export type CommentStatus =
  /** Held by a rule until a moderator approves it: shown to its author and the moderators only. */
  | 'HELD'
  /** Hidden by a moderator: shown in its place, without its text. */
  | 'HIDDEN'
  /** Shown to everyone who reads the article. */
  | 'VISIBLE';

/** The people of one brand in one country, and the editors who write for them. */
export type Community = {
  __typename?: 'Community';
  brand: Brand;
  country: Country;
  id: Scalars['ID']['output'];
  /** e.g. 'Lumo · Italia'. */
  name: Scalars['String']['output'];
};

export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-2 code, e.g. FR. */
  code: Scalars['String']['output'];
  /** The country's main language, one of the portal's locales. */
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** IANA time zone, e.g. Europe/Rome. */
  timeZone: Scalars['String']['output'];
};

export type CreateTicketInput = {
  /**
   * At most 5 (else `attachmentIds` TOO_MANY), each the `id` POST /api/tickets/attachments
   * answered to the caller (else UNKNOWN_ATTACHMENT); shown in this order.
   */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  categoryId: Scalars['ID']['input'];
  /**
   * An optional checklist: at most 20 items (else `checklist` TOO_MANY), each 1 to 200
   * characters of plain text (else `checklist.<i>` REQUIRED or TOO_LONG).
   */
  checklist?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: the caller's dealer. */
  dealerId?: InputMaybe<Scalars['ID']['input']>;
  /** Plain text, at most 5,000 characters. */
  description: Scalars['String']['input'];
  /** Required for a non-conformity (with a VIN or a customer reference), refused for other kinds. */
  nonConformity?: InputMaybe<NonConformityInput>;
  /**
   * At most 5 (else TOO_MANY), each the `id` POST /api/tickets/photos answered to the caller
   * (else UNKNOWN_PHOTO); shown in this order.
   */
  photoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  priority?: InputMaybe<TicketPriority>;
  /** At most 120 characters. */
  title: Scalars['String']['input'];
};

export type Dealer = {
  __typename?: 'Dealer';
  /** The brand the dealer sells. */
  brand: Brand;
  city: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  region: Region;
};

export type DealerBarometer = {
  __typename?: 'DealerBarometer';
  dealer: Dealer;
  engagement: EngagementRow;
  kpis: Array<DealerKpi>;
  period: Scalars['String']['output'];
  tickets: TicketSlaSummary;
};

export type DealerConnection = {
  __typename?: 'DealerConnection';
  edges: Array<DealerEdge>;
  pageInfo: PageInfo;
};

export type DealerEdge = {
  __typename?: 'DealerEdge';
  cursor: Scalars['String']['output'];
  node: Dealer;
};

export type DealerKpi = {
  __typename?: 'DealerKpi';
  /** The selected period per team or person; empty without a breakdown. */
  breakdown: Array<KpiBreakdownRow>;
  /** The selected period, with the dealer's rank in its region. */
  current: KpiCell;
  kpi: Kpi;
  /** The 24 months ending with the selected period, oldest first. */
  points: Array<KpiPoint>;
};

/** An article as its editors see it: every language version, its target and its workflow. */
export type EditorialArticle = {
  __typename?: 'EditorialArticle';
  attachments: Array<Attachment>;
  /** Who it is for: none means every reader of the brand in `countries`. */
  audiences: Array<Audience>;
  author: Author;
  brand: Brand;
  category: ArticleCategory;
  /** The countries it is published in; empty means every country of the brand. */
  countries: Array<Country>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  liveStream?: Maybe<LiveStream>;
  mustRead: Scalars['Boolean']['output'];
  mustReadBy?: Maybe<Scalars['DateTime']['output']>;
  /** The language the article was written in; the other versions translate it. */
  originalLocale: Scalars['String']['output'];
  /** Until when it is pinned to the top of the feed; null when it is not. */
  pinnedUntil?: Maybe<Scalars['DateTime']['output']>;
  /** When it is (to be) published; null for a draft never scheduled. */
  publishAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many people it reaches with its current target. */
  reach: Scalars['Int']['output'];
  status: ArticleStatus;
  tags: Array<Scalars['String']['output']>;
  /** The IANA time zone the editor scheduled in, to show the time as they chose it. */
  timeZone?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  versions: Array<ArticleVersion>;
  video?: Maybe<ArticleVideo>;
};

export type EditorialArticleConnection = {
  __typename?: 'EditorialArticleConnection';
  edges: Array<EditorialArticleEdge>;
  pageInfo: PageInfo;
};

export type EditorialArticleEdge = {
  __typename?: 'EditorialArticleEdge';
  cursor: Scalars['String']['output'];
  node: EditorialArticle;
};

export type EngagementBarometer = {
  __typename?: 'EngagementBarometer';
  period: Scalars['String']['output'];
  rollups: Array<EngagementRow>;
  rows: Array<EngagementRow>;
  scope: BarometerScope;
};

/** Counts behind the engagement rates of a row, within a period. */
export type EngagementRow = {
  __typename?: 'EngagementRow';
  /** People who opened the portal at least once in the period. */
  activePeople: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  level: BarometerLevel;
  mustReadsAcknowledged: Scalars['Int']['output'];
  /** Acknowledgements the period's must-reads asked of these people (one per person and article). */
  mustReadsExpected: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** People of the row (not erased). */
  people: Scalars['Int']['output'];
  /** Tickets of these dealers resolved in the period, and how many within their SLA. */
  ticketsResolved: Scalars['Int']['output'];
  ticketsResolvedWithinSla: Scalars['Int']['output'];
};

/** A term of a brand's glossary in a locale: its approved translation, or a forbidden term. */
export type GlossaryTerm = {
  __typename?: 'GlossaryTerm';
  brand: Brand;
  forbidden: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The English term (`test drive`) or, when `forbidden`, the term not to use in the locale. */
  term: Scalars['String']['output'];
  /** The approved translation; for a forbidden term, what to use instead. */
  translation: Scalars['String']['output'];
};

export type GlossaryTermInput = {
  brandId: Scalars['ID']['input'];
  forbidden: Scalars['Boolean']['input'];
  /** The term to change; none to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  locale: Scalars['String']['input'];
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters. */
  term: Scalars['String']['input'];
  /** 1 to 200 characters. */
  translation: Scalars['String']['input'];
};

export type Job =
  | 'AREA_MANAGER'
  | 'DEALER_PRINCIPAL'
  | 'EDITOR'
  | 'IT_ADMIN'
  | 'MECHANIC'
  | 'REGION_MANAGER'
  | 'SALESPERSON'
  | 'SERVICE_ADVISER'
  | 'SERVICE_MANAGER'
  | 'TRANSLATOR';

/** A KPI of a brand in a country, named in the requested locale (English when untranslated). */
export type Kpi = {
  __typename?: 'Kpi';
  breakdown: KpiBreakdown;
  /** Stable code used by imports, e.g. NEW_VEHICLE_SALES. */
  code: Scalars['String']['output'];
  /** ISO 4217 code for CURRENCY KPIs; null otherwise. */
  currency?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  higherIsBetter: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  period: KpiPeriodKind;
  rollup: KpiRollup;
  unit: KpiUnit;
};

/** Where a KPI is also measured below the dealer. */
export type KpiBreakdown = 'NONE' | 'PERSON' | 'TEAM';

/** A team or a person of the dealer, for a KPI with a breakdown. */
export type KpiBreakdownRow = {
  __typename?: 'KpiBreakdownRow';
  actual?: Maybe<Scalars['Float']['output']>;
  /** A team id or a person id. */
  id: Scalars['ID']['output'];
  /** The team's kind or the person's name. */
  name: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
};

/** One KPI of one row in one period. */
export type KpiCell = {
  __typename?: 'KpiCell';
  /** The rolled-up actual; null when nothing was measured. */
  actual?: Maybe<Scalars['Float']['output']>;
  /**
   * How far the target is reached, oriented so that 1 or more is good whatever the KPI's
   * direction (actual / target, or target / actual when lower is better); null without both.
   */
  attainment?: Maybe<Scalars['Float']['output']>;
  /** The actual in the comparison period. */
  comparison?: Maybe<Scalars['Float']['output']>;
  /**
   * The currency of a CURRENCY KPI's amounts in this row: a group's countries each count in
   * their own (null for a group total of mixed currencies, which has no amounts).
   */
  currency?: Maybe<Scalars['String']['output']>;
  kpiId: Scalars['ID']['output'];
  /** Rank by attainment among the row's siblings (1 = best); null for roll-ups and no data. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** How many siblings have an attainment to rank. */
  rankOf?: Maybe<Scalars['Int']['output']>;
  status: KpiStatus;
  target?: Maybe<Scalars['Float']['output']>;
  /** The actuals of the 12 periods ending with this one, oldest first (null: not measured). */
  trend: Array<Maybe<Scalars['Float']['output']>>;
};

export type KpiImportError = {
  __typename?: 'KpiImportError';
  column?: Maybe<Scalars['String']['output']>;
  /** The CSV line (the header is line 1), or the input's index + 1 for the API. */
  line: Scalars['Int']['output'];
  reason: KpiImportErrorReason;
  /** The value refused, at most 80 characters. */
  value?: Maybe<Scalars['String']['output']>;
};

export type KpiImportErrorReason =
  | 'BASE_REQUIRED'
  | 'DEALER_OUT_OF_SCOPE'
  | 'DUPLICATE_ROW'
  | 'EMPTY_FILE'
  | 'FILE_TOO_LARGE'
  | 'INVALID_PERIOD'
  /** A CSV line that cannot be read (an unclosed quote, a wrong number of fields). */
  | 'MALFORMED_LINE'
  | 'MISSING_COLUMN'
  | 'NOT_A_NUMBER'
  | 'TOO_MANY_ROWS'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_DEALER'
  | 'UNKNOWN_KPI'
  | 'UNKNOWN_SUBJECT';

/**
 * What an import did. With any error nothing is stored (`stored` false) and the counts say
 * what would have been done; sending the same rows again stores nothing new (`unchanged`).
 */
export type KpiImportReport = {
  __typename?: 'KpiImportReport';
  /** At most 200, in line order. */
  errors: Array<KpiImportError>;
  inserted: Scalars['Int']['output'];
  /** True when there were more errors than listed. */
  moreErrors: Scalars['Boolean']['output'];
  rows: Scalars['Int']['output'];
  stored: Scalars['Boolean']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type KpiMeasurementInput = {
  /** RATIO KPIs: the denominator. */
  base?: InputMaybe<Scalars['Float']['input']>;
  dealerId: Scalars['ID']['input'];
  kpiCode: Scalars['String']['input'];
  /** The KPI's own period: 2026-10, 2026-W43 or 2026-Q3. */
  period: Scalars['String']['input'];
  /** A team id or a person id of the dealer, for a KPI with a breakdown; none for the dealer. */
  subject?: InputMaybe<Scalars['ID']['input']>;
  target?: InputMaybe<Scalars['Float']['input']>;
  value: Scalars['Float']['input'];
};

export type KpiPeriodKind = 'MONTH' | 'QUARTER' | 'WEEK';

/** A KPI's value in one period of a dealer. */
export type KpiPoint = {
  __typename?: 'KpiPoint';
  actual?: Maybe<Scalars['Float']['output']>;
  period: Scalars['String']['output'];
  target?: Maybe<Scalars['Float']['output']>;
};

export type KpiRollup =
  | 'AVERAGE'
  /** Sum of values over sum of bases (`KpiMeasurementInput.base` is required). */
  | 'RATIO'
  | 'SUM';

/** How an actual stands against its target: also given as a symbol, never colour alone. */
export type KpiStatus =
  /** At or beyond the target. */
  | 'MET'
  /** More than 10 % short of the target. */
  | 'MISSED'
  /** Within 10 % of the target. */
  | 'NEAR'
  /** No target or no actual for the period. */
  | 'NO_DATA';

export type KpiUnit =
  | 'COUNT'
  /** In `Kpi.currency`. */
  | 'CURRENCY'
  | 'HOURS'
  | 'MINUTES'
  /** A fraction shown as a percentage: 0.25 is 25 %. */
  | 'PERCENT'
  /** A score on the KPI's own scale (CSI 0–100, NPS −100–100). */
  | 'SCORE';

/** An event streamed live: shown as live now across the portal from its start to its end. */
export type LiveStream = {
  __typename?: 'LiveStream';
  /** The address of the stream's player to frame while it is live; null when the address cannot be embedded (it is then only a link). */
  embedUrl?: Maybe<Scalars['String']['output']>;
  endsAt: Scalars['DateTime']['output'];
  /** Who serves that player (as ArticleVideo.provider); null with embedUrl. */
  provider?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  /** An https address of the stream's player or page. */
  url: Scalars['String']['output'];
};

export type LiveStreamInput = {
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
  url: Scalars['String']['input'];
};

export type ModerationDecision = 'APPROVE' | 'HIDE';

/** A comment waiting for a moderator's decision, with what the moderator needs to decide. */
export type ModerationItem = {
  __typename?: 'ModerationItem';
  /** The title of the comment's article, in the requested language when translated. */
  articleTitle: Scalars['String']['output'];
  comment: Comment;
  /** The comment it answers, for context; null for the start of a thread. */
  inReplyTo?: Maybe<Comment>;
  /** The reports since the last decision, oldest first. */
  reports: Array<CommentReport>;
};

export type ModerationQueueConnection = {
  __typename?: 'ModerationQueueConnection';
  edges: Array<ModerationQueueEdge>;
  pageInfo: PageInfo;
  /** How many comments wait in all. */
  total: Scalars['Int']['output'];
};

export type ModerationQueueEdge = {
  __typename?: 'ModerationQueueEdge';
  cursor: Scalars['String']['output'];
  node: ModerationItem;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records that the caller read and acknowledges a must-read, once: acknowledging again
   * keeps the first time. Fails with NOT_FOUND for an article the caller cannot read, and
   * BAD_USER_INPUT for one that is not a must-read.
   */
  acknowledgeArticle: Article;
  /**
   * Comments on an article the caller may read, or, with `parentId`, replies to the visible
   * comment that starts a thread. The body is plain text, 1 to 2000 characters. A comment
   * with a link or a word of the moderation list is held until a moderator approves it.
   * BAD_USER_INPUT with `extensions.reason` (COMMENT_EMPTY, COMMENT_TOO_LONG, REPLY_TO_REPLY,
   * PARENT_NOT_VISIBLE); NOT_FOUND for an article or a parent the caller cannot see.
   * `idempotencyKey` is the client's name for this comment: sending it again (an offline
   * outbox replaying; same author, same article) stores nothing new and answers the comment
   * the first call made.
   */
  addComment: Comment;
  /**
   * Adds to a ticket's discussion; `internal` notes are for handlers only (FORBIDDEN for
   * others). `idempotencyKey` is the client's name for this comment: sending it again (same
   * author, same ticket) stores nothing new and answers the ticket.
   */
  addTicketComment: Ticket;
  /**
   * Answers an open survey the caller is asked by, once: one answer per question. Sent again
   * (the same idempotency key, or a second time) it keeps the first answers and returns the
   * survey. BAD_USER_INPUT naming `answers.<i>` for a missing or invalid answer.
   */
  answerPulseSurvey: PulseSurvey;
  /**
   * Puts a ticket in a team queue, with one of its members as assignee or nobody yet. For its
   * handlers (else FORBIDDEN). The queue must serve the ticket's dealer (else `queueId`
   * UNKNOWN_QUEUE), the assignee be a member of it (else `assigneeId` NOT_A_MEMBER). With
   * `expectedAssigneeId` (null: unassigned), the call fails with CONFLICT, its extensions
   * carrying the current `assigneeId`, when someone assigned the ticket meanwhile.
   */
  assignTicket: Ticket;
  /** Closes an open survey now. */
  closePulseSurvey: PulseSurvey;
  /**
   * Editors: starts a draft in the community's brand, in the original language given, aimed
   * at the community's country until the target is set. Audited.
   */
  createArticle: EditorialArticle;
  /**
   * Files a ticket for the caller's dealer, or another dealer their roles reach (else
   * NOT_FOUND). `idempotencyKey` is the client's name for this creation: sending it again
   * (an offline outbox replaying) answers the ticket the first call made and files nothing.
   * Bad input fails with BAD_USER_INPUT naming the field and the reason.
   */
  createTicket: Ticket;
  /** Editors: removes a translation. The original language version cannot be removed. */
  deleteArticleVersion: EditorialArticle;
  deleteGlossaryTerm: Scalars['Boolean']['output'];
  /**
   * The author changes their comment, within 15 minutes of writing it
   * (`Comment.editableUntil`); the rules apply again. FORBIDDEN for someone else's comment;
   * BAD_USER_INPUT with `extensions.reason` (EDIT_WINDOW_CLOSED, COMMENT_HIDDEN,
   * COMMENT_EMPTY, COMMENT_TOO_LONG).
   */
  editComment: Comment;
  /**
   * Admins, on a person's request (GDPR art. 17): anonymises the person and removes their
   * roles; their contributions stay, attributed to a former member. Audited; cannot be undone.
   */
  erasePerson: Person;
  /**
   * Admins, on a person's request (GDPR art. 15 and 20): everything Piazza stores about
   * them, as JSON. Audited.
   */
  exportPersonData: PersonDataExport;
  /**
   * Admins, and region managers for dealers of their scope: stores measurements and targets
   * from a CSV file (header: dealer_id,kpi_code,period,value, optionally base,target,subject),
   * all or nothing. Audited.
   */
  importKpiMeasurements: KpiImportReport;
  /**
   * Imports a locale's texts as drafts (i18next JSON of one namespace, or XLIFF 2.0 whose
   * `<file id>` names namespaces), at most 2 MB (`content` TOO_LARGE); a file that does not
   * parse is BAD_USER_INPUT `content` MALFORMED, and nothing is saved.
   */
  importTranslations: TranslationImport;
  /** Marks every notification so far as seen: the unread count drops to 0. */
  markNotificationsSeen: NotificationCentre;
  /**
   * Moderators: approves a comment (it shows to everyone and leaves the queue) or hides it
   * (it stays in its thread without its text), with a reason of 1 to 500 characters.
   * Audited. FORBIDDEN for the article's other readers.
   */
  moderateComment: Comment;
  /**
   * Editors: moves an article along its workflow. A draft or an article in review goes to
   * the other of the two, to SCHEDULED (with `publishAt` in the future) or to PUBLISHED
   * (now); a scheduled one is rescheduled, published now or taken back to DRAFT; a
   * published one is ARCHIVED; an archived one PUBLISHED again. BAD_USER_INPUT (field `to`,
   * reason INVALID_MOVE) for any other move; a `publishAt` in the past or a must-read
   * deadline before publication are refused too. Audited.
   */
  moveArticle: EditorialArticle;
  /**
   * Moves a ticket along its workflow, with an optional comment everyone on the ticket sees.
   * Handlers make every move; the reporter may answer a ticket waiting for them, close a
   * resolved one, and reopen. A move the workflow does not have fails with `to` INVALID_MOVE,
   * one the caller may not make with FORBIDDEN.
   */
  moveTicket: Ticket;
  /** Opens a draft until `closesAt` (1 hour to 60 days ahead); the audience is counted then. Audited. */
  openPulseSurvey: PulseSurvey;
  /**
   * Editors: pins a published or scheduled article to the top of its readers' feed until
   * `until` (in the future, at most 90 days ahead; at most three pinned at once per brand and
   * country), or unpins it with null. Archiving unpins. Audited.
   */
  pinArticle: EditorialArticle;
  /**
   * Reviewers of the locale and admins: publishes every APPROVED entry of the locale; the
   * release grows by one and `translationsPublished` tells every portal.
   */
  publishTranslations: TranslationRelease;
  /**
   * Gives (`active: true`) or takes back the caller's reaction of one kind to an article they
   * may read; each kind counts once per person, so sending the same again changes nothing.
   * Returns the article in `locale` with its counts. NOT_FOUND when they cannot read it.
   */
  reactToArticle: Article;
  /** Records that the caller opened an article (the first time counts). NOT_FOUND when they cannot read it. */
  recordArticleOpened: Scalars['Boolean']['output'];
  /**
   * The same for other systems (CRM, dealer management systems), at most 5000 rows. The
   * idempotency key names the batch: sent again by the same caller, it answers the first
   * report and stores nothing; with other rows it fails (BAD_USER_INPUT, reason
   * IDEMPOTENCY_KEY_REUSED). Audited.
   */
  recordKpiMeasurements: KpiImportReport;
  /**
   * Asks the article's moderators to look at a visible comment, with a reason (1 to 500
   * characters): the comment stays visible and enters the moderation queue. Once per
   * person: reporting again keeps the first report. BAD_USER_INPUT with `extensions.reason`
   * (OWN_COMMENT, NOT_REPORTABLE, REASON_EMPTY, REASON_TOO_LONG).
   */
  reportComment: Comment;
  /** Makes an earlier text of the entry (one of its history) its draft again. */
  revertTranslation: TranslationEntry;
  /**
   * Reviewers of the locale and admins (else FORBIDDEN): approves an entry in review, or
   * sends it back to DRAFT with a comment (`comment` REQUIRED when rejecting). A reviewer
   * may not approve their own text (`key` OWN_TRANSLATION) unless they are an admin.
   */
  reviewTranslation: TranslationEntry;
  /**
   * Editors: writes one language version (adds it or replaces it). The HTML is sanitised;
   * BAD_USER_INPUT with `field` and `reason` in the extensions when a field is refused.
   */
  saveArticleVersion: EditorialArticle;
  /**
   * Reviewers of the locale and admins: creates or changes a glossary term (an entry of
   * the audit log). BAD_USER_INPUT `term` REQUIRED / TOO_LONG / TAKEN, `translation`
   * REQUIRED / TOO_LONG, `note` TOO_LONG, `locale` UNKNOWN_LOCALE, `brandId` UNKNOWN_BRAND.
   */
  saveGlossaryTerm: GlossaryTerm;
  /**
   * Editors (for their communities' countries), region managers (their scope) and admins:
   * creates or changes a DRAFT survey. BAD_USER_INPUT naming the field.
   */
  savePulseSurvey: PulseSurvey;
  /**
   * Creates a ticket category (without `id`) or changes one, for admins (else FORBIDDEN); an
   * entry of the audit log. Fails with BAD_USER_INPUT naming the field: `code` INVALID_CODE
   * or TAKEN, `names` REQUIRED without English, `names.<i>.locale` UNKNOWN_LOCALE or
   * DUPLICATE, `names.<i>.name` REQUIRED or TOO_LONG, `kind` NOT_EDITABLE once tickets have
   * the category, `defaultQueueId` UNKNOWN_QUEUE, `slaTargets.<i>.priority` DUPLICATE,
   * `slaTargets.<i>.respondWithinMinutes` or `resolveWithinMinutes` TOO_SMALL or TOO_LARGE,
   * `slaTargets.<i>.resolveWithinMinutes` BEFORE_RESPONSE; an unknown `id` is NOT_FOUND.
   */
  saveTicketCategory: TicketCategory;
  /**
   * Creates a team queue (without `id`) or changes one, for admins (else FORBIDDEN); an entry
   * of the audit log. Fails with BAD_USER_INPUT naming the field: `name` REQUIRED, TOO_LONG
   * or TAKEN, `brandId` UNKNOWN_BRAND, `countryCode` UNKNOWN_COUNTRY, `memberIds.<i>`
   * UNKNOWN_PERSON or DUPLICATE; an unknown `id` is NOT_FOUND. Tickets assigned to someone
   * who leaves the queue keep their assignee.
   */
  saveTicketQueue: TicketQueue;
  /**
   * Saves a string's texts as a DRAFT for the locale's translators, reviewers and admins
   * (else FORBIDDEN). Always kept, even with problems (listed on the entry). BAD_USER_INPUT
   * for an unknown locale, namespace or key, forms not of the locale's categories
   * (`forms` UNKNOWN_CATEGORY), or a text over 2,000 characters (`forms.<i>` TOO_LONG).
   * English is the source and cannot be edited (`locale` SOURCE_LOCALE).
   */
  saveTranslation: TranslationEntry;
  /** Admins: opens an app to everyone, or to a pilot cohort of countries and dealers only. */
  setAppRollout: AppRollout;
  /**
   * Editors: the article's attachments, in order (at most 10), each an uploaded file
   * (BAD_USER_INPUT, field `attachments`, reason NOT_UPLOADED otherwise). Allowed until it
   * is archived.
   */
  setArticleAttachments: EditorialArticle;
  /**
   * Editors: makes the article the announcement of a live stream (https URL, an end after
   * the start, at most 12 hours), or removes the stream with null. Audited.
   */
  setArticleLiveStream: EditorialArticle;
  /**
   * Editors: who the article is for, its picture and whether it is a must-read. Allowed until
   * it is published; BAD_USER_INPUT for a country outside the caller's communities.
   */
  setArticleTarget: EditorialArticle;
  /**
   * Editors: the article's category and tags (at most 8, each 1 to 30 letters, digits or
   * dashes; stored in lower case). Allowed until it is archived.
   */
  setArticleTopics: EditorialArticle;
  /**
   * Editors: shows a video with the article: the https address of a YouTube or Vimeo video
   * (a watch, share, live or player address) or of one of the deployment's own video sites,
   * kept as the address of its player; null removes it. BAD_USER_INPUT (field `url`, reason
   * NOT_EMBEDDABLE) for any other address. Allowed until it is archived. Audited.
   */
  setArticleVideo: EditorialArticle;
  /** Admins: how long audit entries are kept, in days (30 to 3650). */
  setAuditRetention: AuditConnection;
  /**
   * Ticks an item of a ticket's checklist (`done: true`) or unticks it, for its handlers and
   * its reporter (else FORBIDDEN; NOT_FOUND when the caller does not see the ticket or it
   * has no such item); a line of its history. An item already as asked changes nothing, so
   * a replay is harmless. A CLOSED ticket's checklist is kept as it is: `status` CLOSED.
   */
  setTicketChecklistItem: Ticket;
  /**
   * Sets a ticket's tags, for its handlers (else FORBIDDEN; NOT_FOUND when the caller does
   * not see it), closed tickets included: a theme is often named once a ticket is solved.
   * Each tag is stored lower case without a leading #: at most 30 letters, digits and inner
   * hyphens, as articles' tags (else `tags.<i>` REQUIRED or INVALID_TAG), at most 10 (else
   * `tags` TOO_MANY); repeats count once. A change is a line of the history; the same tags change nothing.
   */
  setTicketTags: Ticket;
  /**
   * Sends drafts for review. A draft with problems is refused: BAD_USER_INPUT `keys.<i>`
   * HAS_PROBLEMS, and none is sent.
   */
  submitTranslations: Array<TranslationEntry>;
  /** Follows a ticket, or stops following it. For anyone who sees it (else NOT_FOUND). */
  watchTicket: Ticket;
};

export type MutationAcknowledgeArticleArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationAddCommentArgs = {
  articleId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

export type MutationAddTicketCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  internal?: InputMaybe<Scalars['Boolean']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationAnswerPulseSurveyArgs = {
  answers: Array<PulseAnswerInput>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};

export type MutationAssignTicketArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  expectedAssigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  queueId: Scalars['ID']['input'];
};

export type MutationClosePulseSurveyArgs = {
  id: Scalars['ID']['input'];
};

export type MutationCreateArticleArgs = {
  input: NewArticleInput;
};

export type MutationCreateTicketArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: CreateTicketInput;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationDeleteArticleVersionArgs = {
  id: Scalars['ID']['input'];
  locale: Scalars['String']['input'];
};

export type MutationDeleteGlossaryTermArgs = {
  id: Scalars['ID']['input'];
};

export type MutationEditCommentArgs = {
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type MutationErasePersonArgs = {
  personId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationExportPersonDataArgs = {
  personId: Scalars['ID']['input'];
};

export type MutationImportKpiMeasurementsArgs = {
  csv: Scalars['String']['input'];
};

export type MutationImportTranslationsArgs = {
  content: Scalars['String']['input'];
  format: TranslationFileFormat;
  locale: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};

export type MutationMarkNotificationsSeenArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationModerateCommentArgs = {
  decision: ModerationDecision;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationMoveArticleArgs = {
  id: Scalars['ID']['input'];
  publishAt?: InputMaybe<Scalars['DateTime']['input']>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: ArticleStatus;
};

export type MutationMoveTicketArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedStatus?: InputMaybe<TicketStatus>;
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  to: TicketStatus;
};

export type MutationOpenPulseSurveyArgs = {
  closesAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};

export type MutationPinArticleArgs = {
  id: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type MutationPublishTranslationsArgs = {
  locale: Scalars['String']['input'];
};

export type MutationReactToArticleArgs = {
  active: Scalars['Boolean']['input'];
  articleId: Scalars['ID']['input'];
  kind: ReactionKind;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationRecordArticleOpenedArgs = {
  id: Scalars['ID']['input'];
};

export type MutationRecordKpiMeasurementsArgs = {
  idempotencyKey: Scalars['String']['input'];
  rows: Array<KpiMeasurementInput>;
};

export type MutationReportCommentArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type MutationRevertTranslationArgs = {
  changeId: Scalars['ID']['input'];
};

export type MutationReviewTranslationArgs = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  key: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type MutationSaveArticleVersionArgs = {
  id: Scalars['ID']['input'];
  version: ArticleVersionInput;
};

export type MutationSaveGlossaryTermArgs = {
  input: GlossaryTermInput;
};

export type MutationSavePulseSurveyArgs = {
  input: PulseSurveyInput;
};

export type MutationSaveTicketCategoryArgs = {
  input: TicketCategoryInput;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationSaveTicketQueueArgs = {
  input: TicketQueueInput;
};

export type MutationSaveTranslationArgs = {
  input: SaveTranslationInput;
};

export type MutationSetAppRolloutArgs = {
  input: AppRolloutInput;
};

export type MutationSetArticleAttachmentsArgs = {
  attachments: Array<AttachmentInput>;
  id: Scalars['ID']['input'];
};

export type MutationSetArticleLiveStreamArgs = {
  id: Scalars['ID']['input'];
  liveStream?: InputMaybe<LiveStreamInput>;
};

export type MutationSetArticleTargetArgs = {
  id: Scalars['ID']['input'];
  target: ArticleTargetInput;
};

export type MutationSetArticleTopicsArgs = {
  category: ArticleCategory;
  id: Scalars['ID']['input'];
  tags: Array<Scalars['String']['input']>;
};

export type MutationSetArticleVideoArgs = {
  id: Scalars['ID']['input'];
  url?: InputMaybe<Scalars['String']['input']>;
};

export type MutationSetAuditRetentionArgs = {
  days: Scalars['Int']['input'];
};

export type MutationSetTicketChecklistItemArgs = {
  done: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type MutationSetTicketTagsArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  tags: Array<Scalars['String']['input']>;
};

export type MutationSubmitTranslationsArgs = {
  keys: Array<Scalars['String']['input']>;
  locale: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type MutationWatchTicketArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  watching: Scalars['Boolean']['input'];
};

/** What the network raises: a theme counted in a period and in the one before. */
export type NetworkTheme = {
  __typename?: 'NetworkTheme';
  /** The counts per region of the scope, the largest first. */
  byRegion: Array<NetworkThemeRegion>;
  count: Scalars['Int']['output'];
  /** A ticket category id or an article tag. */
  id: Scalars['ID']['output'];
  kind: NetworkThemeKind;
  /** The category's name in the requested locale, or the tag. */
  label: Scalars['String']['output'];
  previousCount: Scalars['Int']['output'];
};

export type NetworkThemeKind =
  /** Comments on articles with a tag. */
  | 'COMMENT_TOPIC'
  /** Tickets tagged by their handlers with a tag. */
  | 'FEEDBACK_TAG'
  /** Tickets filed in a ticket category. */
  | 'TICKET_CATEGORY';

export type NetworkThemeRegion = {
  __typename?: 'NetworkThemeRegion';
  count: Scalars['Int']['output'];
  region: Region;
};

export type NewArticleInput = {
  /** COMPANY when not given. */
  category?: InputMaybe<ArticleCategory>;
  /** The community the article is written for; its brand and country frame the article. */
  communityId: Scalars['ID']['input'];
  /** The original version. */
  version: ArticleVersionInput;
};

/** What a non-conformity is about: a vehicle, a customer, or both. */
export type NonConformity = {
  __typename?: 'NonConformity';
  /** The customer's reference in the dealer's CRM. */
  customerReference?: Maybe<Scalars['String']['output']>;
  severity: NonConformitySeverity;
  /** The vehicle's identification number (17 characters). */
  vin?: Maybe<Scalars['String']['output']>;
};

export type NonConformityInput = {
  customerReference?: InputMaybe<Scalars['String']['input']>;
  severity: NonConformitySeverity;
  /** A vehicle identification number: 17 letters and digits, without I, O or Q. */
  vin?: InputMaybe<Scalars['String']['input']>;
};

export type NonConformitySeverity = 'CRITICAL' | 'MAJOR' | 'MINOR';

export type Notification = {
  __typename?: 'Notification';
  /** REPLY and TICKET: who replied, commented or moved; null when their data was erased. */
  actor?: Maybe<Author>;
  /**
   * What a MUST_READ, REPLY or LIVE_STREAM is about; null for a TICKET. Nullable rather than
   * a union, so that a client asking only for articles keeps its query (docs/server.md).
   */
  article?: Maybe<Article>;
  /** TICKET: true when someone else assigned the ticket to the reader (`movedTo` is then null). */
  assignedToMe: Scalars['Boolean']['output'];
  at: Scalars['DateTime']['output'];
  /** REPLY: the start of the reply; TICKET: the start of the comment (a move's, if any). */
  excerpt?: Maybe<Scalars['String']['output']>;
  /** Stable across requests: the kind and what it is about. */
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** TICKET: the status the ticket moved to; null when someone commented or assigned it. */
  movedTo?: Maybe<TicketStatus>;
  /** TICKET: the watched ticket, as the caller sees it now; null for the other kinds. */
  ticket?: Maybe<Ticket>;
  /** True when it arrived after the caller last opened the centre. */
  unread: Scalars['Boolean']['output'];
};

export type NotificationCentre = {
  __typename?: 'NotificationCentre';
  items: Array<Notification>;
  /** How many notifications arrived since the caller last opened the centre. */
  unread: Scalars['Int']['output'];
};

export type NotificationKind =
  /** A live stream meant for the reader starts within 15 minutes or runs now. */
  | 'LIVE_STREAM'
  /** A must-read was published for the reader. */
  | 'MUST_READ'
  /** Someone replied to the reader's comment. */
  | 'REPLY'
  /**
   * Someone else moved a ticket the reader watches and still sees, commented on it in
   * public (internal notes never notify), or assigned it to the reader.
   */
  | 'TICKET';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Person = {
  __typename?: 'Person';
  brand: Brand;
  country: Country;
  dealer?: Maybe<Dealer>;
  /** Empty once the person's data was erased; see `erased`. */
  displayName: Scalars['String']['output'];
  /** Only for the person themself and admins; null otherwise. */
  email?: Maybe<Scalars['String']['output']>;
  /** True once the person's data was erased: show them as a former member. */
  erased: Scalars['Boolean']['output'];
  /** Admins: the person's roles and scopes; empty for others. */
  grants: Array<RoleGrant>;
  id: Scalars['ID']['output'];
  job: Job;
  team?: Maybe<Team>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
};

export type PersonDataExport = {
  __typename?: 'PersonDataExport';
  /** A file name for the download, e.g. piazza-person-123-2026-11-29.json. */
  fileName: Scalars['String']['output'];
  /** The person's data, as a JSON document. */
  json: Scalars['String']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

/** How fast the portal is for its people, from their own browsers. */
export type PortalHealth = {
  __typename?: 'PortalHealth';
  byApp: Array<VitalsRow>;
  byCountry: Array<VitalsRow>;
  /** Oldest first. */
  byDay: Array<VitalsRow>;
  byLocale: Array<VitalsRow>;
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

export type PulseAnswerInput = {
  /** CHOICE: the option's index. */
  choice?: InputMaybe<Scalars['Int']['input']>;
  questionId: Scalars['ID']['input'];
  /** SCALE: 1 to 5. */
  scale?: InputMaybe<Scalars['Int']['input']>;
  /** TEXT: 1 to 500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The people a pulse survey asks: everyone of the brand in these places and jobs. */
export type PulseAudience = {
  __typename?: 'PulseAudience';
  brand: Brand;
  countries: Array<Country>;
  dealers: Array<Dealer>;
  /** Empty: every job. */
  jobs: Array<Job>;
  regions: Array<Region>;
};

export type PulseAudienceInput = {
  brandId: Scalars['ID']['input'];
  /** ISO country codes; at least one unless regions or dealers are given. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  dealerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  jobs?: InputMaybe<Array<Job>>;
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type PulseQuestion = {
  __typename?: 'PulseQuestion';
  id: Scalars['ID']['output'];
  kind: PulseQuestionKind;
  /** CHOICE: 2 to 6 options; empty otherwise. */
  options: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type PulseQuestionInput = {
  kind: PulseQuestionKind;
  /** CHOICE: 2 to 6 distinct options of 1 to 80 characters. */
  options?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters. */
  text: Scalars['String']['input'];
};

export type PulseQuestionKind =
  /** One of the question's options. */
  | 'CHOICE'
  /** An answer from 1 (low) to 5 (high). */
  | 'SCALE'
  /** Free text, at most 500 characters. */
  | 'TEXT';

/**
 * The answers to one question. Null in `PulseSurvey.results` while fewer than 5 people have
 * answered: results stay anonymous.
 */
export type PulseQuestionResult = {
  __typename?: 'PulseQuestionResult';
  answers: Scalars['Int']['output'];
  /** SCALE: the mean from 1 to 5. */
  average?: Maybe<Scalars['Float']['output']>;
  /** SCALE: how many chose 1…5; CHOICE: how many chose each option, in order. */
  distribution: Array<Scalars['Int']['output']>;
  questionId: Scalars['ID']['output'];
  /** TEXT: the answers, in alphabetical order so that none can be traced by its position. */
  texts: Array<Scalars['String']['output']>;
};

export type PulseSurvey = {
  __typename?: 'PulseSurvey';
  /** True once the caller answered. */
  answeredByMe: Scalars['Boolean']['output'];
  audience: PulseAudience;
  /** How many people it asks (counted when it opens; until then, now). */
  audienceSize: Scalars['Int']['output'];
  author: Person;
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The language it is written in. */
  locale: Scalars['String']['output'];
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  questions: Array<PulseQuestion>;
  responseCount: Scalars['Int']['output'];
  /** For its author, editors of its communities, managers whose scope covers its audience, admins; null for others or below 5 responses. */
  results?: Maybe<Array<PulseQuestionResult>>;
  status: PulseSurveyStatus;
  title: Scalars['String']['output'];
};

export type PulseSurveyConnection = {
  __typename?: 'PulseSurveyConnection';
  edges: Array<PulseSurveyEdge>;
  pageInfo: PageInfo;
};

export type PulseSurveyEdge = {
  __typename?: 'PulseSurveyEdge';
  cursor: Scalars['String']['output'];
  node: PulseSurvey;
};

export type PulseSurveyInput = {
  audience: PulseAudienceInput;
  /** The draft to change; none to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  locale: Scalars['String']['input'];
  /** 1 to 5 questions. */
  questions: Array<PulseQuestionInput>;
  /** 1 to 120 characters. */
  title: Scalars['String']['input'];
};

export type PulseSurveyStatus = 'CLOSED' | 'DRAFT' | 'OPEN';

export type Query = {
  __typename?: 'Query';
  /** Every ticket category, retired ones included, in order, for admins (else FORBIDDEN). */
  adminTicketCategories: Array<TicketCategory>;
  /** Every team queue, by name, for admins (else FORBIDDEN): the default queues a category may name. */
  adminTicketQueues: Array<TicketQueue>;
  /** Admins: the roll-out wave of every app. */
  appRollouts: Array<AppRollout>;
  /** One published article. Fails with NOT_FOUND when it does not exist or is not visible to the caller. */
  article?: Maybe<Article>;
  /**
   * The comments under an article the caller may read, one page of threads at a time, the
   * oldest first, each with all its replies (threads are one level deep). A held comment
   * shows only to its author and the article's moderators; a hidden one shows to everyone
   * without its text. NOT_FOUND for an article the caller cannot read.
   */
  articleComments: CommentConnection;
  /**
   * How far an article reached: the people it is meant for, how many opened and acknowledged
   * it, by country, region and dealer, and who has not acknowledged a must-read yet. For the
   * editors of its communities and admins (FORBIDDEN for its readers, NOT_FOUND for others).
   */
  articleReach: ArticleReach;
  /**
   * Editors: how many people a target would reach, counted by the same rule as the feed,
   * before anything is published. The countries named must be in the caller's communities.
   */
  audienceReach: Scalars['Int']['output'];
  /** Admins: what editors and admins did, newest first. */
  auditLog: AuditConnection;
  /**
   * KPIs against targets for the children of a scope, with roll-ups. NOT_FOUND for a scope
   * outside the caller's; BAD_USER_INPUT (field `period`, reason INVALID_PERIOD).
   */
  barometer: Barometer;
  /** The barometer scopes the caller may open, broadest first (empty: none). */
  barometerScopes: Array<BarometerScope>;
  /** The countries of the network, by name. */
  countries: Array<Country>;
  /** One dealer. Fails with NOT_FOUND when it does not exist or is outside the caller's scopes. */
  dealer?: Maybe<Dealer>;
  /** One dealer's KPIs over two years, tickets and engagement. NOT_FOUND outside the caller's scope. */
  dealerBarometer: DealerBarometer;
  /**
   * The dealers within the caller's scopes (their own dealer, their region, their
   * communities' countries; admins all), by name. `search` matches name or city.
   */
  dealers: DealerConnection;
  /** Editors: the communities (brand × country) the caller edits; admins: every community. */
  editorCommunities: Array<Community>;
  /** Editors: one article of their communities with all its language versions. NOT_FOUND otherwise. */
  editorialArticle: EditorialArticle;
  /**
   * Editors: the articles of their communities, in every status, the last changed first
   * (admins: all articles). `status` keeps one status only.
   */
  editorialArticles: EditorialArticleConnection;
  /** Engagement counts for the children of a scope, with roll-ups. */
  engagementBarometer: EngagementBarometer;
  /** A locale's glossary for a brand (default: the caller's). */
  glossary: Array<GlossaryTerm>;
  /** The live streams meant for the caller that run now or start within 15 minutes, soonest first. */
  liveNow: Array<Article>;
  /** The signed-in person's session, or null when the request carries no valid token. */
  me?: Maybe<Viewer>;
  /**
   * Moderators (the editors of an article's communities, and admins): the comments waiting
   * for a decision, held by a rule or reported, the longest waiting first, with the titles of
   * their articles in `locale`. FORBIDDEN for anyone else.
   */
  moderationQueue: ModerationQueueConnection;
  /**
   * The must-reads the caller has not acknowledged yet, the nearest deadline first (at most
   * 20), each in `locale` when a translation exists.
   */
  mustReads: Array<Article>;
  /** The themes the scope's network raised in the period, those that rose or fell most first (at most 30). */
  networkThemes: Array<NetworkTheme>;
  /**
   * Published news, newest first, one page at a time. Each article is given in `locale`
   * when a translation exists, else in its original language. `search` keeps the articles
   * whose words match it in that language's dictionary (web-search syntax: "quoted phrase",
   * or, -word).
   */
  newsFeed: ArticleConnection;
  /**
   * The caller's notifications of the last 30 days, newest first (at most 30): must-reads
   * published for them, replies to their comments, live streams about to start, and what
   * other people did to the tickets they watch. Articles are given in `locale` when a
   * translation exists, tickets' categories named in it.
   */
  notifications: NotificationCentre;
  /** The open surveys asking the caller that they have not answered yet, closing soonest first. */
  openPulseSurveys: Array<PulseSurvey>;
  /** Admins: people whose name or e-mail contains `search`, or whose id is `search`; by family name. */
  people: PersonConnection;
  /** Admins: one person. Fails with NOT_FOUND when there is no such person. */
  person?: Maybe<Person>;
  /**
   * The articles pinned to the top of the caller's feed, newest first (a handful: at most
   * three pinned at once per brand and country), leaving out the must-reads still to
   * acknowledge, which have their own place above.
   */
  pinnedArticles: Array<Article>;
  /** Admins: Core Web Vitals at p75 over the last `days` days (1 to 90), narrowed by the filters. */
  portalHealth: PortalHealth;
  /** One survey: for those who manage it, or who are asked by it while open. NOT_FOUND otherwise. */
  pulseSurvey: PulseSurvey;
  /** Authors (editors, region managers) and admins: the pulse surveys they may manage, newest first. */
  pulseSurveys: PulseSurveyConnection;
  /**
   * The regions of these countries where the caller's roles reach dealers of the brand, by
   * name: what an editor narrows an audience to.
   */
  regions: Array<Region>;
  /** A ticket with its history and discussion. NOT_FOUND when the caller does not see it. */
  ticket: Ticket;
  /** The categories a new ticket may take (active ones), named in `locale` (default: the caller's). */
  ticketCategories: Array<TicketCategory>;
  /**
   * The team queues a ticket may be assigned to (those serving its dealer's brand and
   * country), with their members; empty when the caller does not handle the ticket.
   * NOT_FOUND when the caller does not see it.
   */
  ticketQueues: Array<TicketQueue>;
  /** The tags on the tickets the caller handles, the most used first (at most 50): to suggest. */
  ticketTags: Array<Scalars['String']['output']>;
  /**
   * The tickets the caller sees, in `sort` order, narrowed by `filter`: their own, their
   * dealer's (service managers and dealer principals), their region's (region managers),
   * every one (admins).
   */
  tickets: TicketConnection;
  /**
   * A namespace's strings in a locale, by key, for the locale's translators and reviewers
   * and admins (else FORBIDDEN; an unknown locale or namespace is BAD_USER_INPUT). `search`
   * matches key, English source or text, ignoring case. `first` 1..200.
   */
  translationEntries: TranslationEntryConnection;
  /** One string, for the same people (null for an unknown key). */
  translationEntry?: Maybe<TranslationEntry>;
  /** A namespace (or, without one, every namespace) of a locale as a file, with published or built texts. */
  translationExport: Scalars['String']['output'];
  /** The portal's locales, in the order the language picker lists them (any signed-in person). */
  translationLocales: Array<TranslationLocale>;
  /**
   * Completion per locale × namespace: for translators and reviewers their locales, for
   * admins every locale but English (others: FORBIDDEN).
   */
  translationOverview: Array<TranslationCompletion>;
  /** The locale's current publication (any signed-in person; release 0 before any). */
  translationRelease: TranslationRelease;
  /** Translation memory for a string: at most 5, best first. */
  translationSuggestions: Array<TranslationSuggestion>;
};

export type QueryAdminTicketCategoriesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryArticleCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  articleId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryArticleReachArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAudienceReachArgs = {
  target: ArticleTargetInput;
};

export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryBarometerArgs = {
  compareTo?: InputMaybe<BarometerComparison>;
  locale?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  scope: BarometerScopeInput;
};

export type QueryDealerArgs = {
  id: Scalars['ID']['input'];
};

export type QueryDealerBarometerArgs = {
  dealerId: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};

export type QueryDealersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryEditorialArticleArgs = {
  id: Scalars['ID']['input'];
};

export type QueryEditorialArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ArticleStatus>;
};

export type QueryEngagementBarometerArgs = {
  period: Scalars['String']['input'];
  scope: BarometerScopeInput;
};

export type QueryGlossaryArgs = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  locale: Scalars['String']['input'];
};

export type QueryLiveNowArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryMustReadsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryNetworkThemesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  scope: BarometerScopeInput;
};

export type QueryNewsFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ArticleCategory>;
  excludePinned?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

export type QueryNotificationsArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPinnedArticlesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPortalHealthArgs = {
  app?: InputMaybe<Scalars['String']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryPulseSurveyArgs = {
  id: Scalars['ID']['input'];
};

export type QueryPulseSurveysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QueryRegionsArgs = {
  brandId: Scalars['ID']['input'];
  countries: Array<Scalars['String']['input']>;
};

export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTicketCategoriesArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTicketQueuesArgs = {
  ticketId: Scalars['ID']['input'];
};

export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale?: InputMaybe<Scalars['String']['input']>;
  sort?: InputMaybe<TicketSort>;
};

export type QueryTranslationEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TranslationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  locale: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTranslationEntryArgs = {
  key: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

export type QueryTranslationExportArgs = {
  format: TranslationFileFormat;
  locale: Scalars['String']['input'];
  namespace?: InputMaybe<Scalars['String']['input']>;
};

export type QueryTranslationReleaseArgs = {
  locale: Scalars['String']['input'];
};

export type QueryTranslationSuggestionsArgs = {
  key: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

/** The reach of an article within one country, region or dealer. */
export type ReachGroup = {
  __typename?: 'ReachGroup';
  acknowledged: Scalars['Int']['output'];
  audience: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  opened: Scalars['Int']['output'];
};

export type ReactionCount = {
  __typename?: 'ReactionCount';
  count: Scalars['Int']['output'];
  kind: ReactionKind;
  /** True when the caller gave this reaction. */
  mine: Scalars['Boolean']['output'];
};

/**
 * A reader's reaction to an article. A few positive kinds only: criticism belongs in a
 * comment, where it can be answered and moderated.
 */
export type ReactionKind = 'CELEBRATE' | 'INSIGHTFUL' | 'LIKE';

export type Region = {
  __typename?: 'Region';
  country: Country;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'EMPLOYEE'
  | 'FIELD'
  | 'REGION_MANAGER'
  /** Reviews, approves and publishes the translations of a locale (scope: locale). */
  | 'TRANSLATION_REVIEWER'
  | 'TRANSLATOR';

/** A role over part of the organisation. */
export type RoleGrant = {
  __typename?: 'RoleGrant';
  role: Role;
  scope: Scope;
};

export type RolloutWave =
  /** Open to everyone whose roles allow the app. */
  | 'EVERYONE'
  /** Open only to the cohort's countries and dealers. */
  | 'PILOT';

export type SaveTranslationInput = {
  forms: Array<TranslationFormInput>;
  key: Scalars['String']['input'];
  locale: Scalars['String']['input'];
  namespace: Scalars['String']['input'];
};

/** The part of the organisation a role covers. */
export type Scope = {
  __typename?: 'Scope';
  /** The brand, country code, region, dealer, community id or locale; null for the group. */
  id?: Maybe<Scalars['ID']['output']>;
  /** A label for people: the dealer's name, 'Lumo · Italia', a locale tag… */
  name: Scalars['String']['output'];
  type: ScopeType;
};

export type ScopeType =
  'BRAND' | 'COMMUNITY' | 'COUNTRY' | 'DEALER' | 'GROUP' | 'LOCALE' | 'REGION';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The caller's notification centre, sent again each time something new arrives for them
   * (over server-sent events).
   */
  notificationsChanged: NotificationCentre;
  /**
   * The ticket, sent again after each change: a move, a comment, an assignment (its photos
   * come with its creation). Only for a caller who sees it: otherwise the stream ends with
   * NOT_FOUND.
   */
  ticketChanged: Ticket;
  /** Each publication of any locale, to every signed-in portal. */
  translationsPublished: TranslationRelease;
};

export type SubscriptionNotificationsChangedArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type SubscriptionTicketChangedArgs = {
  id: Scalars['ID']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  kind: TeamKind;
};

export type TeamKind = 'MANAGEMENT' | 'SALES' | 'SERVICE' | 'WORKSHOP';

export type Ticket = {
  __typename?: 'Ticket';
  /** The member of the queue working it; null while the queue as a whole has it. */
  assignee?: Maybe<TicketPerson>;
  /** The documents filed with it (PDF), in the order they were given. */
  attachments: Array<TicketAttachment>;
  category: TicketCategory;
  /** Its checklist, in the order the reporter gave it; empty when it has none. */
  checklist: Array<TicketChecklistItem>;
  /** Its discussion, oldest first; internal notes only for its handlers. */
  comments: Array<TicketComment>;
  createdAt: Scalars['DateTime']['output'];
  dealer: Dealer;
  /** Plain text. */
  description: Scalars['String']['output'];
  /** True when the caller handles it: they see internal notes and make every move. */
  handledByMe: Scalars['Boolean']['output'];
  /** Everything that happened to it, oldest first. */
  history: Array<TicketEvent>;
  id: Scalars['ID']['output'];
  kind: TicketKind;
  /** True when the caller filed it. */
  mine: Scalars['Boolean']['output'];
  /**
   * The moves the caller may make where the ticket stands (moveTicket refuses any other):
   * every move of the workflow for its handlers; answering, closing and reopening for its
   * reporter; none for others.
   */
  moves: Array<TicketStatus>;
  /** For a non-conformity; null for other kinds. */
  nonConformity?: Maybe<NonConformity>;
  /** The number people quote, e.g. T-000123. */
  number: Scalars['String']['output'];
  /** The photos filed with it, in the order they were given. */
  photos: Array<TicketPhoto>;
  priority: TicketPriority;
  /** The team queue working it; null until a handler assigns it or its category names one. */
  queue?: Maybe<TicketQueue>;
  reporter: Author;
  /** How it stands against its service levels. */
  sla: TicketSla;
  status: TicketStatus;
  /** Its handlers' tags, in alphabetical order: lower case, without the #, the same in every language. */
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** True when the caller follows it (its reporter and assignees do from the start). */
  watchedByMe: Scalars['Boolean']['output'];
  /** How many people follow it. */
  watcherCount: Scalars['Int']['output'];
};

/**
 * A document filed with a ticket (a repair order, an invoice, as a PDF). Private like its
 * photos: `url` answers only with the bearer token of someone who sees the ticket.
 */
export type TicketAttachment = {
  __typename?: 'TicketAttachment';
  /** application/pdf. */
  contentType: Scalars['String']['output'];
  /** The file's name on the reporter's device, for the download. */
  fileName: Scalars['String']['output'];
  /** The document's content hash with its extension, as POST /api/tickets/attachments answered. */
  id: Scalars['ID']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** /api/tickets/attachments/<id>, on Piazza's server. */
  url: Scalars['String']['output'];
};

export type TicketCategory = {
  __typename?: 'TicketCategory';
  /** False once an admin retired it: no new ticket takes it, its tickets keep it. */
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** The queue a new ticket of the category lands in, when it serves the ticket's dealer. */
  defaultQueue?: Maybe<TicketQueue>;
  id: Scalars['ID']['output'];
  kind: TicketKind;
  /** In the requested locale, or English. */
  name: Scalars['String']['output'];
  /** Its name in each language it has one in (English always). */
  names: Array<TicketCategoryName>;
  /**
   * Its service-level targets now, one per priority (its own, else its kind's defaults), for
   * admins (else FORBIDDEN). A ticket keeps the targets in force when it was filed.
   */
  slaTargets: Array<TicketSlaTarget>;
};

export type TicketCategoryInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Stable and unique, for reports and integrations: capitals, digits and _, e.g. CRM_MISSING_DATA. */
  code: Scalars['String']['input'];
  defaultQueueId?: InputMaybe<Scalars['ID']['input']>;
  /** The category to change; none to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: TicketKind;
  /** English required; one per locale. */
  names: Array<TicketCategoryNameInput>;
  /** New targets for the priorities given; the others keep theirs. Tickets filed before keep theirs. */
  slaTargets?: InputMaybe<Array<TicketSlaTargetInput>>;
};

export type TicketCategoryName = {
  __typename?: 'TicketCategoryName';
  /** A content locale: en, it, fr, es, de, nl or pl. */
  locale: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type TicketCategoryNameInput = {
  locale: Scalars['String']['input'];
  /** At most 80 characters. */
  name: Scalars['String']['input'];
};

/** A step to do on a ticket, written by its reporter when filing it. */
export type TicketChecklistItem = {
  __typename?: 'TicketChecklistItem';
  done: Scalars['Boolean']['output'];
  /** When it was ticked; null while it is not done. */
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who ticked it; null while it is not done, or when their data was erased. */
  doneBy?: Maybe<Author>;
  id: Scalars['ID']['output'];
  /** Plain text. */
  label: Scalars['String']['output'];
};

export type TicketComment = {
  __typename?: 'TicketComment';
  author: Author;
  /** Plain text. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** A note between handlers, never shown to the reporter's side. */
  internal: Scalars['Boolean']['output'];
};

export type TicketConnection = {
  __typename?: 'TicketConnection';
  edges: Array<TicketEdge>;
  pageInfo: PageInfo;
};

export type TicketEdge = {
  __typename?: 'TicketEdge';
  cursor: Scalars['String']['output'];
  node: Ticket;
};

/** A line of a ticket's history. */
export type TicketEvent = {
  __typename?: 'TicketEvent';
  action: TicketEventAction;
  actor: Author;
  /** For TAGGED: the tags added. */
  addedTags?: Maybe<Array<Scalars['String']['output']>>;
  /** For an assignment: the person it went to; null for the queue as a whole. */
  assignee?: Maybe<TicketPerson>;
  at: Scalars['DateTime']['output'];
  /** For CHECKLIST: true when it was ticked, false when unticked. */
  checked?: Maybe<Scalars['Boolean']['output']>;
  /** For CHECKLIST: the item's label. */
  checklistItem?: Maybe<Scalars['String']['output']>;
  /** The status before a change; null for the creation. */
  from?: Maybe<TicketStatus>;
  /** For an assignment: the queue it went to. */
  queue?: Maybe<TicketQueue>;
  /** For TAGGED: the tags removed. */
  removedTags?: Maybe<Array<Scalars['String']['output']>>;
  to?: Maybe<TicketStatus>;
};

export type TicketEventAction =
  /** Put in a queue, to an assignee or to nobody yet. */
  | 'ASSIGNED'
  /** An item of its checklist was ticked or unticked. */
  | 'CHECKLIST'
  /** Someone wrote in the discussion (an internal note: shown to handlers only). */
  | 'COMMENTED'
  | 'CREATED'
  | 'STATUS_CHANGED'
  /** Its handlers added or removed tags. */
  | 'TAGGED';

export type TicketFilter = {
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<TicketKind>;
  scope?: InputMaybe<TicketScope>;
  /** Words in the title or description, or the ticket's number. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Those in this state against their service levels (at the time of the request). */
  slaState?: InputMaybe<TicketSlaState>;
  status?: InputMaybe<TicketStatus>;
};

export type TicketKind =
  /** IT, CRM data quality: something the group's help desk fixes. */
  | 'HELP_DESK'
  /** A process that went wrong at a dealer, about a vehicle or a customer. */
  | 'NON_CONFORMITY'
  /** Anything else. */
  | 'REQUEST';

/** A person a ticket names: its assignee, a member of a queue. */
export type TicketPerson = {
  __typename?: 'TicketPerson';
  /** null when the person's data was erased: show them as a former member. */
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/**
 * A photo filed with a ticket (a damaged part, a dashboard). Private: `url` answers only
 * with the bearer token of someone who sees the ticket, so clients fetch it (the portal's
 * fetchApi) rather than putting it in an <img> directly.
 */
export type TicketPhoto = {
  __typename?: 'TicketPhoto';
  /** image/png, image/jpeg or image/webp. */
  contentType: Scalars['String']['output'];
  /** The photo's content hash with its extension, as POST /api/tickets/photos answered. */
  id: Scalars['ID']['output'];
  /** /api/tickets/photos/<id>, on Piazza's server. */
  url: Scalars['String']['output'];
};

export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

/** A team that works tickets, e.g. Lumo Italy after-sales or the group's IT help desk. */
export type TicketQueue = {
  __typename?: 'TicketQueue';
  /** The brand whose dealers it serves; null: every brand. */
  brand?: Maybe<Brand>;
  /** The country whose dealers it serves; null: every country. */
  country?: Maybe<Country>;
  id: Scalars['ID']['output'];
  /** The people who work its tickets, by name. */
  members: Array<TicketPerson>;
  /** A proper name, the same in every language. */
  name: Scalars['String']['output'];
};

export type TicketQueueInput = {
  brandId?: InputMaybe<Scalars['ID']['input']>;
  countryCode?: InputMaybe<Scalars['String']['input']>;
  /** The queue to change; none to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Its members, by person id; they handle its tickets. */
  memberIds: Array<Scalars['ID']['input']>;
  /** At most 80 characters, unique. */
  name: Scalars['String']['input'];
};

/** Which tickets a list shows, among those the caller sees. */
export type TicketScope =
  /** Every ticket the caller sees. */
  | 'ALL_I_SEE'
  /** Those assigned to the caller. */
  | 'ASSIGNED_TO_ME'
  /** Those the caller filed. */
  | 'MINE'
  /** Those of the caller's dealer. */
  | 'MY_DEALER'
  /** Those in the team queues the caller is a member of. */
  | 'MY_QUEUES'
  /** Those of the dealers of the caller's region. */
  | 'MY_REGION';

/**
 * Where a ticket stands against its service levels. Targets are minutes of calendar time
 * per category and priority, else per kind and priority (no business hours, no holidays, no
 * pause while waiting for the reporter).
 */
export type TicketSla = {
  __typename?: 'TicketSla';
  /** Its creation, or its last reopening, plus the resolution target. */
  resolveBy: Scalars['DateTime']['output'];
  /** Its creation plus the response target. */
  respondBy: Scalars['DateTime']['output'];
  /** A handler's first action: a move out of NEW or a comment the reporter sees; null before. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  state: TicketSlaState;
};

export type TicketSlaState =
  /** A running clock (response or resolution) has less than a quarter of its time left. */
  | 'AT_RISK'
  /** A target was missed: a response or a resolution after its deadline, or none by then. */
  | 'BREACHED'
  /** Resolved, both targets met. */
  | 'MET'
  /** Every running clock has at least a quarter of its time left. */
  | 'ON_TRACK';

/** A dealer's tickets by SLA state: open ones now, resolved ones within the period. */
export type TicketSlaSummary = {
  __typename?: 'TicketSlaSummary';
  openAtRisk: Scalars['Int']['output'];
  openBreached: Scalars['Int']['output'];
  openOnTrack: Scalars['Int']['output'];
  resolved: Scalars['Int']['output'];
  resolvedWithinSla: Scalars['Int']['output'];
};

/** How soon a ticket of a category and priority is answered and resolved, in calendar minutes. */
export type TicketSlaTarget = {
  __typename?: 'TicketSlaTarget';
  priority: TicketPriority;
  resolveWithinMinutes: Scalars['Int']['output'];
  respondWithinMinutes: Scalars['Int']['output'];
};

export type TicketSlaTargetInput = {
  priority: TicketPriority;
  /** At least the response target, at most 525,600 (a year). */
  resolveWithinMinutes: Scalars['Int']['input'];
  /** At least 1, at most 525,600 (a year). */
  respondWithinMinutes: Scalars['Int']['input'];
};

/** The order of a ticket list. */
export type TicketSort =
  /**
   * Soonest resolution deadline (`sla.resolveBy`) first among open tickets; resolved and
   * closed ones after them, most recently changed first.
   */
  | 'DUE_SOONEST'
  /** Newest filed first. */
  | 'NEWEST'
  /** Most urgent first (URGENT, HIGH, NORMAL, LOW), newest first within a priority. */
  | 'PRIORITY'
  /** Most recently changed first. */
  | 'RECENTLY_UPDATED';

export type TicketStatus =
  | 'CLOSED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'RESOLVED'
  | 'TRIAGED'
  /** A handler asked the reporter something. */
  | 'WAITING_FOR_REPORTER';

export type TranslationChange = {
  __typename?: 'TranslationChange';
  action: TranslationChangeAction;
  at: Scalars['DateTime']['output'];
  by?: Maybe<Person>;
  /** A reviewer's comment on REJECTED. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The forms' texts after the change. */
  forms: Array<TranslationFormValue>;
  id: Scalars['ID']['output'];
};

export type TranslationChangeAction =
  'APPROVED' | 'IMPORTED' | 'PUBLISHED' | 'REJECTED' | 'REVERTED' | 'SAVED' | 'SUBMITTED';

/** How far a namespace is translated in a locale (plural strings count once). */
export type TranslationCompletion = {
  __typename?: 'TranslationCompletion';
  /** Edits approved, waiting for the locale's next publication. */
  approved: Scalars['Int']['output'];
  locale: Scalars['String']['output'];
  /** Strings with no text in the locale (for a regional variant: never; it inherits). */
  missing: Scalars['Int']['output'];
  namespace: Scalars['String']['output'];
  /** Translations made before the English source last changed. */
  outdated: Scalars['Int']['output'];
  /** Strings of the namespace (its English keys, a plural counting once). */
  total: Scalars['Int']['output'];
  /** Strings with a text for every form, published or built in. */
  translated: Scalars['Int']['output'];
  /** Edits not yet approved: drafts and those in review. */
  unreviewed: Scalars['Int']['output'];
};

export type TranslationEntry = {
  __typename?: 'TranslationEntry';
  /** What the string is for, from the namespace's translation notes. */
  description?: Maybe<Scalars['String']['output']>;
  forms: Array<TranslationForm>;
  /** Glossary terms of the caller's brand found in the English source. */
  glossaryHits: Array<GlossaryTerm>;
  /** Newest first. */
  history: Array<TranslationChange>;
  /** `<locale>:<namespace>:<key>` */
  id: Scalars['ID']['output'];
  /** The base key (without a plural suffix). */
  key: Scalars['String']['output'];
  locale: Scalars['String']['output'];
  /** Characters the text may have, from the translation notes. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  namespace: Scalars['String']['output'];
  /** The English source changed since this translation was saved. */
  outdated: Scalars['Boolean']['output'];
  plural: Scalars['Boolean']['output'];
  /** The problems of the working text (a draft with problems cannot be sent for review). */
  problems: Array<TranslationProblem>;
  status: TranslationStatus;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who last changed it here, and when; null for built text. */
  updatedBy?: Maybe<Person>;
  /** Where the code uses it: `apps/news/src/news-feed/news-feed.ts:42`. */
  usages: Array<Scalars['String']['output']>;
};

export type TranslationEntryConnection = {
  __typename?: 'TranslationEntryConnection';
  nodes: Array<TranslationEntry>;
  pageInfo: PageInfo;
  /** Entries matching the filter and search, all pages. */
  totalCount: Scalars['Int']['output'];
};

export type TranslationFileFormat =
  /** i18next v4 JSON, nested, plural forms as `key_one`… */
  'JSON' | 'XLIFF';

export type TranslationFilter =
  | 'ALL'
  /** Entries sent for review, waiting for a reviewer. */
  | 'IN_REVIEW'
  | 'MISSING'
  /** Drafts and entries in review. */
  | 'NEEDS_REVIEW'
  | 'OUTDATED';

/**
 * One form of a string: a plain string has one, with `category` null; a plural has one per
 * CLDR plural category of the locale (`one`, `few`, `many`, `other` in Polish).
 */
export type TranslationForm = {
  __typename?: 'TranslationForm';
  category?: Maybe<Scalars['String']['output']>;
  /** What portals show now: the published edit, else the built text; null when missing. */
  publishedValue?: Maybe<Scalars['String']['output']>;
  /** The English text (for a category English lacks, such as `few`, English's `other`). */
  source: Scalars['String']['output'];
  /** The working text: the draft, else the published or built one; null when missing. */
  value?: Maybe<Scalars['String']['output']>;
};

export type TranslationFormInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};

export type TranslationFormValue = {
  __typename?: 'TranslationFormValue';
  category?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type TranslationImport = {
  __typename?: 'TranslationImport';
  /** Entries saved as drafts. */
  imported: Scalars['Int']['output'];
  /** Entries whose text equals the current one. */
  unchanged: Scalars['Int']['output'];
  /** Keys the namespace does not have (ignored). */
  unknownKeys: Array<Scalars['String']['output']>;
  /** Imported entries kept as drafts with problems. */
  withProblems: Array<TranslationEntry>;
};

/** A language the portal is translated into. */
export type TranslationLocale = {
  __typename?: 'TranslationLocale';
  /** The locale whose strings it falls back to (`es` for `es-CL`), null for a full locale. */
  base?: Maybe<Scalars['String']['output']>;
  /** BCP 47 tag: `pl`, `es-CL`. */
  code: Scalars['String']['output'];
};

/**
 * A problem with a text, in the codes of `shared/src/i18n/translation-rules.ts`:
 * EMPTY, PLACEHOLDERS (details: the placeholders missing or extra, e.g. `{{name}}`),
 * PLURAL_FORMS (details: the categories missing), HTML (details: the tags not allowed or not
 * balanced), TOO_LONG (details: the limit), FORBIDDEN_TERM (details: the glossary term).
 */
export type TranslationProblem = {
  __typename?: 'TranslationProblem';
  /** The plural category it concerns; null for a plain string or the whole entry. */
  category?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  details: Array<Scalars['String']['output']>;
};

/** A publication of a locale's approved translations. */
export type TranslationRelease = {
  __typename?: 'TranslationRelease';
  locale: Scalars['String']['output'];
  /** Entries published by this publication (0 when read back later). */
  published: Scalars['Int']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Grows by one at each publication; 0 before any. */
  release: Scalars['Int']['output'];
};

export type TranslationStatus =
  /** Approved by a reviewer, to go out with the locale's next publication. */
  | 'APPROVED'
  /** The text built into the app's bundle; nobody has edited it here. */
  | 'BUILT'
  /** Saved by a translator, not yet sent for review (possibly with problems). */
  | 'DRAFT'
  | 'IN_REVIEW'
  /** No text in this locale. */
  | 'MISSING'
  /** Served to portals. */
  | 'PUBLISHED';

/** A translation already made in the locale for the same or a similar English text. */
export type TranslationSuggestion = {
  __typename?: 'TranslationSuggestion';
  forms: Array<TranslationFormValue>;
  key: Scalars['String']['output'];
  namespace: Scalars['String']['output'];
  /** 1 for the same English text; less for a similar one. */
  similarity: Scalars['Float']['output'];
  source: Scalars['String']['output'];
};

/** What the shell needs to boot for the signed-in person. */
export type Viewer = {
  __typename?: 'Viewer';
  /**
   * The apps the person may open: those their roles allow and, for an app in a pilot wave,
   * whose cohort includes their country or dealer.
   */
  apps: Array<Scalars['String']['output']>;
  /** The brand whose theme the portal wears for this person. */
  brand: Brand;
  /** The pilot apps among `apps`: the person is part of their first wave. */
  cohorts: Array<Scalars['String']['output']>;
  /** Each role with the part of the organisation it covers. */
  grants: Array<RoleGrant>;
  /** BCP 47 tag of the person's preferred language, one of the portal's locales. */
  locale: Scalars['String']['output'];
  person: Person;
  /** The roles the person holds, whatever their scopes. */
  roles: Array<Role>;
  /** The team queues the person works tickets in, by name; empty for most people. */
  ticketQueues: Array<TicketQueue>;
};

/** The 75th percentile of each Core Web Vital over a group of samples (ms; CLS unitless). */
export type VitalsRow = {
  __typename?: 'VitalsRow';
  cls?: Maybe<Scalars['Float']['output']>;
  inp?: Maybe<Scalars['Float']['output']>;
  /** The app's name, the locale, the country code or the day (YYYY-MM-DD). */
  key: Scalars['String']['output'];
  lcp?: Maybe<Scalars['Float']['output']>;
  samples: Scalars['Int']['output'];
  ttfb?: Maybe<Scalars['Float']['output']>;
};

export type WebVitalName = 'CLS' | 'INP' | 'LCP' | 'TTFB';

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<
  TResult,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ResolverFn<TResult, TParent, TContext, TArgs>
  | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<
  TResult,
  TKey extends string,
  TParent,
  TContext,
  TArgs,
> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<
  TResult,
  TKey extends string,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<
  TTypes,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo,
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<
  T = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<
  TResult = Record<PropertyKey, never>,
  TParent = Record<PropertyKey, never>,
  TContext = Record<PropertyKey, never>,
  TArgs = Record<PropertyKey, never>,
> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo,
) => TResult | Promise<TResult>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AppRollout: ResolverTypeWrapper<
    Omit<AppRollout, 'updatedBy'> & { updatedBy?: Maybe<ResolversTypes['Person']> }
  >;
  AppRolloutInput: AppRolloutInput;
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleCategory: ArticleCategory;
  ArticleConnection: ResolverTypeWrapper<
    Omit<ArticleConnection, 'edges'> & { edges: Array<ResolversTypes['ArticleEdge']> }
  >;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleReach: ResolverTypeWrapper<
    Omit<ArticleReach, 'notAcknowledged'> & { notAcknowledged: Array<ResolversTypes['Person']> }
  >;
  ArticleStatus: ArticleStatus;
  ArticleTargetInput: ArticleTargetInput;
  ArticleVersion: ResolverTypeWrapper<ArticleVersion>;
  ArticleVersionInput: ArticleVersionInput;
  ArticleVideo: ResolverTypeWrapper<ArticleVideo>;
  Attachment: ResolverTypeWrapper<Attachment>;
  AttachmentInput: AttachmentInput;
  Audience: ResolverTypeWrapper<Audience>;
  AudienceInput: AudienceInput;
  AuditConnection: ResolverTypeWrapper<
    Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }
  >;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntry: ResolverTypeWrapper<Omit<AuditEntry, 'actor'> & { actor: ResolversTypes['Person'] }>;
  AuditFilter: AuditFilter;
  Author: ResolverTypeWrapper<Author>;
  Barometer: ResolverTypeWrapper<Barometer>;
  BarometerComparison: BarometerComparison;
  BarometerLevel: BarometerLevel;
  BarometerRow: ResolverTypeWrapper<BarometerRow>;
  BarometerScope: ResolverTypeWrapper<BarometerScope>;
  BarometerScopeInput: BarometerScopeInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Brand: ResolverTypeWrapper<Brand>;
  Comment: ResolverTypeWrapper<CommentModel>;
  CommentConnection: ResolverTypeWrapper<
    Omit<CommentConnection, 'edges'> & { edges: Array<ResolversTypes['CommentEdge']> }
  >;
  CommentEdge: ResolverTypeWrapper<Omit<CommentEdge, 'node'> & { node: ResolversTypes['Comment'] }>;
  CommentHoldReason: CommentHoldReason;
  CommentReport: ResolverTypeWrapper<CommentReport>;
  CommentStatus: CommentStatus;
  Community: ResolverTypeWrapper<Community>;
  Country: ResolverTypeWrapper<Country>;
  CreateTicketInput: CreateTicketInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dealer: ResolverTypeWrapper<Dealer>;
  DealerBarometer: ResolverTypeWrapper<DealerBarometer>;
  DealerConnection: ResolverTypeWrapper<DealerConnection>;
  DealerEdge: ResolverTypeWrapper<DealerEdge>;
  DealerKpi: ResolverTypeWrapper<DealerKpi>;
  EditorialArticle: ResolverTypeWrapper<EditorialArticleModel>;
  EditorialArticleConnection: ResolverTypeWrapper<
    Omit<EditorialArticleConnection, 'edges'> & {
      edges: Array<ResolversTypes['EditorialArticleEdge']>;
    }
  >;
  EditorialArticleEdge: ResolverTypeWrapper<
    Omit<EditorialArticleEdge, 'node'> & { node: ResolversTypes['EditorialArticle'] }
  >;
  EngagementBarometer: ResolverTypeWrapper<EngagementBarometer>;
  EngagementRow: ResolverTypeWrapper<EngagementRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GlossaryTerm: ResolverTypeWrapper<GlossaryTerm>;
  GlossaryTermInput: GlossaryTermInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Job: Job;
  Kpi: ResolverTypeWrapper<Kpi>;
  KpiBreakdown: KpiBreakdown;
  KpiBreakdownRow: ResolverTypeWrapper<KpiBreakdownRow>;
  KpiCell: ResolverTypeWrapper<KpiCell>;
  KpiImportError: ResolverTypeWrapper<KpiImportError>;
  KpiImportErrorReason: KpiImportErrorReason;
  KpiImportReport: ResolverTypeWrapper<KpiImportReport>;
  KpiMeasurementInput: KpiMeasurementInput;
  KpiPeriodKind: KpiPeriodKind;
  KpiPoint: ResolverTypeWrapper<KpiPoint>;
  KpiRollup: KpiRollup;
  KpiStatus: KpiStatus;
  KpiUnit: KpiUnit;
  LiveStream: ResolverTypeWrapper<LiveStream>;
  LiveStreamInput: LiveStreamInput;
  ModerationDecision: ModerationDecision;
  ModerationItem: ResolverTypeWrapper<
    Omit<ModerationItem, 'comment' | 'inReplyTo'> & {
      comment: ResolversTypes['Comment'];
      inReplyTo?: Maybe<ResolversTypes['Comment']>;
    }
  >;
  ModerationQueueConnection: ResolverTypeWrapper<
    Omit<ModerationQueueConnection, 'edges'> & {
      edges: Array<ResolversTypes['ModerationQueueEdge']>;
    }
  >;
  ModerationQueueEdge: ResolverTypeWrapper<
    Omit<ModerationQueueEdge, 'node'> & { node: ResolversTypes['ModerationItem'] }
  >;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NetworkTheme: ResolverTypeWrapper<NetworkTheme>;
  NetworkThemeKind: NetworkThemeKind;
  NetworkThemeRegion: ResolverTypeWrapper<NetworkThemeRegion>;
  NewArticleInput: NewArticleInput;
  NonConformity: ResolverTypeWrapper<NonConformity>;
  NonConformityInput: NonConformityInput;
  NonConformitySeverity: NonConformitySeverity;
  Notification: ResolverTypeWrapper<
    Omit<Notification, 'article' | 'ticket'> & {
      article?: Maybe<ResolversTypes['Article']>;
      ticket?: Maybe<ResolversTypes['Ticket']>;
    }
  >;
  NotificationCentre: ResolverTypeWrapper<
    Omit<NotificationCentre, 'items'> & { items: Array<ResolversTypes['Notification']> }
  >;
  NotificationKind: NotificationKind;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<
    Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }
  >;
  PersonDataExport: ResolverTypeWrapper<PersonDataExport>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PortalHealth: ResolverTypeWrapper<PortalHealth>;
  PulseAnswerInput: PulseAnswerInput;
  PulseAudience: ResolverTypeWrapper<PulseAudience>;
  PulseAudienceInput: PulseAudienceInput;
  PulseQuestion: ResolverTypeWrapper<PulseQuestion>;
  PulseQuestionInput: PulseQuestionInput;
  PulseQuestionKind: PulseQuestionKind;
  PulseQuestionResult: ResolverTypeWrapper<PulseQuestionResult>;
  PulseSurvey: ResolverTypeWrapper<
    Omit<PulseSurvey, 'author'> & { author: ResolversTypes['Person'] }
  >;
  PulseSurveyConnection: ResolverTypeWrapper<
    Omit<PulseSurveyConnection, 'edges'> & { edges: Array<ResolversTypes['PulseSurveyEdge']> }
  >;
  PulseSurveyEdge: ResolverTypeWrapper<
    Omit<PulseSurveyEdge, 'node'> & { node: ResolversTypes['PulseSurvey'] }
  >;
  PulseSurveyInput: PulseSurveyInput;
  PulseSurveyStatus: PulseSurveyStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReachGroup: ResolverTypeWrapper<ReachGroup>;
  ReactionCount: ResolverTypeWrapper<ReactionCount>;
  ReactionKind: ReactionKind;
  Region: ResolverTypeWrapper<Region>;
  Role: Role;
  RoleGrant: ResolverTypeWrapper<RoleGrant>;
  RolloutWave: RolloutWave;
  SaveTranslationInput: SaveTranslationInput;
  Scope: ResolverTypeWrapper<Scope>;
  ScopeType: ScopeType;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Team: ResolverTypeWrapper<Team>;
  TeamKind: TeamKind;
  Ticket: ResolverTypeWrapper<TicketModel>;
  TicketAttachment: ResolverTypeWrapper<TicketAttachment>;
  TicketCategory: ResolverTypeWrapper<TicketCategoryModel>;
  TicketCategoryInput: TicketCategoryInput;
  TicketCategoryName: ResolverTypeWrapper<TicketCategoryName>;
  TicketCategoryNameInput: TicketCategoryNameInput;
  TicketChecklistItem: ResolverTypeWrapper<TicketChecklistItem>;
  TicketComment: ResolverTypeWrapper<TicketComment>;
  TicketConnection: ResolverTypeWrapper<
    Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }
  >;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketEvent: ResolverTypeWrapper<
    Omit<TicketEvent, 'queue'> & { queue?: Maybe<ResolversTypes['TicketQueue']> }
  >;
  TicketEventAction: TicketEventAction;
  TicketFilter: TicketFilter;
  TicketKind: TicketKind;
  TicketPerson: ResolverTypeWrapper<TicketPerson>;
  TicketPhoto: ResolverTypeWrapper<TicketPhoto>;
  TicketPriority: TicketPriority;
  TicketQueue: ResolverTypeWrapper<TicketQueueModel>;
  TicketQueueInput: TicketQueueInput;
  TicketScope: TicketScope;
  TicketSla: ResolverTypeWrapper<TicketSla>;
  TicketSlaState: TicketSlaState;
  TicketSlaSummary: ResolverTypeWrapper<TicketSlaSummary>;
  TicketSlaTarget: ResolverTypeWrapper<TicketSlaTarget>;
  TicketSlaTargetInput: TicketSlaTargetInput;
  TicketSort: TicketSort;
  TicketStatus: TicketStatus;
  TranslationChange: ResolverTypeWrapper<TranslationChangeModel>;
  TranslationChangeAction: TranslationChangeAction;
  TranslationCompletion: ResolverTypeWrapper<TranslationCompletion>;
  TranslationEntry: ResolverTypeWrapper<TranslationEntryModel>;
  TranslationEntryConnection: ResolverTypeWrapper<
    Omit<TranslationEntryConnection, 'nodes'> & { nodes: Array<ResolversTypes['TranslationEntry']> }
  >;
  TranslationFileFormat: TranslationFileFormat;
  TranslationFilter: TranslationFilter;
  TranslationForm: ResolverTypeWrapper<TranslationForm>;
  TranslationFormInput: TranslationFormInput;
  TranslationFormValue: ResolverTypeWrapper<TranslationFormValue>;
  TranslationImport: ResolverTypeWrapper<
    Omit<TranslationImport, 'withProblems'> & {
      withProblems: Array<ResolversTypes['TranslationEntry']>;
    }
  >;
  TranslationLocale: ResolverTypeWrapper<TranslationLocale>;
  TranslationProblem: ResolverTypeWrapper<TranslationProblem>;
  TranslationRelease: ResolverTypeWrapper<TranslationRelease>;
  TranslationStatus: TranslationStatus;
  TranslationSuggestion: ResolverTypeWrapper<TranslationSuggestion>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  VitalsRow: ResolverTypeWrapper<VitalsRow>;
  WebVitalName: WebVitalName;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AppRollout: Omit<AppRollout, 'updatedBy'> & { updatedBy?: Maybe<ResolversParentTypes['Person']> };
  AppRolloutInput: AppRolloutInput;
  Article: ArticleModel;
  ArticleConnection: Omit<ArticleConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['ArticleEdge']>;
  };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleReach: Omit<ArticleReach, 'notAcknowledged'> & {
    notAcknowledged: Array<ResolversParentTypes['Person']>;
  };
  ArticleTargetInput: ArticleTargetInput;
  ArticleVersion: ArticleVersion;
  ArticleVersionInput: ArticleVersionInput;
  ArticleVideo: ArticleVideo;
  Attachment: Attachment;
  AttachmentInput: AttachmentInput;
  Audience: Audience;
  AudienceInput: AudienceInput;
  AuditConnection: Omit<AuditConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['AuditEdge']>;
  };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntry: Omit<AuditEntry, 'actor'> & { actor: ResolversParentTypes['Person'] };
  AuditFilter: AuditFilter;
  Author: Author;
  Barometer: Barometer;
  BarometerRow: BarometerRow;
  BarometerScope: BarometerScope;
  BarometerScopeInput: BarometerScopeInput;
  Boolean: Scalars['Boolean']['output'];
  Brand: Brand;
  Comment: CommentModel;
  CommentConnection: Omit<CommentConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['CommentEdge']>;
  };
  CommentEdge: Omit<CommentEdge, 'node'> & { node: ResolversParentTypes['Comment'] };
  CommentReport: CommentReport;
  Community: Community;
  Country: Country;
  CreateTicketInput: CreateTicketInput;
  DateTime: Scalars['DateTime']['output'];
  Dealer: Dealer;
  DealerBarometer: DealerBarometer;
  DealerConnection: DealerConnection;
  DealerEdge: DealerEdge;
  DealerKpi: DealerKpi;
  EditorialArticle: EditorialArticleModel;
  EditorialArticleConnection: Omit<EditorialArticleConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['EditorialArticleEdge']>;
  };
  EditorialArticleEdge: Omit<EditorialArticleEdge, 'node'> & {
    node: ResolversParentTypes['EditorialArticle'];
  };
  EngagementBarometer: EngagementBarometer;
  EngagementRow: EngagementRow;
  Float: Scalars['Float']['output'];
  GlossaryTerm: GlossaryTerm;
  GlossaryTermInput: GlossaryTermInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Kpi: Kpi;
  KpiBreakdownRow: KpiBreakdownRow;
  KpiCell: KpiCell;
  KpiImportError: KpiImportError;
  KpiImportReport: KpiImportReport;
  KpiMeasurementInput: KpiMeasurementInput;
  KpiPoint: KpiPoint;
  LiveStream: LiveStream;
  LiveStreamInput: LiveStreamInput;
  ModerationItem: Omit<ModerationItem, 'comment' | 'inReplyTo'> & {
    comment: ResolversParentTypes['Comment'];
    inReplyTo?: Maybe<ResolversParentTypes['Comment']>;
  };
  ModerationQueueConnection: Omit<ModerationQueueConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['ModerationQueueEdge']>;
  };
  ModerationQueueEdge: Omit<ModerationQueueEdge, 'node'> & {
    node: ResolversParentTypes['ModerationItem'];
  };
  Mutation: Record<PropertyKey, never>;
  NetworkTheme: NetworkTheme;
  NetworkThemeRegion: NetworkThemeRegion;
  NewArticleInput: NewArticleInput;
  NonConformity: NonConformity;
  NonConformityInput: NonConformityInput;
  Notification: Omit<Notification, 'article' | 'ticket'> & {
    article?: Maybe<ResolversParentTypes['Article']>;
    ticket?: Maybe<ResolversParentTypes['Ticket']>;
  };
  NotificationCentre: Omit<NotificationCentre, 'items'> & {
    items: Array<ResolversParentTypes['Notification']>;
  };
  PageInfo: PageInfo;
  Person: PersonModel;
  PersonConnection: Omit<PersonConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['PersonEdge']>;
  };
  PersonDataExport: PersonDataExport;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PortalHealth: PortalHealth;
  PulseAnswerInput: PulseAnswerInput;
  PulseAudience: PulseAudience;
  PulseAudienceInput: PulseAudienceInput;
  PulseQuestion: PulseQuestion;
  PulseQuestionInput: PulseQuestionInput;
  PulseQuestionResult: PulseQuestionResult;
  PulseSurvey: Omit<PulseSurvey, 'author'> & { author: ResolversParentTypes['Person'] };
  PulseSurveyConnection: Omit<PulseSurveyConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['PulseSurveyEdge']>;
  };
  PulseSurveyEdge: Omit<PulseSurveyEdge, 'node'> & { node: ResolversParentTypes['PulseSurvey'] };
  PulseSurveyInput: PulseSurveyInput;
  Query: Record<PropertyKey, never>;
  ReachGroup: ReachGroup;
  ReactionCount: ReactionCount;
  Region: Region;
  RoleGrant: RoleGrant;
  SaveTranslationInput: SaveTranslationInput;
  Scope: Scope;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Team: Team;
  Ticket: TicketModel;
  TicketAttachment: TicketAttachment;
  TicketCategory: TicketCategoryModel;
  TicketCategoryInput: TicketCategoryInput;
  TicketCategoryName: TicketCategoryName;
  TicketCategoryNameInput: TicketCategoryNameInput;
  TicketChecklistItem: TicketChecklistItem;
  TicketComment: TicketComment;
  TicketConnection: Omit<TicketConnection, 'edges'> & {
    edges: Array<ResolversParentTypes['TicketEdge']>;
  };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  TicketEvent: Omit<TicketEvent, 'queue'> & { queue?: Maybe<ResolversParentTypes['TicketQueue']> };
  TicketFilter: TicketFilter;
  TicketPerson: TicketPerson;
  TicketPhoto: TicketPhoto;
  TicketQueue: TicketQueueModel;
  TicketQueueInput: TicketQueueInput;
  TicketSla: TicketSla;
  TicketSlaSummary: TicketSlaSummary;
  TicketSlaTarget: TicketSlaTarget;
  TicketSlaTargetInput: TicketSlaTargetInput;
  TranslationChange: TranslationChangeModel;
  TranslationCompletion: TranslationCompletion;
  TranslationEntry: TranslationEntryModel;
  TranslationEntryConnection: Omit<TranslationEntryConnection, 'nodes'> & {
    nodes: Array<ResolversParentTypes['TranslationEntry']>;
  };
  TranslationForm: TranslationForm;
  TranslationFormInput: TranslationFormInput;
  TranslationFormValue: TranslationFormValue;
  TranslationImport: Omit<TranslationImport, 'withProblems'> & {
    withProblems: Array<ResolversParentTypes['TranslationEntry']>;
  };
  TranslationLocale: TranslationLocale;
  TranslationProblem: TranslationProblem;
  TranslationRelease: TranslationRelease;
  TranslationSuggestion: TranslationSuggestion;
  Viewer: ViewerModel;
  VitalsRow: VitalsRow;
};

export type AppRolloutResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AppRollout'] = ResolversParentTypes['AppRollout'],
> = {
  app?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  dealers?: Resolver<Array<ResolversTypes['Dealer']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  wave?: Resolver<ResolversTypes['RolloutWave'], ParentType, ContextType>;
};

export type ArticleResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article'],
> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ArticleCategory'], ParentType, ContextType>;
  commentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageAlt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  isFallback?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  liveStream?: Resolver<Maybe<ResolversTypes['LiveStream']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mustRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mustReadBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pinnedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reactions?: Resolver<Array<ResolversTypes['ReactionCount']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  video?: Resolver<Maybe<ResolversTypes['ArticleVideo']>, ParentType, ContextType>;
};

export type ArticleConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ArticleConnection'] =
    ResolversParentTypes['ArticleConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type ArticleReachResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ArticleReach'] = ResolversParentTypes['ArticleReach'],
> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['ReachGroup']>, ParentType, ContextType>;
  byDealer?: Resolver<Array<ResolversTypes['ReachGroup']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['ReachGroup']>, ParentType, ContextType>;
  notAcknowledged?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleVersionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ArticleVersion'] =
    ResolversParentTypes['ArticleVersion'],
> = {
  bodyHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  imageAlt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ArticleVideoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ArticleVideo'] = ResolversParentTypes['ArticleVideo'],
> = {
  embedUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttachmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment'],
> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AudienceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Audience'] = ResolversParentTypes['Audience'],
> = {
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  dealer?: Resolver<Maybe<ResolversTypes['Dealer']>, ParentType, ContextType>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
};

export type AuditConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditConnection'] =
    ResolversParentTypes['AuditConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry'],
> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  actorGrants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuthorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author'],
> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BarometerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Barometer'] = ResolversParentTypes['Barometer'],
> = {
  comparisonPeriod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kpis?: Resolver<Array<ResolversTypes['Kpi']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rollups?: Resolver<Array<ResolversTypes['BarometerRow']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['BarometerRow']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['BarometerScope'], ParentType, ContextType>;
  trendPeriods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BarometerRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BarometerRow'] = ResolversParentTypes['BarometerRow'],
> = {
  cells?: Resolver<Array<ResolversTypes['KpiCell']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['BarometerLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BarometerScopeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['BarometerScope'] =
    ResolversParentTypes['BarometerScope'],
> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['BarometerLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BrandResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Brand'] = ResolversParentTypes['Brand'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Comment'] = ResolversParentTypes['Comment'],
> = {
  articleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  heldFor?: Resolver<Maybe<ResolversTypes['CommentHoldReason']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  replies?: Resolver<Array<ResolversTypes['Comment']>, ParentType, ContextType>;
  reportedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CommentStatus'], ParentType, ContextType>;
};

export type CommentConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CommentConnection'] =
    ResolversParentTypes['CommentConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['CommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CommentEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CommentEdge'] = ResolversParentTypes['CommentEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
};

export type CommentReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['CommentReport'] = ResolversParentTypes['CommentReport'],
> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CommunityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Community'] = ResolversParentTypes['Community'],
> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CountryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'],
> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<
  ResolversTypes['DateTime'],
  any
> {
  name: 'DateTime';
}

export type DealerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Dealer'] = ResolversParentTypes['Dealer'],
> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type DealerBarometerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DealerBarometer'] =
    ResolversParentTypes['DealerBarometer'],
> = {
  dealer?: Resolver<ResolversTypes['Dealer'], ParentType, ContextType>;
  engagement?: Resolver<ResolversTypes['EngagementRow'], ParentType, ContextType>;
  kpis?: Resolver<Array<ResolversTypes['DealerKpi']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tickets?: Resolver<ResolversTypes['TicketSlaSummary'], ParentType, ContextType>;
};

export type DealerConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DealerConnection'] =
    ResolversParentTypes['DealerConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['DealerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type DealerEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DealerEdge'] = ResolversParentTypes['DealerEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dealer'], ParentType, ContextType>;
};

export type DealerKpiResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['DealerKpi'] = ResolversParentTypes['DealerKpi'],
> = {
  breakdown?: Resolver<Array<ResolversTypes['KpiBreakdownRow']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['KpiCell'], ParentType, ContextType>;
  kpi?: Resolver<ResolversTypes['Kpi'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
};

export type EditorialArticleResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EditorialArticle'] =
    ResolversParentTypes['EditorialArticle'],
> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  audiences?: Resolver<Array<ResolversTypes['Audience']>, ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['ArticleCategory'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imageUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  liveStream?: Resolver<Maybe<ResolversTypes['LiveStream']>, ParentType, ContextType>;
  mustRead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mustReadBy?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  originalLocale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pinnedUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reach?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ArticleStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timeZone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ArticleVersion']>, ParentType, ContextType>;
  video?: Resolver<Maybe<ResolversTypes['ArticleVideo']>, ParentType, ContextType>;
};

export type EditorialArticleConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EditorialArticleConnection'] =
    ResolversParentTypes['EditorialArticleConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['EditorialArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type EditorialArticleEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EditorialArticleEdge'] =
    ResolversParentTypes['EditorialArticleEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EditorialArticle'], ParentType, ContextType>;
};

export type EngagementBarometerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EngagementBarometer'] =
    ResolversParentTypes['EngagementBarometer'],
> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rollups?: Resolver<Array<ResolversTypes['EngagementRow']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['EngagementRow']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['BarometerScope'], ParentType, ContextType>;
};

export type EngagementRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['EngagementRow'] = ResolversParentTypes['EngagementRow'],
> = {
  activePeople?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['BarometerLevel'], ParentType, ContextType>;
  mustReadsAcknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mustReadsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsResolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsResolvedWithinSla?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GlossaryTermResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['GlossaryTerm'] = ResolversParentTypes['GlossaryTerm'],
> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  forbidden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KpiResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Kpi'] = ResolversParentTypes['Kpi'],
> = {
  breakdown?: Resolver<ResolversTypes['KpiBreakdown'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  higherIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['KpiPeriodKind'], ParentType, ContextType>;
  rollup?: Resolver<ResolversTypes['KpiRollup'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['KpiUnit'], ParentType, ContextType>;
};

export type KpiBreakdownRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['KpiBreakdownRow'] =
    ResolversParentTypes['KpiBreakdownRow'],
> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type KpiCellResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['KpiCell'] = ResolversParentTypes['KpiCell'],
> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  attainment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  comparison?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kpiId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['KpiStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  trend?: Resolver<Array<Maybe<ResolversTypes['Float']>>, ParentType, ContextType>;
};

export type KpiImportErrorResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['KpiImportError'] =
    ResolversParentTypes['KpiImportError'],
> = {
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['KpiImportErrorReason'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KpiImportReportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['KpiImportReport'] =
    ResolversParentTypes['KpiImportReport'],
> = {
  errors?: Resolver<Array<ResolversTypes['KpiImportError']>, ParentType, ContextType>;
  inserted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moreErrors?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KpiPointResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['KpiPoint'] = ResolversParentTypes['KpiPoint'],
> = {
  actual?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type LiveStreamResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['LiveStream'] = ResolversParentTypes['LiveStream'],
> = {
  embedUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  provider?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ModerationItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ModerationItem'] =
    ResolversParentTypes['ModerationItem'],
> = {
  articleTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['Comment'], ParentType, ContextType>;
  inReplyTo?: Resolver<Maybe<ResolversTypes['Comment']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['CommentReport']>, ParentType, ContextType>;
};

export type ModerationQueueConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ModerationQueueConnection'] =
    ResolversParentTypes['ModerationQueueConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['ModerationQueueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ModerationQueueEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ModerationQueueEdge'] =
    ResolversParentTypes['ModerationQueueEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModerationItem'], ParentType, ContextType>;
};

export type MutationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation'],
> = {
  acknowledgeArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationAcknowledgeArticleArgs, 'id'>
  >;
  addComment?: Resolver<
    ResolversTypes['Comment'],
    ParentType,
    ContextType,
    RequireFields<MutationAddCommentArgs, 'articleId' | 'body'>
  >;
  addTicketComment?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationAddTicketCommentArgs, 'body' | 'id' | 'internal'>
  >;
  answerPulseSurvey?: Resolver<
    ResolversTypes['PulseSurvey'],
    ParentType,
    ContextType,
    RequireFields<MutationAnswerPulseSurveyArgs, 'answers' | 'id'>
  >;
  assignTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationAssignTicketArgs, 'id' | 'queueId'>
  >;
  closePulseSurvey?: Resolver<
    ResolversTypes['PulseSurvey'],
    ParentType,
    ContextType,
    RequireFields<MutationClosePulseSurveyArgs, 'id'>
  >;
  createArticle?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateArticleArgs, 'input'>
  >;
  createTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationCreateTicketArgs, 'idempotencyKey' | 'input'>
  >;
  deleteArticleVersion?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteArticleVersionArgs, 'id' | 'locale'>
  >;
  deleteGlossaryTerm?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationDeleteGlossaryTermArgs, 'id'>
  >;
  editComment?: Resolver<
    ResolversTypes['Comment'],
    ParentType,
    ContextType,
    RequireFields<MutationEditCommentArgs, 'body' | 'id'>
  >;
  erasePerson?: Resolver<
    ResolversTypes['Person'],
    ParentType,
    ContextType,
    RequireFields<MutationErasePersonArgs, 'personId' | 'reason'>
  >;
  exportPersonData?: Resolver<
    ResolversTypes['PersonDataExport'],
    ParentType,
    ContextType,
    RequireFields<MutationExportPersonDataArgs, 'personId'>
  >;
  importKpiMeasurements?: Resolver<
    ResolversTypes['KpiImportReport'],
    ParentType,
    ContextType,
    RequireFields<MutationImportKpiMeasurementsArgs, 'csv'>
  >;
  importTranslations?: Resolver<
    ResolversTypes['TranslationImport'],
    ParentType,
    ContextType,
    RequireFields<MutationImportTranslationsArgs, 'content' | 'format' | 'locale'>
  >;
  markNotificationsSeen?: Resolver<
    ResolversTypes['NotificationCentre'],
    ParentType,
    ContextType,
    Partial<MutationMarkNotificationsSeenArgs>
  >;
  moderateComment?: Resolver<
    ResolversTypes['Comment'],
    ParentType,
    ContextType,
    RequireFields<MutationModerateCommentArgs, 'decision' | 'id' | 'reason'>
  >;
  moveArticle?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveArticleArgs, 'id' | 'to'>
  >;
  moveTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationMoveTicketArgs, 'id' | 'to'>
  >;
  openPulseSurvey?: Resolver<
    ResolversTypes['PulseSurvey'],
    ParentType,
    ContextType,
    RequireFields<MutationOpenPulseSurveyArgs, 'closesAt' | 'id'>
  >;
  pinArticle?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationPinArticleArgs, 'id'>
  >;
  publishTranslations?: Resolver<
    ResolversTypes['TranslationRelease'],
    ParentType,
    ContextType,
    RequireFields<MutationPublishTranslationsArgs, 'locale'>
  >;
  reactToArticle?: Resolver<
    ResolversTypes['Article'],
    ParentType,
    ContextType,
    RequireFields<MutationReactToArticleArgs, 'active' | 'articleId' | 'kind'>
  >;
  recordArticleOpened?: Resolver<
    ResolversTypes['Boolean'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordArticleOpenedArgs, 'id'>
  >;
  recordKpiMeasurements?: Resolver<
    ResolversTypes['KpiImportReport'],
    ParentType,
    ContextType,
    RequireFields<MutationRecordKpiMeasurementsArgs, 'idempotencyKey' | 'rows'>
  >;
  reportComment?: Resolver<
    ResolversTypes['Comment'],
    ParentType,
    ContextType,
    RequireFields<MutationReportCommentArgs, 'id' | 'reason'>
  >;
  revertTranslation?: Resolver<
    ResolversTypes['TranslationEntry'],
    ParentType,
    ContextType,
    RequireFields<MutationRevertTranslationArgs, 'changeId'>
  >;
  reviewTranslation?: Resolver<
    ResolversTypes['TranslationEntry'],
    ParentType,
    ContextType,
    RequireFields<MutationReviewTranslationArgs, 'approve' | 'key' | 'locale' | 'namespace'>
  >;
  saveArticleVersion?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveArticleVersionArgs, 'id' | 'version'>
  >;
  saveGlossaryTerm?: Resolver<
    ResolversTypes['GlossaryTerm'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveGlossaryTermArgs, 'input'>
  >;
  savePulseSurvey?: Resolver<
    ResolversTypes['PulseSurvey'],
    ParentType,
    ContextType,
    RequireFields<MutationSavePulseSurveyArgs, 'input'>
  >;
  saveTicketCategory?: Resolver<
    ResolversTypes['TicketCategory'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveTicketCategoryArgs, 'input'>
  >;
  saveTicketQueue?: Resolver<
    ResolversTypes['TicketQueue'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveTicketQueueArgs, 'input'>
  >;
  saveTranslation?: Resolver<
    ResolversTypes['TranslationEntry'],
    ParentType,
    ContextType,
    RequireFields<MutationSaveTranslationArgs, 'input'>
  >;
  setAppRollout?: Resolver<
    ResolversTypes['AppRollout'],
    ParentType,
    ContextType,
    RequireFields<MutationSetAppRolloutArgs, 'input'>
  >;
  setArticleAttachments?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationSetArticleAttachmentsArgs, 'attachments' | 'id'>
  >;
  setArticleLiveStream?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationSetArticleLiveStreamArgs, 'id'>
  >;
  setArticleTarget?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationSetArticleTargetArgs, 'id' | 'target'>
  >;
  setArticleTopics?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationSetArticleTopicsArgs, 'category' | 'id' | 'tags'>
  >;
  setArticleVideo?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<MutationSetArticleVideoArgs, 'id'>
  >;
  setAuditRetention?: Resolver<
    ResolversTypes['AuditConnection'],
    ParentType,
    ContextType,
    RequireFields<MutationSetAuditRetentionArgs, 'days'>
  >;
  setTicketChecklistItem?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationSetTicketChecklistItemArgs, 'done' | 'id' | 'itemId'>
  >;
  setTicketTags?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationSetTicketTagsArgs, 'id' | 'tags'>
  >;
  submitTranslations?: Resolver<
    Array<ResolversTypes['TranslationEntry']>,
    ParentType,
    ContextType,
    RequireFields<MutationSubmitTranslationsArgs, 'keys' | 'locale' | 'namespace'>
  >;
  watchTicket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<MutationWatchTicketArgs, 'id' | 'watching'>
  >;
};

export type NetworkThemeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NetworkTheme'] = ResolversParentTypes['NetworkTheme'],
> = {
  byRegion?: Resolver<Array<ResolversTypes['NetworkThemeRegion']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NetworkThemeKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NetworkThemeRegionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NetworkThemeRegion'] =
    ResolversParentTypes['NetworkThemeRegion'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type NonConformityResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NonConformity'] = ResolversParentTypes['NonConformity'],
> = {
  customerReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['NonConformitySeverity'], ParentType, ContextType>;
  vin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification'],
> = {
  actor?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
  assignedToMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  movedTo?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType>;
  unread?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NotificationCentreResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['NotificationCentre'] =
    ResolversParentTypes['NotificationCentre'],
> = {
  items?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  unread?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo'],
> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'],
> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  dealer?: Resolver<Maybe<ResolversTypes['Dealer']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  erased?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  team?: Resolver<Maybe<ResolversTypes['Team']>, ParentType, ContextType>;
};

export type PersonConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonConnection'] =
    ResolversParentTypes['PersonConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PersonDataExportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonDataExport'] =
    ResolversParentTypes['PersonDataExport'],
> = {
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  json?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PortalHealthResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PortalHealth'] = ResolversParentTypes['PortalHealth'],
> = {
  byApp?: Resolver<Array<ResolversTypes['VitalsRow']>, ParentType, ContextType>;
  byCountry?: Resolver<Array<ResolversTypes['VitalsRow']>, ParentType, ContextType>;
  byDay?: Resolver<Array<ResolversTypes['VitalsRow']>, ParentType, ContextType>;
  byLocale?: Resolver<Array<ResolversTypes['VitalsRow']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PulseAudienceResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PulseAudience'] = ResolversParentTypes['PulseAudience'],
> = {
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  dealers?: Resolver<Array<ResolversTypes['Dealer']>, ParentType, ContextType>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type PulseQuestionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PulseQuestion'] = ResolversParentTypes['PulseQuestion'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PulseQuestionKind'], ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PulseQuestionResultResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PulseQuestionResult'] =
    ResolversParentTypes['PulseQuestionResult'],
> = {
  answers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  distribution?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  questionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  texts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PulseSurveyResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PulseSurvey'] = ResolversParentTypes['PulseSurvey'],
> = {
  answeredByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['PulseAudience'], ParentType, ContextType>;
  audienceSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  author?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  closesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  questions?: Resolver<Array<ResolversTypes['PulseQuestion']>, ParentType, ContextType>;
  responseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Maybe<Array<ResolversTypes['PulseQuestionResult']>>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PulseSurveyStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PulseSurveyConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PulseSurveyConnection'] =
    ResolversParentTypes['PulseSurveyConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['PulseSurveyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PulseSurveyEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['PulseSurveyEdge'] =
    ResolversParentTypes['PulseSurveyEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PulseSurvey'], ParentType, ContextType>;
};

export type QueryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query'],
> = {
  adminTicketCategories?: Resolver<
    Array<ResolversTypes['TicketCategory']>,
    ParentType,
    ContextType,
    Partial<QueryAdminTicketCategoriesArgs>
  >;
  adminTicketQueues?: Resolver<Array<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
  appRollouts?: Resolver<Array<ResolversTypes['AppRollout']>, ParentType, ContextType>;
  article?: Resolver<
    Maybe<ResolversTypes['Article']>,
    ParentType,
    ContextType,
    RequireFields<QueryArticleArgs, 'id'>
  >;
  articleComments?: Resolver<
    ResolversTypes['CommentConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryArticleCommentsArgs, 'articleId' | 'first'>
  >;
  articleReach?: Resolver<
    ResolversTypes['ArticleReach'],
    ParentType,
    ContextType,
    RequireFields<QueryArticleReachArgs, 'id'>
  >;
  audienceReach?: Resolver<
    ResolversTypes['Int'],
    ParentType,
    ContextType,
    RequireFields<QueryAudienceReachArgs, 'target'>
  >;
  auditLog?: Resolver<
    ResolversTypes['AuditConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryAuditLogArgs, 'first'>
  >;
  barometer?: Resolver<
    ResolversTypes['Barometer'],
    ParentType,
    ContextType,
    RequireFields<QueryBarometerArgs, 'compareTo' | 'period' | 'scope'>
  >;
  barometerScopes?: Resolver<Array<ResolversTypes['BarometerScope']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  dealer?: Resolver<
    Maybe<ResolversTypes['Dealer']>,
    ParentType,
    ContextType,
    RequireFields<QueryDealerArgs, 'id'>
  >;
  dealerBarometer?: Resolver<
    ResolversTypes['DealerBarometer'],
    ParentType,
    ContextType,
    RequireFields<QueryDealerBarometerArgs, 'dealerId' | 'period'>
  >;
  dealers?: Resolver<
    ResolversTypes['DealerConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryDealersArgs, 'first'>
  >;
  editorCommunities?: Resolver<Array<ResolversTypes['Community']>, ParentType, ContextType>;
  editorialArticle?: Resolver<
    ResolversTypes['EditorialArticle'],
    ParentType,
    ContextType,
    RequireFields<QueryEditorialArticleArgs, 'id'>
  >;
  editorialArticles?: Resolver<
    ResolversTypes['EditorialArticleConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryEditorialArticlesArgs, 'first'>
  >;
  engagementBarometer?: Resolver<
    ResolversTypes['EngagementBarometer'],
    ParentType,
    ContextType,
    RequireFields<QueryEngagementBarometerArgs, 'period' | 'scope'>
  >;
  glossary?: Resolver<
    Array<ResolversTypes['GlossaryTerm']>,
    ParentType,
    ContextType,
    RequireFields<QueryGlossaryArgs, 'locale'>
  >;
  liveNow?: Resolver<
    Array<ResolversTypes['Article']>,
    ParentType,
    ContextType,
    Partial<QueryLiveNowArgs>
  >;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  moderationQueue?: Resolver<
    ResolversTypes['ModerationQueueConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryModerationQueueArgs, 'first'>
  >;
  mustReads?: Resolver<
    Array<ResolversTypes['Article']>,
    ParentType,
    ContextType,
    Partial<QueryMustReadsArgs>
  >;
  networkThemes?: Resolver<
    Array<ResolversTypes['NetworkTheme']>,
    ParentType,
    ContextType,
    RequireFields<QueryNetworkThemesArgs, 'period' | 'scope'>
  >;
  newsFeed?: Resolver<
    ResolversTypes['ArticleConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryNewsFeedArgs, 'excludePinned' | 'first'>
  >;
  notifications?: Resolver<
    ResolversTypes['NotificationCentre'],
    ParentType,
    ContextType,
    Partial<QueryNotificationsArgs>
  >;
  openPulseSurveys?: Resolver<Array<ResolversTypes['PulseSurvey']>, ParentType, ContextType>;
  people?: Resolver<
    ResolversTypes['PersonConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPeopleArgs, 'first'>
  >;
  person?: Resolver<
    Maybe<ResolversTypes['Person']>,
    ParentType,
    ContextType,
    RequireFields<QueryPersonArgs, 'id'>
  >;
  pinnedArticles?: Resolver<
    Array<ResolversTypes['Article']>,
    ParentType,
    ContextType,
    Partial<QueryPinnedArticlesArgs>
  >;
  portalHealth?: Resolver<
    ResolversTypes['PortalHealth'],
    ParentType,
    ContextType,
    RequireFields<QueryPortalHealthArgs, 'days'>
  >;
  pulseSurvey?: Resolver<
    ResolversTypes['PulseSurvey'],
    ParentType,
    ContextType,
    RequireFields<QueryPulseSurveyArgs, 'id'>
  >;
  pulseSurveys?: Resolver<
    ResolversTypes['PulseSurveyConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryPulseSurveysArgs, 'first'>
  >;
  regions?: Resolver<
    Array<ResolversTypes['Region']>,
    ParentType,
    ContextType,
    RequireFields<QueryRegionsArgs, 'brandId' | 'countries'>
  >;
  ticket?: Resolver<
    ResolversTypes['Ticket'],
    ParentType,
    ContextType,
    RequireFields<QueryTicketArgs, 'id'>
  >;
  ticketCategories?: Resolver<
    Array<ResolversTypes['TicketCategory']>,
    ParentType,
    ContextType,
    Partial<QueryTicketCategoriesArgs>
  >;
  ticketQueues?: Resolver<
    Array<ResolversTypes['TicketQueue']>,
    ParentType,
    ContextType,
    RequireFields<QueryTicketQueuesArgs, 'ticketId'>
  >;
  ticketTags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tickets?: Resolver<
    ResolversTypes['TicketConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTicketsArgs, 'first' | 'sort'>
  >;
  translationEntries?: Resolver<
    ResolversTypes['TranslationEntryConnection'],
    ParentType,
    ContextType,
    RequireFields<QueryTranslationEntriesArgs, 'filter' | 'first' | 'locale' | 'namespace'>
  >;
  translationEntry?: Resolver<
    Maybe<ResolversTypes['TranslationEntry']>,
    ParentType,
    ContextType,
    RequireFields<QueryTranslationEntryArgs, 'key' | 'locale' | 'namespace'>
  >;
  translationExport?: Resolver<
    ResolversTypes['String'],
    ParentType,
    ContextType,
    RequireFields<QueryTranslationExportArgs, 'format' | 'locale'>
  >;
  translationLocales?: Resolver<
    Array<ResolversTypes['TranslationLocale']>,
    ParentType,
    ContextType
  >;
  translationOverview?: Resolver<
    Array<ResolversTypes['TranslationCompletion']>,
    ParentType,
    ContextType
  >;
  translationRelease?: Resolver<
    ResolversTypes['TranslationRelease'],
    ParentType,
    ContextType,
    RequireFields<QueryTranslationReleaseArgs, 'locale'>
  >;
  translationSuggestions?: Resolver<
    Array<ResolversTypes['TranslationSuggestion']>,
    ParentType,
    ContextType,
    RequireFields<QueryTranslationSuggestionsArgs, 'key' | 'locale' | 'namespace'>
  >;
};

export type ReachGroupResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReachGroup'] = ResolversParentTypes['ReachGroup'],
> = {
  acknowledged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  audience?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReactionCountResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['ReactionCount'] = ResolversParentTypes['ReactionCount'],
> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReactionKind'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RegionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region'],
> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleGrantResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['RoleGrant'] = ResolversParentTypes['RoleGrant'],
> = {
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['Scope'], ParentType, ContextType>;
};

export type ScopeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Scope'] = ResolversParentTypes['Scope'],
> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ScopeType'], ParentType, ContextType>;
};

export type SubscriptionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription'],
> = {
  notificationsChanged?: SubscriptionResolver<
    ResolversTypes['NotificationCentre'],
    'notificationsChanged',
    ParentType,
    ContextType,
    Partial<SubscriptionNotificationsChangedArgs>
  >;
  ticketChanged?: SubscriptionResolver<
    ResolversTypes['Ticket'],
    'ticketChanged',
    ParentType,
    ContextType,
    RequireFields<SubscriptionTicketChangedArgs, 'id'>
  >;
  translationsPublished?: SubscriptionResolver<
    ResolversTypes['TranslationRelease'],
    'translationsPublished',
    ParentType,
    ContextType
  >;
};

export type TeamResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Team'] = ResolversParentTypes['Team'],
> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TeamKind'], ParentType, ContextType>;
};

export type TicketResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'],
> = {
  assignee?: Resolver<Maybe<ResolversTypes['TicketPerson']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['TicketAttachment']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['TicketCategory'], ParentType, ContextType>;
  checklist?: Resolver<Array<ResolversTypes['TicketChecklistItem']>, ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['TicketComment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dealer?: Resolver<ResolversTypes['Dealer'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handledByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['TicketEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TicketKind'], ParentType, ContextType>;
  mine?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
  nonConformity?: Resolver<Maybe<ResolversTypes['NonConformity']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  photos?: Resolver<Array<ResolversTypes['TicketPhoto']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
  reporter?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  sla?: Resolver<ResolversTypes['TicketSla'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  watchedByMe?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  watcherCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketAttachmentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketAttachment'] =
    ResolversParentTypes['TicketAttachment'],
> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TicketCategoryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketCategory'] =
    ResolversParentTypes['TicketCategory'],
> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultQueue?: Resolver<Maybe<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TicketKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['TicketCategoryName']>, ParentType, ContextType>;
  slaTargets?: Resolver<Array<ResolversTypes['TicketSlaTarget']>, ParentType, ContextType>;
};

export type TicketCategoryNameResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketCategoryName'] =
    ResolversParentTypes['TicketCategoryName'],
> = {
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TicketChecklistItemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketChecklistItem'] =
    ResolversParentTypes['TicketChecklistItem'],
> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  doneBy?: Resolver<Maybe<ResolversTypes['Author']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TicketCommentResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketComment'] = ResolversParentTypes['TicketComment'],
> = {
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internal?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TicketConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketConnection'] =
    ResolversParentTypes['TicketConnection'],
> = {
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type TicketEdgeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge'],
> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
};

export type TicketEventResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketEvent'] = ResolversParentTypes['TicketEvent'],
> = {
  action?: Resolver<ResolversTypes['TicketEventAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  addedTags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['TicketPerson']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  checklistItem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
  queue?: Resolver<Maybe<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
  removedTags?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['TicketStatus']>, ParentType, ContextType>;
};

export type TicketPersonResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketPerson'] = ResolversParentTypes['TicketPerson'],
> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TicketPhotoResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketPhoto'] = ResolversParentTypes['TicketPhoto'],
> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TicketQueueResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketQueue'] = ResolversParentTypes['TicketQueue'],
> = {
  brand?: Resolver<Maybe<ResolversTypes['Brand']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['TicketPerson']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TicketSlaResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketSla'] = ResolversParentTypes['TicketSla'],
> = {
  resolveBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['TicketSlaState'], ParentType, ContextType>;
};

export type TicketSlaSummaryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketSlaSummary'] =
    ResolversParentTypes['TicketSlaSummary'],
> = {
  openAtRisk?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openBreached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openOnTrack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedWithinSla?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TicketSlaTargetResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TicketSlaTarget'] =
    ResolversParentTypes['TicketSlaTarget'],
> = {
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  resolveWithinMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondWithinMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TranslationChangeResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationChange'] =
    ResolversParentTypes['TranslationChange'],
> = {
  action?: Resolver<ResolversTypes['TranslationChangeAction'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forms?: Resolver<Array<ResolversTypes['TranslationFormValue']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type TranslationCompletionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationCompletion'] =
    ResolversParentTypes['TranslationCompletion'],
> = {
  approved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outdated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  translated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreviewed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TranslationEntryResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationEntry'] =
    ResolversParentTypes['TranslationEntry'],
> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forms?: Resolver<Array<ResolversTypes['TranslationForm']>, ParentType, ContextType>;
  glossaryHits?: Resolver<Array<ResolversTypes['GlossaryTerm']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['TranslationChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outdated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plural?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['TranslationProblem']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TranslationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TranslationEntryConnectionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationEntryConnection'] =
    ResolversParentTypes['TranslationEntryConnection'],
> = {
  nodes?: Resolver<Array<ResolversTypes['TranslationEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TranslationFormResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationForm'] =
    ResolversParentTypes['TranslationForm'],
> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TranslationFormValueResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationFormValue'] =
    ResolversParentTypes['TranslationFormValue'],
> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TranslationImportResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationImport'] =
    ResolversParentTypes['TranslationImport'],
> = {
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknownKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  withProblems?: Resolver<Array<ResolversTypes['TranslationEntry']>, ParentType, ContextType>;
};

export type TranslationLocaleResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationLocale'] =
    ResolversParentTypes['TranslationLocale'],
> = {
  base?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TranslationProblemResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationProblem'] =
    ResolversParentTypes['TranslationProblem'],
> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  details?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TranslationReleaseResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationRelease'] =
    ResolversParentTypes['TranslationRelease'],
> = {
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  release?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TranslationSuggestionResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['TranslationSuggestion'] =
    ResolversParentTypes['TranslationSuggestion'],
> = {
  forms?: Resolver<Array<ResolversTypes['TranslationFormValue']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  namespace?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  similarity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer'],
> = {
  apps?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  brand?: Resolver<ResolversTypes['Brand'], ParentType, ContextType>;
  cohorts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['RoleGrant']>, ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  ticketQueues?: Resolver<Array<ResolversTypes['TicketQueue']>, ParentType, ContextType>;
};

export type VitalsRowResolvers<
  ContextType = GraphQLContext,
  ParentType extends ResolversParentTypes['VitalsRow'] = ResolversParentTypes['VitalsRow'],
> = {
  cls?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  inp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lcp?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  samples?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ttfb?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AppRollout?: AppRolloutResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  ArticleReach?: ArticleReachResolvers<ContextType>;
  ArticleVersion?: ArticleVersionResolvers<ContextType>;
  ArticleVideo?: ArticleVideoResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  Audience?: AudienceResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Author?: AuthorResolvers<ContextType>;
  Barometer?: BarometerResolvers<ContextType>;
  BarometerRow?: BarometerRowResolvers<ContextType>;
  BarometerScope?: BarometerScopeResolvers<ContextType>;
  Brand?: BrandResolvers<ContextType>;
  Comment?: CommentResolvers<ContextType>;
  CommentConnection?: CommentConnectionResolvers<ContextType>;
  CommentEdge?: CommentEdgeResolvers<ContextType>;
  CommentReport?: CommentReportResolvers<ContextType>;
  Community?: CommunityResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Dealer?: DealerResolvers<ContextType>;
  DealerBarometer?: DealerBarometerResolvers<ContextType>;
  DealerConnection?: DealerConnectionResolvers<ContextType>;
  DealerEdge?: DealerEdgeResolvers<ContextType>;
  DealerKpi?: DealerKpiResolvers<ContextType>;
  EditorialArticle?: EditorialArticleResolvers<ContextType>;
  EditorialArticleConnection?: EditorialArticleConnectionResolvers<ContextType>;
  EditorialArticleEdge?: EditorialArticleEdgeResolvers<ContextType>;
  EngagementBarometer?: EngagementBarometerResolvers<ContextType>;
  EngagementRow?: EngagementRowResolvers<ContextType>;
  GlossaryTerm?: GlossaryTermResolvers<ContextType>;
  Kpi?: KpiResolvers<ContextType>;
  KpiBreakdownRow?: KpiBreakdownRowResolvers<ContextType>;
  KpiCell?: KpiCellResolvers<ContextType>;
  KpiImportError?: KpiImportErrorResolvers<ContextType>;
  KpiImportReport?: KpiImportReportResolvers<ContextType>;
  KpiPoint?: KpiPointResolvers<ContextType>;
  LiveStream?: LiveStreamResolvers<ContextType>;
  ModerationItem?: ModerationItemResolvers<ContextType>;
  ModerationQueueConnection?: ModerationQueueConnectionResolvers<ContextType>;
  ModerationQueueEdge?: ModerationQueueEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NetworkTheme?: NetworkThemeResolvers<ContextType>;
  NetworkThemeRegion?: NetworkThemeRegionResolvers<ContextType>;
  NonConformity?: NonConformityResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationCentre?: NotificationCentreResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonDataExport?: PersonDataExportResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PortalHealth?: PortalHealthResolvers<ContextType>;
  PulseAudience?: PulseAudienceResolvers<ContextType>;
  PulseQuestion?: PulseQuestionResolvers<ContextType>;
  PulseQuestionResult?: PulseQuestionResultResolvers<ContextType>;
  PulseSurvey?: PulseSurveyResolvers<ContextType>;
  PulseSurveyConnection?: PulseSurveyConnectionResolvers<ContextType>;
  PulseSurveyEdge?: PulseSurveyEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReachGroup?: ReachGroupResolvers<ContextType>;
  ReactionCount?: ReactionCountResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  RoleGrant?: RoleGrantResolvers<ContextType>;
  Scope?: ScopeResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Team?: TeamResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketAttachment?: TicketAttachmentResolvers<ContextType>;
  TicketCategory?: TicketCategoryResolvers<ContextType>;
  TicketCategoryName?: TicketCategoryNameResolvers<ContextType>;
  TicketChecklistItem?: TicketChecklistItemResolvers<ContextType>;
  TicketComment?: TicketCommentResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
  TicketEvent?: TicketEventResolvers<ContextType>;
  TicketPerson?: TicketPersonResolvers<ContextType>;
  TicketPhoto?: TicketPhotoResolvers<ContextType>;
  TicketQueue?: TicketQueueResolvers<ContextType>;
  TicketSla?: TicketSlaResolvers<ContextType>;
  TicketSlaSummary?: TicketSlaSummaryResolvers<ContextType>;
  TicketSlaTarget?: TicketSlaTargetResolvers<ContextType>;
  TranslationChange?: TranslationChangeResolvers<ContextType>;
  TranslationCompletion?: TranslationCompletionResolvers<ContextType>;
  TranslationEntry?: TranslationEntryResolvers<ContextType>;
  TranslationEntryConnection?: TranslationEntryConnectionResolvers<ContextType>;
  TranslationForm?: TranslationFormResolvers<ContextType>;
  TranslationFormValue?: TranslationFormValueResolvers<ContextType>;
  TranslationImport?: TranslationImportResolvers<ContextType>;
  TranslationLocale?: TranslationLocaleResolvers<ContextType>;
  TranslationProblem?: TranslationProblemResolvers<ContextType>;
  TranslationRelease?: TranslationReleaseResolvers<ContextType>;
  TranslationSuggestion?: TranslationSuggestionResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  VitalsRow?: VitalsRowResolvers<ContextType>;
};
