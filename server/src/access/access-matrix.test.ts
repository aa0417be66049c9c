import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_PATH } from '../graphql/schema.js';
import { generateDiscussion } from '../seed/generate-discussion.js';
import type { Network, PersonRow } from '../seed/generate-network.js';
import { DEFAULT_RATE_LIMITS } from '../config.js';
import { createTestApp, type GraphQLBody, type TestApp } from '../test-support/test-app.js';
import {
  ACCESS_MATRIX,
  PERSONA_PEOPLE,
  PERSONAS,
  type MatrixRow,
  type Outcome,
  type Persona,
  type Scope,
} from './access-matrix.js';

/** What each operation sends, and where its answer mentions the target. */
interface Call {
  document: string;
  variables(target: string | null): Record<string, unknown>;
  /** For lists: whether the target is among the answer's items. */
  contains?(data: unknown, target: string): boolean;
}

const edgeIds = (data: unknown) =>
  (data as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id);

/** True when a KPI import's report refuses a dealer as outside the caller's scope. */
const kpiReportRefuses = (data: unknown) =>
  (data as { errors: { reason: string }[] }).errors.some(
    (error) => error.reason === 'DEALER_OUT_OF_SCOPE',
  );

/** A barometer target "<brandId>/<regionId>" as the region's scope. */
const barometerRegion = (target: string | null) => {
  const [brandId, id] = (target ?? '/').split('/');
  return { level: 'REGION', id, brandId };
};

const CALLS: Record<string, Call> = {
  me: { document: '{ me { person { id } apps } }', variables: () => ({}) },
  newsFeed: {
    document: '{ newsFeed(first: 50) { edges { node { id } } } }',
    variables: () => ({}),
    contains: (data, id) => edgeIds(data).includes(id),
  },
  mustReads: {
    document: '{ mustReads { id } }',
    variables: () => ({}),
    contains: (data, id) => (data as { id: string }[]).some((article) => article.id === id),
  },
  acknowledgeArticle: {
    document: 'mutation ($id: ID!) { acknowledgeArticle(id: $id) { id acknowledgedAt } }',
    variables: (id) => ({ id }),
  },
  recordArticleOpened: {
    document: 'mutation ($id: ID!) { recordArticleOpened(id: $id) }',
    variables: (id) => ({ id }),
  },
  articleReach: {
    document: 'query ($id: ID!) { articleReach(id: $id) { audience opened acknowledged } }',
    variables: (id) => ({ id }),
  },
  article: {
    document: 'query ($id: ID!) { article(id: $id) { id } }',
    variables: (id) => ({ id }),
  },
  countries: { document: '{ countries { code name } }', variables: () => ({}) },
  regions: {
    document: '{ regions(brandId: "brand-lumo", countries: ["IT"]) { id } }',
    variables: () => ({}),
  },
  dealers: {
    document: '{ dealers(first: 200) { edges { node { id } } } }',
    variables: () => ({}),
    contains: (data, id) => edgeIds(data).includes(id),
  },
  dealer: {
    document: 'query ($id: ID!) { dealer(id: $id) { id } }',
    variables: (id) => ({ id }),
  },
  people: {
    document: 'query ($search: String) { people(search: $search) { edges { node { id } } } }',
    variables: (id) => ({ search: id }),
    contains: (data, id) => edgeIds(data).includes(id),
  },
  person: {
    document: 'query ($id: ID!) { person(id: $id) { id email } }',
    variables: (id) => ({ id }),
  },
  appRollouts: { document: '{ appRollouts { app wave } }', variables: () => ({}) },
  auditLog: { document: '{ auditLog { retentionDays } }', variables: () => ({}) },
  portalHealth: { document: '{ portalHealth(days: 7) { from to } }', variables: () => ({}) },
  // Data of 2030, outside the seed's history; the target is left out when it is out of scope.
  importKpiMeasurements: {
    document: 'mutation ($csv: String!) { importKpiMeasurements(csv: $csv) { errors { reason } } }',
    variables: (id) => ({ csv: `dealer_id,kpi_code,period,value\n${id},CSI,2030-01,80\n` }),
    contains: (data) => !kpiReportRefuses(data),
  },
  recordKpiMeasurements: {
    document: `mutation ($rows: [KpiMeasurementInput!]!, $key: String!) {
      recordKpiMeasurements(rows: $rows, idempotencyKey: $key) { errors { reason } } }`,
    variables: (id) => ({
      rows: [{ dealerId: id, kpiCode: 'CSI', period: '2030-01', value: 80 }],
      key: `matrix-${id}`,
    }),
    contains: (data) => !kpiReportRefuses(data),
  },
  setAppRollout: {
    document: 'mutation { setAppRollout(input: { app: "news", wave: EVERYONE }) { app } }',
    variables: () => ({}),
  },
  setAuditRetention: {
    document: 'mutation { setAuditRetention(days: 730) { retentionDays } }',
    variables: () => ({}),
  },
  exportPersonData: {
    document: 'mutation ($id: ID!) { exportPersonData(personId: $id) { fileName } }',
    variables: (id) => ({ id }),
  },
  erasePerson: {
    document: 'mutation ($id: ID!) { erasePerson(personId: $id, reason: "Asked by mail") { id } }',
    variables: (id) => ({ id }),
  },
  editorCommunities: { document: '{ editorCommunities { id } }', variables: () => ({}) },
  editorialArticles: {
    document: '{ editorialArticles(first: 100) { edges { node { id } } } }',
    variables: () => ({}),
    contains: (data, id) => edgeIds(data).includes(id),
  },
  editorialArticle: {
    document: 'query ($id: ID!) { editorialArticle(id: $id) { id } }',
    variables: (id) => ({ id }),
  },
  audienceReach: {
    document: `{ audienceReach(target: { brandId: "brand-lumo", countries: ["IT"] }) }`,
    variables: () => ({}),
  },
  createArticle: {
    document: `mutation { createArticle(input: { communityId: "community-lumo-it",
      version: { locale: "it", title: "Bozza", summary: "", bodyHtml: "<p>Testo</p>" } }) { id } }`,
    variables: () => ({}),
  },
  saveArticleVersion: {
    document: `mutation ($id: ID!) { saveArticleVersion(id: $id,
      version: { locale: "es", title: "Borrador", summary: "", bodyHtml: "<p>Texto</p>" }) { id } }`,
    variables: (id) => ({ id }),
  },
  deleteArticleVersion: {
    document: 'mutation ($id: ID!) { deleteArticleVersion(id: $id, locale: "fr") { id } }',
    variables: (id) => ({ id }),
  },
  setArticleTarget: {
    document: `mutation ($id: ID!, $brand: ID!, $country: String!) {
      setArticleTarget(id: $id, target: { brandId: $brand, countries: [$country] }) { id } }`,
    variables: (id) => DRAFTS.find((draft) => draft.id === id)!.target,
  },
  setArticleLiveStream: {
    document: `mutation ($id: ID!) { setArticleLiveStream(id: $id, liveStream: {
      startsAt: "2099-01-01T12:00:00Z", endsAt: "2099-01-01T13:00:00Z",
      url: "https://stream.example/live" }) { id } }`,
    variables: (id) => ({ id }),
  },
  setArticleVideo: {
    document: `mutation ($id: ID!) { setArticleVideo(id: $id,
      url: "https://www.youtube.com/watch?v=aqz-KE-bpKQ") { id } }`,
    variables: (id) => ({ id }),
  },
  setArticleTopics: {
    document: `mutation ($id: ID!) { setArticleTopics(id: $id, category: SALES, tags: ["crm"]) {
      id } }`,
    variables: (id) => ({ id }),
  },
  setArticleAttachments: {
    document: 'mutation ($id: ID!) { setArticleAttachments(id: $id, attachments: []) { id } }',
    variables: (id) => ({ id }),
  },
  notifications: { document: '{ notifications { unread } }', variables: () => ({}) },
  liveNow: { document: '{ liveNow { id } }', variables: () => ({}) },
  pinnedArticles: { document: '{ pinnedArticles { id } }', variables: () => ({}) },
  // Unpinning: the matrix's targets are drafts, which cannot be pinned.
  pinArticle: {
    document: 'mutation ($id: ID!) { pinArticle(id: $id, until: null) { id } }',
    variables: (id) => ({ id }),
  },
  markNotificationsSeen: {
    document: 'mutation { markNotificationsSeen { unread } }',
    variables: () => ({}),
  },
  moveArticle: {
    document: `mutation ($id: ID!) { moveArticle(id: $id, to: SCHEDULED,
      publishAt: "2099-01-01T12:00:00Z", timeZone: "Europe/Rome") { id } }`,
    variables: (id) => ({ id }),
  },
  articleComments: {
    document: 'query ($id: ID!) { articleComments(articleId: $id) { edges { node { id } } } }',
    variables: (id) => ({ id }),
  },
  reactToArticle: {
    document: `mutation ($id: ID!) {
      reactToArticle(articleId: $id, kind: LIKE, active: true) { id reactions { kind count } } }`,
    variables: (id) => ({ id }),
  },
  addComment: {
    document: `mutation ($id: ID!) { addComment(articleId: $id, body: "Merci !") { id } }`,
    variables: (id) => ({ id }),
  },
  editComment: {
    document: `mutation ($id: ID!) { editComment(id: $id, body: "Changed") { id } }`,
    variables: (id) => ({ id }),
  },
  reportComment: {
    document: `mutation ($id: ID!) { reportComment(id: $id, reason: "Off topic") { id } }`,
    variables: (id) => ({ id }),
  },
  moderationQueue: {
    document: '{ moderationQueue(first: 50) { edges { node { comment { id } } } } }',
    variables: () => ({}),
    contains: (data, id) =>
      (data as { edges: { node: { comment: { id: string } } }[] }).edges.some(
        (edge) => edge.node.comment.id === id,
      ),
  },
  ticketCategories: { document: '{ ticketCategories { id name } }', variables: () => ({}) },
  tickets: {
    document: '{ tickets(first: 100) { edges { node { id } } } }',
    variables: () => ({}),
    contains: (data, id) => edgeIds(data).includes(id),
  },
  ticket: {
    document: 'query ($id: ID!) { ticket(id: $id) { id comments { body } } }',
    variables: (id) => ({ id }),
  },
  createTicket: {
    document: `mutation ($dealerId: ID!, $key: String!) { createTicket(input: {
      categoryId: "category-it", dealerId: $dealerId, title: "Matrix",
      description: "Filed by the access matrix" }, idempotencyKey: $key) { id } }`,
    variables: (dealerId) => ({ dealerId, key: `matrix-${dealerId}` }),
  },
  moveTicket: {
    document: 'mutation ($id: ID!) { moveTicket(id: $id, to: TRIAGED) { id status } }',
    variables: (id) => ({ id }),
  },
  addTicketComment: {
    document: 'mutation ($id: ID!) { addTicketComment(id: $id, body: "Any news?") { id } }',
    variables: (id) => ({ id }),
  },
  adminTicketCategories: {
    document: '{ adminTicketCategories { id names { locale name } active } }',
    variables: () => ({}),
  },
  adminTicketQueues: { document: '{ adminTicketQueues { id name } }', variables: () => ({}) },
  saveTicketCategory: {
    document: `mutation { saveTicketCategory(input: { kind: REQUEST, code: "MATRIX",
      names: [{ locale: "en", name: "Matrix" }] }) { id } }`,
    variables: () => ({}),
  },
  saveTicketQueue: {
    document: `mutation { saveTicketQueue(input: { name: "Matrix team", memberIds: [] }) { id } }`,
    variables: () => ({}),
  },
  watchTicket: {
    document: 'mutation ($id: ID!) { watchTicket(id: $id, watching: true) { id } }',
    variables: (id) => ({ id }),
  },
  setTicketChecklistItem: {
    document: `mutation ($id: ID!, $itemId: ID!) {
      setTicketChecklistItem(id: $id, itemId: $itemId, done: true) { id } }`,
    variables: (id) => ({ id, itemId: checklistItemOf(id) }),
  },
  setTicketTags: {
    document: 'mutation ($id: ID!) { setTicketTags(id: $id, tags: ["#Matrix"]) { id tags } }',
    variables: (id) => ({ id }),
  },
  ticketTags: { document: '{ ticketTags }', variables: () => ({}) },
  ticketQueues: {
    document: 'query ($id: ID!) { ticketQueues(ticketId: $id) { id } }',
    variables: (id) => ({ id }),
  },
  assignTicket: {
    document: `mutation ($id: ID!) {
      assignTicket(id: $id, queueId: "queue-group-it") { id queue { id } } }`,
    variables: (id) => ({ id }),
  },
  translationLocales: { document: '{ translationLocales { code } }', variables: () => ({}) },
  translationRelease: {
    document: '{ translationRelease(locale: "pl") { release } }',
    variables: () => ({}),
  },
  translationOverview: {
    document: '{ translationOverview { locale namespace total } }',
    variables: () => ({}),
  },
  translationEntries: {
    document: `query ($locale: String!) {
      translationEntries(locale: $locale, namespace: "common", first: 5) { totalCount } }`,
    variables: (locale) => ({ locale }),
  },
  translationEntry: {
    document: `query ($locale: String!) {
      translationEntry(locale: $locale, namespace: "common", key: "actions.retry") { id } }`,
    variables: (locale) => ({ locale }),
  },
  saveTranslation: {
    document: `mutation ($locale: String!) { saveTranslation(input: { locale: $locale,
      namespace: "common", key: "actions.retry", forms: [{ value: "Ponów" }] }) { id } }`,
    variables: (locale) => ({ locale }),
  },
  submitTranslations: {
    document: `mutation ($locale: String!) {
      submitTranslations(locale: $locale, namespace: "common", keys: []) { id } }`,
    variables: (locale) => ({ locale }),
  },
  // The entry IN_REVIEW_KEY of the locale, in review (insertTranslationsInReview).
  reviewTranslation: {
    document: `mutation ($locale: String!, $key: String!) { reviewTranslation(locale: $locale,
      namespace: "news", key: $key, approve: false, comment: "Not yet") { id } }`,
    variables: (locale) => ({ locale, key: IN_REVIEW_KEY }),
  },
  publishTranslations: {
    document: 'mutation ($locale: String!) { publishTranslations(locale: $locale) { release } }',
    variables: (locale) => ({ locale }),
  },
  revertTranslation: {
    document: 'mutation ($id: ID!) { revertTranslation(changeId: $id) { id } }',
    variables: (locale) => ({ id: String(CHANGE_IDS[locale as keyof typeof CHANGE_IDS]) }),
  },
  translationSuggestions: {
    document: `query ($locale: String!) {
      translationSuggestions(locale: $locale, namespace: "common", key: "actions.retry") { key } }`,
    variables: (locale) => ({ locale }),
  },
  glossary: {
    document: 'query ($locale: String!) { glossary(locale: $locale) { id } }',
    variables: (locale) => ({ locale }),
  },
  translationExport: {
    document: `query ($locale: String!) {
      translationExport(locale: $locale, namespace: "common", format: JSON) }`,
    variables: (locale) => ({ locale }),
  },
  importTranslations: {
    document: `mutation ($locale: String!) { importTranslations(locale: $locale,
      namespace: "common", format: JSON, content: "{}") { imported } }`,
    variables: (locale) => ({ locale }),
  },
  saveGlossaryTerm: {
    document: `mutation ($locale: String!) { saveGlossaryTerm(input: { brandId: "brand-castello",
      locale: $locale, term: "brochure", translation: "broszura", forbidden: false }) { id } }`,
    variables: (locale) => ({ locale }),
  },
  // A seeded term of the locale: Polish inside the translator's locales, Italian outside.
  deleteGlossaryTerm: {
    document: 'mutation ($id: ID!) { deleteGlossaryTerm(id: $id) }',
    variables: (locale) => ({
      id: locale === 'pl' ? 'glossary-castello-pl-warranty' : 'glossary-lumo-it-warranty',
    }),
  },
  moderateComment: {
    document: `mutation ($id: ID!) {
      moderateComment(id: $id, decision: APPROVE, reason: "Fine as it is") { id status } }`,
    variables: (id) => ({ id }),
  },
  pulseSurveys: {
    document: '{ pulseSurveys(first: 100) { edges { node { id } } } }',
    variables: () => ({}),
    contains: (data, id) => edgeIds(data).includes(id),
  },
  pulseSurvey: {
    document: 'query ($id: ID!) { pulseSurvey(id: $id) { id } }',
    variables: (id) => ({ id }),
  },
  openPulseSurveys: {
    document: '{ openPulseSurveys { id } }',
    variables: () => ({}),
    contains: (data, id) => (data as { id: string }[]).some((survey) => survey.id === id),
  },
  savePulseSurvey: {
    document: 'mutation ($input: PulseSurveyInput!) { savePulseSurvey(input: $input) { id } }',
    variables: (id) => ({ input: PULSE_INPUTS.get(id!) }),
  },
  answerPulseSurvey: {
    document: `mutation ($id: ID!) {
      answerPulseSurvey(id: $id, answers: [{ questionId: "q1", scale: 4 }]) { id } }`,
    variables: (id) => ({ id }),
  },
  openPulseSurvey: {
    document:
      'mutation ($id: ID!, $at: DateTime!) { openPulseSurvey(id: $id, closesAt: $at) { id } }',
    variables: (id) => ({ id, at: new Date(Date.now() + 86_400_000).toISOString() }),
  },
  closePulseSurvey: {
    document: 'mutation ($id: ID!) { closePulseSurvey(id: $id) { id } }',
    variables: (id) => ({ id }),
  },
  barometerScopes: { document: '{ barometerScopes { level id } }', variables: () => ({}) },
  barometer: {
    document: `query ($scope: BarometerScopeInput!) {
      barometer(scope: $scope, period: "2026-09") { rows { id } } }`,
    variables: (target) => ({ scope: barometerRegion(target) }),
  },
  dealerBarometer: {
    document: `query ($id: ID!) { dealerBarometer(dealerId: $id, period: "2026-09") {
      dealer { id } } }`,
    variables: (id) => ({ id }),
  },
  engagementBarometer: {
    document: `query ($scope: BarometerScopeInput!) {
      engagementBarometer(scope: $scope, period: "2026-09") { rows { id } } }`,
    variables: (target) => ({ scope: barometerRegion(target) }),
  },
  networkThemes: {
    document: `query ($scope: BarometerScopeInput!) {
      networkThemes(scope: $scope, period: "2026-09") { id } }`,
    variables: (target) => ({ scope: barometerRegion(target) }),
  },
};

/**
 * The matrix's pulse surveys, each open and in draft: Matthias's of his region (Norvik
 * Germany), Francesca's of Lumo Italy (asking Giulia and herself), the admin's of Veyra
 * France and Britain (asking Camille and himself) and of Castello Poland (the translator).
 */
const PULSE_AUDIENCES = {
  de: { author: 'person-demo-de-region', brandId: 'brand-norvik', countries: [] as string[] },
  it: { author: 'person-demo-it-editor', brandId: 'brand-lumo', countries: ['IT'] },
  fr: { author: 'person-demo-admin', brandId: 'brand-veyra', countries: ['FR', 'GB'] },
  pl: { author: 'person-demo-admin', brandId: 'brand-castello', countries: ['PL'] },
};
/** Each persona's survey inside its reach (managed, or asking it) and outside. */
const PULSE_TARGETS: Record<Persona, [string, string]> = {
  anonymous: ['fr', 'de'],
  expired: ['fr', 'de'],
  forged: ['fr', 'de'],
  employee: ['fr', 'de'],
  field: ['it', 'de'],
  regionManager: ['de', 'it'],
  editor: ['it', 'de'],
  translator: ['pl', 'de'],
  admin: ['fr', 'de'],
};
const pulseTarget = (persona: Persona, scope: Scope, draft: boolean) =>
  `pulse-matrix-${PULSE_TARGETS[persona][scope === 'in' ? 0 : 1]}${draft ? '-draft' : ''}`;
/** What savePulseSurvey sends for each draft: the draft as it is. */
const PULSE_INPUTS = new Map<string, unknown>();

async function insertPulseSurveys(t: TestApp) {
  const matthias = t.network.people.find((p) => p.id === 'person-demo-de-region')!;
  const questions = [{ kind: 'SCALE', text: 'How are things?' }];
  for (const [key, { author, brandId, countries }] of Object.entries(PULSE_AUDIENCES)) {
    const regionIds = key === 'de' ? [matthias.regionId] : [];
    const audience = { countries, regionIds, dealerIds: [], jobs: [] };
    for (const draft of [false, true]) {
      const id = `pulse-matrix-${key}${draft ? '-draft' : ''}`;
      await t.db.query(
        `insert into pulse_surveys (id, brand_id, author_id, title, locale, status, questions,
           audience, opened_at, closes_at)
         values ($1, $2, $3, 'Matrix', 'en', $4, $5::jsonb, $6::jsonb,
           case when $4 = 'OPEN' then now() end,
           case when $4 = 'OPEN' then now() + interval '1 day' end)`,
        [
          id,
          brandId,
          author,
          draft ? 'DRAFT' : 'OPEN',
          JSON.stringify(questions.map((q) => ({ id: 'q1', options: [], ...q }))),
          JSON.stringify(audience),
        ],
      );
      PULSE_INPUTS.set(id, {
        id,
        title: 'Matrix',
        locale: 'en',
        questions,
        audience: { brandId, countries, regionIds },
      });
    }
  }
}

const IN_REVIEW_KEY = 'article.live.play';
/** A change of each locale's entry in review, to revert to. */
const CHANGE_IDS = { pl: 900001, de: 900002 };

/** An entry in review in Polish and in German, by their translators, with its change. */
async function insertTranslationsInReview(t: TestApp): Promise<void> {
  for (const [locale, id] of Object.entries(CHANGE_IDS)) {
    const forms = JSON.stringify({ '': `${locale}: {{provider}}` });
    const source = JSON.stringify({ '': 'Watch the live stream — loads from {{provider}}' });
    await t.db.query(
      `insert into translations (locale, namespace, key, forms, status, source_forms)
       values ($1, 'news', $2, $3, 'IN_REVIEW', $4)`,
      [locale, IN_REVIEW_KEY, forms, source],
    );
    await t.db.query(
      `insert into translation_changes (id, locale, namespace, key, action, forms)
       overriding system value values ($1, $2, 'news', $3, 'SAVED', $4)`,
      [id, locale, IN_REVIEW_KEY, forms],
    );
  }
}

/**
 * Two drafts with a French translation, one of Lumo Italy (the editor's) and one of
 * Veyra France (the admin's target, so that each is changed once).
 */
const DRAFTS = [
  { id: 'draft-lumo-it', target: { id: 'draft-lumo-it', brand: 'brand-lumo', country: 'IT' } },
  { id: 'draft-veyra-fr', target: { id: 'draft-veyra-fr', brand: 'brand-veyra', country: 'FR' } },
];

async function insertDrafts(t: TestApp) {
  for (const { id, target } of DRAFTS) {
    await t.db.query(
      `insert into articles (id, brand_id, country_code, author_id, original_locale, status)
       values ($1, $2, $3, 'person-demo-it-editor', 'it', 'draft')`,
      [id, target.brand, target.country],
    );
    await t.db.query(
      `insert into article_translations (article_id, locale, title, summary, body_html)
       values ($1, 'it', 'Bozza', '', '<p>Testo</p>'), ($1, 'fr', 'Brouillon', '', '<p>Texte</p>')`,
      [id],
    );
  }
}

/** The ticket of a dealer no persona but the admin reaches: Piotr's, at his Polish dealer. */
const OUTSIDE_TICKET = 'ticket-matrix-outside';
const ticketOf = (persona: Persona) => `ticket-matrix-${persona}`;
/** Each matrix ticket has a checklist of one item. */
const checklistItemOf = (ticketId: string | null) => `${ticketId}-check`;

/**
 * A ticket filed by each signed-in persona (the region manager's at a dealer of his
 * region, so that he handles it), and the one outside everybody's reach.
 */
async function insertTickets(t: TestApp) {
  const piotr = t.network.people.find((p) => p.id === 'person-demo-pl-sales')!;
  const filed: [string, string, string][] = [[OUTSIDE_TICKET, piotr.id, piotr.dealerId!]];
  for (const persona of ['employee', 'field', 'regionManager', 'editor', 'translator'] as const) {
    const person = t.network.people.find((p) => p.id === PERSONA_PEOPLE[persona])!;
    const dealer = pickTargets(t.network, person, 'dealer').in ?? piotr.dealerId!;
    filed.push([ticketOf(persona), person.id, dealer]);
  }
  for (const [id, reporter, dealer] of filed) {
    await t.db.query(
      `insert into tickets (id, kind, category_id, title, description, priority, dealer_id,
                            reporter_id, idempotency_key)
       values ($1, 'HELP_DESK', 'category-it', 'Matrix', 'A ticket', 'NORMAL', $2, $3, $1)`,
      [id, dealer, reporter],
    );
    await t.db.query(
      `insert into ticket_checklist_items (id, ticket_id, position, label)
       values ($1, $2, 0, 'Check the printer')`,
      [checklistItemOf(id), id],
    );
  }
}

/**
 * The part of the org a person's grants reach, computed here from the seed data alone,
 * independently of the server's SQL, to pick targets inside and outside it.
 */
function dealersReached(network: Network, personId: string): Set<string> {
  const grants = network.roles.filter((grant) => grant.personId === personId);
  const regions = new Map(network.regions.map((region) => [region.id, region]));
  const brands = new Map(network.brands.map((brand) => [brand.id, brand]));
  const reached = network.dealers.filter((dealer) => {
    const country = regions.get(dealer.regionId)!.countryCode;
    const community = `community-${brands.get(dealer.brandId)!.code}-${country.toLowerCase()}`;
    return grants.some(({ scopeType, scopeId }) => {
      if (scopeType === 'group') return true;
      const covered: Record<string, string> = {
        brand: dealer.brandId,
        country,
        region: dealer.regionId,
        dealer: dealer.id,
        community,
      };
      return covered[scopeType] === scopeId;
    });
  });
  return new Set(reached.map((dealer) => dealer.id));
}

function homeRegion(network: Network, person: PersonRow): string | null {
  const dealer = network.dealers.find((d) => d.id === person.dealerId);
  return dealer?.regionId ?? person.regionId;
}

/**
 * A region (as "<brandId>/<regionId>") or a dealer of the person's brand: in their home
 * region (else the brand's first), and in another region.
 */
function barometerTargets(
  network: Network,
  person: PersonRow,
  kind: 'barometerRegion' | 'barometerDealer',
): { in: string; out: string } {
  const ofBrand = network.dealers.filter((dealer) => dealer.brandId === person.brandId);
  const home = homeRegion(network, person);
  const inside = ofBrand.find((dealer) => dealer.regionId === home) ?? ofBrand[0]!;
  const outside = ofBrand.find((dealer) => dealer.regionId !== inside.regionId)!;
  const name = (dealer: Network['dealers'][number]) =>
    kind === 'barometerDealer' ? dealer.id : `${person.brandId}/${dealer.regionId}`;
  return { in: name(inside), out: name(outside) };
}

/** Targets: the first inside the scope, and the nearest outside it (same region first). */
function pickTargets(
  network: Network,
  person: PersonRow,
  kind: MatrixRow['target'],
): { in: string | null; out: string | null } {
  if (kind === 'comment' || kind === 'queuedComment') {
    const admin = person.id === PERSONA_PEOPLE.admin;
    const readable = new Set(
      network.articles.flatMap((a) => {
        const { in: inside } = pickTargets({ ...network, articles: [a] }, person, 'article');
        return inside ? [inside] : [];
      }),
    );
    const brandOf = new Map(network.articles.map((a) => [a.id, a.brandId]));
    // The seed's comments; a moderated one would no longer be a visible one to act on.
    const comments = generateDiscussion(network).comments.filter(
      (c) =>
        c.authorId !== person.id &&
        (kind === 'comment' ? c.status === 'visible' && c.queuedAt === null : c.queuedAt !== null),
    );
    return {
      in: comments.find((c) => readable.has(c.articleId))?.id ?? null,
      out: comments.find((c) => !admin && brandOf.get(c.articleId) !== person.brandId)?.id ?? null,
    };
  }
  if (kind === 'article' || kind === 'mustRead') {
    const admin = person.id === PERSONA_PEOPLE.admin;
    const roles = network.roles.filter((r) => r.personId === person.id).map((r) => r.role);
    const region = homeRegion(network, person);
    const audiences = (id: string) => network.articleAudiences.filter((x) => x.articleId === id);
    // An audience matches when every criterion it sets is the person's.
    const meant = (x: Network['articleAudiences'][number]) =>
      (x.countryCode ?? person.countryCode) === person.countryCode &&
      (x.regionId === null || x.regionId === region) &&
      (x.dealerId === null || x.dealerId === person.dealerId) &&
      (x.job === null || x.job === person.job) &&
      (x.role === null || roles.includes(x.role));
    const visible = (a: Network['articles'][number]) =>
      admin ||
      (a.brandId === person.brandId &&
        (a.countryCode ?? person.countryCode) === person.countryCode &&
        (audiences(a.id).length === 0 || audiences(a.id).some(meant)));
    const candidates = network.articles.filter((a) => kind === 'article' || a.mustRead);
    return {
      in: candidates.find(visible)?.id ?? null,
      out: candidates.find((a) => !admin && a.brandId !== person.brandId)?.id ?? null,
    };
  }
  if (kind === 'dealer') {
    const reached = dealersReached(network, person.id);
    const region = homeRegion(network, person);
    const outside = network.dealers.filter((d) => !reached.has(d.id));
    return {
      in: network.dealers.find((d) => reached.has(d.id))?.id ?? null,
      out: (outside.find((d) => d.regionId === region) ?? outside[0])?.id ?? null,
    };
  }
  return { in: null, out: null };
}

/** What the server answered, in the matrix's words. */
function classify(
  status: number,
  body: GraphQLBody,
  field: string,
  target: string | null,
  call: Call,
): string {
  if (status === 401) return 'refused';
  const code = body.errors?.[0]?.extensions?.code;
  const codes: Record<string, Outcome> = {
    UNAUTHENTICATED: 'unauthenticated',
    FORBIDDEN: 'forbidden',
    NOT_FOUND: 'not-found',
  };
  if (code) return codes[code] ?? `error ${code}`;
  const data = body.data?.[field];
  if (data === null || data === undefined) return 'null';
  if (call.contains && target !== null) return call.contains(data, target) ? 'data' : 'hidden';
  return 'data';
}

describe('the access matrix', () => {
  let t: TestApp;
  const tokens = new Map<Persona, string | undefined>();
  /** People erased by the admin's cell, one per run, never a demo person. */
  let victim: string;

  beforeAll(async () => {
    // Every cell is a request: the matrix's mutations by one persona outnumber the minute's
    // rate limit, which rate-limits.test.ts covers on its own.
    t = await createTestApp({
      rateLimits: {
        ...DEFAULT_RATE_LIMITS,
        mutationsPerPerson: 100_000,
        mutationsPerAddress: 100_000,
      },
    });
    const soon = Math.floor(Date.now() / 1000) + 600;
    const { privateKey } = await generateKeyPair('ES256');
    tokens.set('anonymous', undefined);
    tokens.set(
      'expired',
      await t.signWithDemoKey({ sub: PERSONA_PEOPLE.expired, exp: soon - 1200 }),
    );
    tokens.set(
      'forged',
      await new SignJWT({})
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer('piazza-demo')
        .setAudience('piazza')
        .setSubject(PERSONA_PEOPLE.forged)
        .setExpirationTime(soon)
        .sign(privateKey),
    );
    for (const persona of PERSONAS.slice(3)) {
      tokens.set(persona, await t.tokenFor(PERSONA_PEOPLE[persona as keyof typeof PERSONA_PEOPLE]));
    }
    victim = t.network.people.find((p) => p.job === 'MECHANIC' && !p.id.includes('demo'))!.id;
    await insertDrafts(t);
    await insertTickets(t);
    await insertTranslationsInReview(t);
    await insertPulseSurveys(t);
  });
  afterAll(() => t.close());

  it('has a row for every query and mutation of the schema, and a call for every row', () => {
    const schema = buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys((type as GraphQLObjectType).getFields()),
    );
    expect(ACCESS_MATRIX.map((row) => row.operation).sort()).toEqual(fields.sort());
    expect(Object.keys(CALLS).sort()).toEqual(fields.sort());
  });

  const cells = ACCESS_MATRIX.flatMap((row) =>
    PERSONAS.flatMap((persona) =>
      (['in', 'out'] as Scope[]).flatMap((scope) => {
        const expected = row.expect[persona][scope];
        return expected === undefined || expected === 'n/a'
          ? []
          : [{ row, persona, scope, expected }];
      }),
    ),
  );

  it.each(cells)(
    '$row.operation × $persona × $scope scope → $expected',
    async ({ row, persona, scope, expected }) => {
      const call = CALLS[row.operation]!;
      const person =
        persona === 'anonymous'
          ? undefined
          : t.network.people.find((p) => p.id === PERSONA_PEOPLE[persona]);
      let target: string | null = null;
      if (row.target === 'person') target = 'person-demo-pl-sales';
      if (row.target === 'locale') target = scope === 'in' ? 'pl' : 'de';
      if (row.target === 'victim') target = victim;
      if (row.target === 'draft') {
        const [own, other] = DRAFTS.map((draft) => draft.id);
        target = (persona === 'admin' ? other : scope === 'in' ? own : other)!;
      }
      if (row.target === 'ticket') {
        // Callers without a valid token aim at the employee's ticket.
        const own = ['anonymous', 'expired', 'forged'].includes(persona) ? 'employee' : persona;
        target = scope === 'out' || persona === 'admin' ? OUTSIDE_TICKET : ticketOf(own);
      }
      if (['article', 'mustRead', 'dealer', 'comment', 'queuedComment'].includes(row.target)) {
        // Callers without a valid token aim at the employee's targets.
        const chooser =
          persona === 'anonymous' || persona === 'expired' || persona === 'forged'
            ? t.network.people.find((p) => p.id === PERSONA_PEOPLE.employee)!
            : person!;
        target = pickTargets(t.network, chooser, row.target)[scope];
        expect(target, 'the seed has a target for this cell').not.toBeNull();
      }
      if (row.target === 'barometerRegion' || row.target === 'barometerDealer') {
        // Callers without a valid token aim at the region manager's.
        const chooser =
          person ?? t.network.people.find((p) => p.id === PERSONA_PEOPLE.regionManager)!;
        target = barometerTargets(t.network, chooser, row.target)[scope];
      }
      if (row.target === 'pulseSurvey' || row.target === 'pulseDraft') {
        target = pulseTarget(persona, scope, row.target === 'pulseDraft');
      }
      const response = await t.post(call.document, {
        variables: call.variables(target),
        token: tokens.get(persona),
      });
      const body = (await response.json()) as GraphQLBody;
      expect(classify(response.status, body, row.operation, target, call)).toBe(expected);
    },
  );

  it('leaves the data as it was after every refused mutation', async () => {
    const body = await t.graphql<{ person: { erased: boolean } }>(
      'query ($id: ID!) { person(id: $id) { erased } }',
      { variables: { id: 'person-demo-pl-sales' }, token: tokens.get('admin') },
    );
    expect(body.data?.person.erased).toBe(false);
    const audit = await t.db.query<{ actor_id: string }>(
      'select distinct actor_id from audit_log order by actor_id',
    );
    // The region manager's is the triage of a ticket he handles.
    expect(audit.map((row) => row.actor_id)).toEqual(
      [PERSONA_PEOPLE.admin, PERSONA_PEOPLE.editor, PERSONA_PEOPLE.regionManager].sort(),
    );
  });
});
