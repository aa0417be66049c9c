/**
 * Who may call what: every query and mutation × every role × inside and outside the
 * caller's scope, with the answer the server must give. access-matrix.test.ts runs each
 * cell against the real server and fails when an operation of the schema has no row here.
 *
 * Outcomes:
 * - `data`: answered, with the target in the answer;
 * - `hidden`: answered, without the target (a list filtered by scope);
 * - `null`: answered with null and no error (`me` for an anonymous caller);
 * - `not-found`: NOT_FOUND, the same as for an id that does not exist;
 * - `forbidden`: FORBIDDEN; `unauthenticated`: UNAUTHENTICATED;
 * - `refused`: HTTP 401, the token itself is expired or forged;
 * - `n/a`: no such target exists for this persona (e.g. a dealer inside a translator's scope).
 */

export const PERSONAS = [
  'anonymous',
  'expired',
  'forged',
  'employee',
  'field',
  'regionManager',
  'editor',
  'translator',
  'admin',
] as const;
export type Persona = (typeof PERSONAS)[number];

/** The demo people who play each signed-in persona (expired and forged tokens name the admin). */
export const PERSONA_PEOPLE: Record<Exclude<Persona, 'anonymous'>, string> = {
  expired: 'person-demo-admin',
  forged: 'person-demo-admin',
  employee: 'person-demo-fr-sales',
  field: 'person-demo-it-area',
  regionManager: 'person-demo-de-region',
  editor: 'person-demo-it-editor',
  translator: 'person-demo-pl-translator',
  admin: 'person-demo-admin',
};

export type Outcome =
  'data' | 'hidden' | 'null' | 'not-found' | 'forbidden' | 'unauthenticated' | 'refused' | 'n/a';

export type Scope = 'in' | 'out';

/** The kind of object an operation aims at, chosen for each persona by the test. */
export type TargetKind =
  | 'none'
  | 'article'
  | 'mustRead'
  | 'dealer'
  | 'person'
  | 'victim'
  | 'draft'
  /** A visible comment by someone else, on an article inside or outside the scope. */
  | 'comment'
  /** A comment waiting in the moderation queue (held or reported). */
  | 'queuedComment'
  /** A ticket the persona filed (the admin: anyone's), or one of a dealer nobody else reaches. */
  | 'ticket'
  /** A locale to translate: Polish (the translator persona's), German outside. */
  | 'locale'
  /** An open pulse survey the persona manages or is asked by, or one neither. */
  | 'pulseSurvey'
  /** A draft pulse survey the persona manages, or one it does not. */
  | 'pulseDraft'
  /**
   * Barometers: a region of the persona's brand as "<brandId>/<regionId>", its home region
   * (else the brand's first) and another of the brand; `barometerDealer`: a dealer of the
   * brand there, and one elsewhere.
   */
  | 'barometerRegion'
  | 'barometerDealer';

/** The outcome inside the persona's scope, and outside it (omitted: there is no outside). */
interface Cell {
  in: Outcome;
  out?: Outcome;
}

export interface MatrixRow {
  operation: string;
  target: TargetKind;
  expect: Record<Persona, Cell>;
}

/** The usual answer for callers without a valid token. */
const noToken = (anonymous: Outcome): Record<'anonymous' | 'expired' | 'forged', Cell> => ({
  anonymous: { in: anonymous, out: anonymous },
  expired: { in: 'refused', out: 'refused' },
  forged: { in: 'refused', out: 'refused' },
});

/** Admin-only operations: everyone else is refused, whatever the target. */
const adminOnly = (operation: string, target: TargetKind): MatrixRow => ({
  operation,
  target,
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'forbidden' },
    field: { in: 'forbidden' },
    regionManager: { in: 'forbidden' },
    editor: { in: 'forbidden' },
    translator: { in: 'forbidden' },
    admin: { in: 'data' },
  },
});

/**
 * The newsroom's operations: editors inside their communities, admins everywhere. With a
 * `draft` target, an article of another community answers NOT_FOUND, like one that does
 * not exist; without one (`none`) there is no outside.
 */
const editorsOnly = (
  operation: string,
  target: 'none' | 'draft',
  outside: Outcome = 'not-found',
): MatrixRow => ({
  operation,
  target,
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'forbidden' },
    field: { in: 'forbidden' },
    regionManager: { in: 'forbidden' },
    editor: target === 'draft' ? { in: 'data', out: outside } : { in: 'data' },
    translator: { in: 'forbidden' },
    admin: { in: 'data' },
  },
});

/**
 * What every reader may do with an article they read, or with a comment under it:
 * inside their scope they may, outside it the article does not exist for them.
 */
const readers = (operation: string, target: 'article' | 'comment'): MatrixRow => ({
  operation,
  target,
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'data', out: 'not-found' },
    field: { in: 'data', out: 'not-found' },
    regionManager: { in: 'data', out: 'not-found' },
    editor: { in: 'data', out: 'not-found' },
    translator: { in: 'data', out: 'not-found' },
    admin: { in: 'data' },
  },
});

/** What every signed-in person may ask about themself: there is no one else's to ask. */
const signedInOnly = (operation: string): MatrixRow => ({
  operation,
  target: 'none',
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'data' },
    field: { in: 'data' },
    regionManager: { in: 'data' },
    editor: { in: 'data' },
    translator: { in: 'data' },
    admin: { in: 'data' },
  },
});

/**
 * What the people who see a ticket (its reporter, its dealer's managers, its handlers) may
 * do with it: elsewhere the ticket does not exist for them.
 */
const ticketViewers = (operation: string): MatrixRow => ({
  operation,
  target: 'ticket',
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'data', out: 'not-found' },
    field: { in: 'data', out: 'not-found' },
    regionManager: { in: 'data', out: 'not-found' },
    editor: { in: 'data', out: 'not-found' },
    translator: { in: 'data', out: 'not-found' },
    admin: { in: 'data' },
  },
});

/** What only a ticket's handlers do: its other viewers are refused, the others find nothing. */
const ticketHandlers = (operation: string): MatrixRow => ({
  operation,
  target: 'ticket',
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'forbidden', out: 'not-found' },
    field: { in: 'forbidden', out: 'not-found' },
    regionManager: { in: 'data', out: 'not-found' },
    editor: { in: 'forbidden', out: 'not-found' },
    translator: { in: 'forbidden', out: 'not-found' },
    admin: { in: 'data' },
  },
});

/**
 * A locale's translation work: translating is its translators', reviewers' and admins'
 * (the translator persona translates Polish, not German); reviewing is its reviewers' and
 * admins'. Everyone else is refused.
 */
const localeWork = (operation: string, work: 'translate' | 'review'): MatrixRow => ({
  operation,
  target: 'locale',
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'forbidden' },
    field: { in: 'forbidden' },
    regionManager: { in: 'forbidden' },
    editor: { in: 'forbidden' },
    translator:
      work === 'translate'
        ? { in: 'data', out: 'forbidden' }
        : { in: 'forbidden', out: 'forbidden' },
    admin: { in: 'data' },
  },
});

/**
 * Pulse surveys' authoring: editors (their communities), region managers (their barometer
 * scope) and admins manage them; anybody else is refused, and a survey managed by others
 * does not exist for them (`outside`: NOT_FOUND, or left out of a list).
 */
const pulseAuthors = (
  operation: string,
  target: 'pulseSurvey' | 'pulseDraft',
  outside: Outcome = 'not-found',
): MatrixRow => ({
  operation,
  target,
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'forbidden' },
    field: { in: 'forbidden' },
    regionManager: { in: 'data', out: outside },
    editor: { in: 'data', out: outside },
    translator: { in: 'forbidden' },
    admin: { in: 'data' },
  },
});

/** What the people a pulse survey asks may do with it: elsewhere it does not exist for them. */
const pulseAsked = (operation: string, outside: Outcome): MatrixRow => ({
  operation,
  target: 'pulseSurvey',
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'data', out: outside },
    field: { in: 'data', out: outside },
    regionManager: { in: 'data', out: outside },
    editor: { in: 'data', out: outside },
    translator: { in: 'data', out: outside },
    admin: { in: 'data' },
  },
});

/**
 * KPI imports (CSV and API): admins for every dealer, region managers for the dealers of
 * their barometer scope; anybody else is refused outright. A dealer outside the region
 * manager's scope does not refuse the call: the report lists it as DEALER_OUT_OF_SCOPE and
 * nothing is stored, the closest to `hidden` (answered, the target left out).
 */
const kpiImporters = (operation: string): MatrixRow => ({
  operation,
  target: 'dealer',
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'forbidden' },
    field: { in: 'forbidden' },
    regionManager: { in: 'data', out: 'hidden' },
    editor: { in: 'forbidden' },
    // No dealer is inside a translator's scope.
    translator: { in: 'n/a', out: 'forbidden' },
    admin: { in: 'data' },
  },
});

/**
 * The barometers' views: region managers inside their scope (their region, within their
 * brand), admins everywhere; for anyone else every scope reads as one that does not exist.
 */
const barometerReaders = (
  operation: string,
  target: 'barometerRegion' | 'barometerDealer',
): MatrixRow => ({
  operation,
  target,
  expect: {
    ...noToken('unauthenticated'),
    employee: { in: 'not-found', out: 'not-found' },
    field: { in: 'not-found', out: 'not-found' },
    regionManager: { in: 'data', out: 'not-found' },
    editor: { in: 'not-found', out: 'not-found' },
    translator: { in: 'not-found', out: 'not-found' },
    admin: { in: 'data' },
  },
});

export const ACCESS_MATRIX: MatrixRow[] = [
  {
    operation: 'me',
    target: 'none',
    expect: {
      ...noToken('null'),
      employee: { in: 'data' },
      field: { in: 'data' },
      regionManager: { in: 'data' },
      editor: { in: 'data' },
      translator: { in: 'data' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'newsFeed',
    target: 'article',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'hidden' },
      field: { in: 'data', out: 'hidden' },
      regionManager: { in: 'data', out: 'hidden' },
      editor: { in: 'data', out: 'hidden' },
      translator: { in: 'data', out: 'hidden' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'mustReads',
    target: 'mustRead',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'hidden' },
      field: { in: 'data', out: 'hidden' },
      regionManager: { in: 'data', out: 'hidden' },
      editor: { in: 'data', out: 'hidden' },
      translator: { in: 'data', out: 'hidden' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'acknowledgeArticle',
    target: 'mustRead',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'not-found' },
      field: { in: 'data', out: 'not-found' },
      regionManager: { in: 'data', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'data', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'recordArticleOpened',
    target: 'article',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'not-found' },
      field: { in: 'data', out: 'not-found' },
      regionManager: { in: 'data', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'data', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  {
    // Reach is the editors' (of the article's communities) and the admins'.
    operation: 'articleReach',
    target: 'mustRead',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'forbidden', out: 'not-found' },
      field: { in: 'forbidden', out: 'not-found' },
      regionManager: { in: 'forbidden', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'forbidden', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'article',
    target: 'article',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'not-found' },
      field: { in: 'data', out: 'not-found' },
      regionManager: { in: 'data', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'data', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  signedInOnly('countries'),
  signedInOnly('regions'),
  {
    operation: 'dealers',
    target: 'dealer',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'hidden' },
      field: { in: 'data', out: 'hidden' },
      regionManager: { in: 'data', out: 'hidden' },
      editor: { in: 'data', out: 'hidden' },
      translator: { in: 'n/a', out: 'hidden' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'dealer',
    target: 'dealer',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'not-found' },
      field: { in: 'data', out: 'not-found' },
      regionManager: { in: 'data', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'n/a', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  adminOnly('people', 'person'),
  adminOnly('person', 'person'),
  adminOnly('appRollouts', 'none'),
  adminOnly('auditLog', 'none'),
  adminOnly('portalHealth', 'none'),
  adminOnly('setAppRollout', 'none'),
  adminOnly('setAuditRetention', 'none'),
  adminOnly('exportPersonData', 'person'),
  adminOnly('erasePerson', 'victim'),
  editorsOnly('editorCommunities', 'none'),
  editorsOnly('editorialArticles', 'draft', 'hidden'),
  editorsOnly('editorialArticle', 'draft'),
  editorsOnly('audienceReach', 'none'),
  editorsOnly('createArticle', 'none'),
  editorsOnly('saveArticleVersion', 'draft'),
  editorsOnly('deleteArticleVersion', 'draft'),
  editorsOnly('setArticleTarget', 'draft'),
  editorsOnly('moveArticle', 'draft'),
  editorsOnly('setArticleLiveStream', 'draft'),
  editorsOnly('setArticleVideo', 'draft'),
  editorsOnly('setArticleTopics', 'draft'),
  editorsOnly('setArticleAttachments', 'draft'),
  editorsOnly('pinArticle', 'draft'),
  signedInOnly('notifications'),
  signedInOnly('liveNow'),
  signedInOnly('pinnedArticles'),
  signedInOnly('markNotificationsSeen'),
  readers('articleComments', 'article'),
  readers('reactToArticle', 'article'),
  readers('addComment', 'article'),
  readers('reportComment', 'comment'),
  {
    // Only its author changes a comment (tested in news/comments): nobody else, admins neither.
    operation: 'editComment',
    target: 'comment',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'forbidden', out: 'not-found' },
      field: { in: 'forbidden', out: 'not-found' },
      regionManager: { in: 'forbidden', out: 'not-found' },
      editor: { in: 'forbidden', out: 'not-found' },
      translator: { in: 'forbidden', out: 'not-found' },
      admin: { in: 'forbidden' },
    },
  },
  {
    // Moderators: the editors of the article's communities, and admins.
    operation: 'moderationQueue',
    target: 'queuedComment',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'forbidden' },
      field: { in: 'forbidden' },
      regionManager: { in: 'forbidden' },
      editor: { in: 'data', out: 'hidden' },
      translator: { in: 'forbidden' },
      admin: { in: 'data' },
    },
  },
  {
    operation: 'moderateComment',
    target: 'comment',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'forbidden', out: 'not-found' },
      field: { in: 'forbidden', out: 'not-found' },
      regionManager: { in: 'forbidden', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'forbidden', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  signedInOnly('ticketCategories'),
  {
    operation: 'tickets',
    target: 'ticket',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'hidden' },
      field: { in: 'data', out: 'hidden' },
      regionManager: { in: 'data', out: 'hidden' },
      editor: { in: 'data', out: 'hidden' },
      translator: { in: 'data', out: 'hidden' },
      admin: { in: 'data' },
    },
  },
  ticketViewers('ticket'),
  ticketViewers('addTicketComment'),
  ticketViewers('watchTicket'),
  // Each persona ticks the checklist of the ticket it filed: the reporter's and the
  // handlers' (another viewer's FORBIDDEN: tickets/ticket-checklist.test.ts).
  ticketViewers('setTicketChecklistItem'),
  adminOnly('adminTicketCategories', 'none'),
  adminOnly('adminTicketQueues', 'none'),
  adminOnly('saveTicketCategory', 'none'),
  adminOnly('saveTicketQueue', 'none'),
  signedInOnly('translationLocales'),
  signedInOnly('translationRelease'),
  {
    // Completion of the caller's locales: translators and reviewers theirs, admins all.
    operation: 'translationOverview',
    target: 'none',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'forbidden' },
      field: { in: 'forbidden' },
      regionManager: { in: 'forbidden' },
      editor: { in: 'forbidden' },
      translator: { in: 'data' },
      admin: { in: 'data' },
    },
  },
  localeWork('translationEntries', 'translate'),
  localeWork('translationEntry', 'translate'),
  localeWork('saveTranslation', 'translate'),
  localeWork('submitTranslations', 'translate'),
  localeWork('reviewTranslation', 'review'),
  localeWork('publishTranslations', 'review'),
  localeWork('revertTranslation', 'review'),
  localeWork('translationSuggestions', 'translate'),
  localeWork('glossary', 'translate'),
  localeWork('translationExport', 'translate'),
  localeWork('importTranslations', 'translate'),
  localeWork('saveGlossaryTerm', 'review'),
  localeWork('deleteGlossaryTerm', 'review'),
  // Answered to whoever sees the ticket: empty unless they handle it.
  ticketViewers('ticketQueues'),
  // Assignment is the handlers' (admins, region managers, the ticket's queue members).
  ticketHandlers('assignTicket'),
  {
    // For the caller's dealer or one their roles reach; a translator's reach no dealer.
    operation: 'createTicket',
    target: 'dealer',
    expect: {
      ...noToken('unauthenticated'),
      employee: { in: 'data', out: 'not-found' },
      field: { in: 'data', out: 'not-found' },
      regionManager: { in: 'data', out: 'not-found' },
      editor: { in: 'data', out: 'not-found' },
      translator: { in: 'n/a', out: 'not-found' },
      admin: { in: 'data' },
    },
  },
  // Triage is the handlers' (admins, region managers of the dealer's region): a reporter
  // sees their NEW ticket but may not triage it (the reporter's moves: tickets/).
  ticketHandlers('moveTicket'),
  // Tagging is the handlers' reading of a ticket: its reporter and other viewers may not.
  ticketHandlers('setTicketTags'),
  // Everyone may ask; the tags are those of the tickets the caller handles (none for most).
  signedInOnly('ticketTags'),
  // In this order: the surveys are read and answered before they are opened and closed.
  pulseAuthors('pulseSurveys', 'pulseSurvey', 'hidden'),
  pulseAsked('pulseSurvey', 'not-found'),
  pulseAsked('openPulseSurveys', 'hidden'),
  pulseAuthors('savePulseSurvey', 'pulseDraft'),
  pulseAsked('answerPulseSurvey', 'not-found'),
  pulseAuthors('openPulseSurvey', 'pulseDraft'),
  pulseAuthors('closePulseSurvey', 'pulseSurvey'),
  kpiImporters('importKpiMeasurements'),
  kpiImporters('recordKpiMeasurements'),
  signedInOnly('barometerScopes'),
  barometerReaders('barometer', 'barometerRegion'),
  barometerReaders('dealerBarometer', 'barometerDealer'),
  barometerReaders('engagementBarometer', 'barometerRegion'),
  barometerReaders('networkThemes', 'barometerRegion'),
];
