export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

export type AppRolloutInput = {
  app: Scalars['String']['input'];
  /** ISO country codes of the pilot cohort. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Dealer ids of the pilot cohort. */
  dealers?: InputMaybe<Array<Scalars['ID']['input']>>;
  wave: RolloutWave;
};

/** What an article is about; the portal translates the names. */
export type ArticleCategory =
  'AFTER_SALES' | 'COMPANY' | 'NETWORK' | 'PRODUCTS' | 'SALES' | 'TRAINING';

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

export type AttachmentInput = {
  /** The file name shown, 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** The address `POST /api/media` answered for the file. */
  url: Scalars['String']['input'];
};

export type AudienceInput = {
  countryCode?: InputMaybe<Scalars['String']['input']>;
  dealerId?: InputMaybe<Scalars['ID']['input']>;
  job?: InputMaybe<Job>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** The person, app or other object acted on. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
};

export type BarometerComparison = 'PREVIOUS_PERIOD' | 'SAME_PERIOD_LAST_YEAR';

export type BarometerLevel = 'COUNTRY' | 'DEALER' | 'GROUP' | 'REGION';

export type BarometerScopeInput = {
  brandId: Scalars['ID']['input'];
  /** Country code, region id or dealer id; none for the group. */
  id?: InputMaybe<Scalars['ID']['input']>;
  level: BarometerLevel;
};

/** Why the rules held a comment for moderation. */
export type CommentHoldReason =
  /** It contains a link. */
  | 'LINK'
  /** It contains a word of the moderation list. */
  | 'WORD';

export type CommentStatus =
  /** Held by a rule until a moderator approves it: shown to its author and the moderators only. */
  | 'HELD'
  /** Hidden by a moderator: shown in its place, without its text. */
  | 'HIDDEN'
  /** Shown to everyone who reads the article. */
  | 'VISIBLE';

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

/** Where a KPI is also measured below the dealer. */
export type KpiBreakdown = 'NONE' | 'PERSON' | 'TEAM';

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

export type LiveStreamInput = {
  endsAt: Scalars['DateTime']['input'];
  startsAt: Scalars['DateTime']['input'];
  url: Scalars['String']['input'];
};

export type ModerationDecision = 'APPROVE' | 'HIDE';

export type NetworkThemeKind =
  /** Comments on articles with a tag. */
  | 'COMMENT_TOPIC'
  /** Tickets tagged by their handlers with a tag. */
  | 'FEEDBACK_TAG'
  /** Tickets filed in a ticket category. */
  | 'TICKET_CATEGORY';

export type NewArticleInput = {
  /** COMPANY when not given. */
  category?: InputMaybe<ArticleCategory>;
  /** The community the article is written for; its brand and country frame the article. */
  communityId: Scalars['ID']['input'];
  /** The original version. */
  version: ArticleVersionInput;
};

export type NonConformityInput = {
  customerReference?: InputMaybe<Scalars['String']['input']>;
  severity: NonConformitySeverity;
  /** A vehicle identification number: 17 letters and digits, without I, O or Q. */
  vin?: InputMaybe<Scalars['String']['input']>;
};

export type NonConformitySeverity = 'CRITICAL' | 'MAJOR' | 'MINOR';

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

export type PulseAnswerInput = {
  /** CHOICE: the option's index. */
  choice?: InputMaybe<Scalars['Int']['input']>;
  questionId: Scalars['ID']['input'];
  /** SCALE: 1 to 5. */
  scale?: InputMaybe<Scalars['Int']['input']>;
  /** TEXT: 1 to 500 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PulseAudienceInput = {
  brandId: Scalars['ID']['input'];
  /** ISO country codes; at least one unless regions or dealers are given. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  dealerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  jobs?: InputMaybe<Array<Job>>;
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
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

/**
 * A reader's reaction to an article. A few positive kinds only: criticism belongs in a
 * comment, where it can be answered and moderated.
 */
export type ReactionKind = 'CELEBRATE' | 'INSIGHTFUL' | 'LIKE';

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'EMPLOYEE'
  | 'FIELD'
  | 'REGION_MANAGER'
  /** Reviews, approves and publishes the translations of a locale (scope: locale). */
  | 'TRANSLATION_REVIEWER'
  | 'TRANSLATOR';

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

export type ScopeType =
  'BRAND' | 'COMMUNITY' | 'COUNTRY' | 'DEALER' | 'GROUP' | 'LOCALE' | 'REGION';

export type TeamKind = 'MANAGEMENT' | 'SALES' | 'SERVICE' | 'WORKSHOP';

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

export type TicketCategoryNameInput = {
  locale: Scalars['String']['input'];
  /** At most 80 characters. */
  name: Scalars['String']['input'];
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

export type TicketPriority = 'HIGH' | 'LOW' | 'NORMAL' | 'URGENT';

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

export type TicketSlaState =
  /** A running clock (response or resolution) has less than a quarter of its time left. */
  | 'AT_RISK'
  /** A target was missed: a response or a resolution after its deadline, or none by then. */
  | 'BREACHED'
  /** Resolved, both targets met. */
  | 'MET'
  /** Every running clock has at least a quarter of its time left. */
  | 'ON_TRACK';

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

export type TranslationChangeAction =
  'APPROVED' | 'IMPORTED' | 'PUBLISHED' | 'REJECTED' | 'REVERTED' | 'SAVED' | 'SUBMITTED';

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

export type TranslationFormInput = {
  category?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
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

export type WebVitalName = 'CLS' | 'INP' | 'LCP' | 'TTFB';
