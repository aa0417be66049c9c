import { buildClientSchema, graphql as execute, type IntrospectionQuery } from 'graphql';
import { HttpResponse, graphql, http } from 'msw';
import introspection from '../shared/graphql/generated/introspection.json' with { type: 'json' };
import { MockAdminApi } from './admin-api.js';
import { testApps } from './app-catalogue.js';
import { mockNetwork } from './fixtures.js';
import { discussionFields, MockDiscussionApi } from './discussion-api.js';
import { MockApi, mockTokenFor } from './mock-api.js';
import { MockNewsroomApi } from './newsroom-api.js';
import { MockNotificationsApi, notificationStream } from './notifications-api.js';
import { MockTicketAdminApi } from './ticket-admin-api.js';
import { MockTicketsApi } from './tickets-api.js';
import { MockTranslationReviewApi } from './translations-review-api.js';
import { MockBarometerInsightsApi } from './barometer-insights-api.js';
import { MockPulseApi } from './pulse-api.js';
import { MockBarometersApi } from './barometers-api.js';
import { MockPulseAnswerApi } from './pulse-answer-api.js';

const schema = buildClientSchema(introspection as unknown as IntrospectionQuery);
/** The largest file the mocks take, like the server's media endpoint. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The types the media endpoint takes, by extension: pictures, and PDF to attach. */
const PICTURES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
const ATTACHMENTS: Record<string, string> = { ...PICTURES, 'application/pdf': 'pdf' };

/**
 * msw handlers answering Piazza's real schema (every query is executed against it, so
 * a mock can never return a field the schema lacks) and the demo sign-in.
 */
export function createHandlers(
  api = new MockApi(mockNetwork()),
  admin = new MockAdminApi(mockNetwork(), testApps),
  newsroom = new MockNewsroomApi(mockNetwork()),
  discussion = new MockDiscussionApi(api, mockNetwork()),
  notifications = new MockNotificationsApi(api),
  tickets = new MockTicketsApi(mockNetwork(), admin),
  ticketAdmin = new MockTicketAdminApi(mockNetwork(), admin),
  translations = new MockTranslationReviewApi(mockNetwork()),
  insights = new MockBarometerInsightsApi(mockNetwork()),
  pulse = new MockPulseApi(mockNetwork()),
  barometers = new MockBarometersApi(mockNetwork()),
  pulseAnswers = new MockPulseAnswerApi(mockNetwork()),
) {
  return [
    http.get('*/auth/demo/people', () => HttpResponse.json(api.demoPeople())),
    http.post('*/auth/demo/token', async ({ request }) => {
      const { personId } = (await request.json()) as { personId: string };
      return HttpResponse.json({
        accessToken: mockTokenFor(personId),
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
    }),
    http.post('*/api/media', async ({ request }) => {
      if (!api.viewerFromAuthorization(request.headers.get('authorization'))) {
        return HttpResponse.json({ error: { code: 'UNAUTHENTICATED' } }, { status: 401 });
      }
      const type = request.headers.get('content-type') ?? '';
      const bytes = (await request.arrayBuffer()).byteLength;
      // An attachment's name tells the newsroom mock its size and kind.
      const attachment = new URL(request.url).searchParams.get('purpose') === 'attachment';
      const extension = (attachment ? ATTACHMENTS : PICTURES)[type];
      if (!extension) {
        const code = attachment ? 'UNSUPPORTED_FILE' : 'NOT_AN_IMAGE';
        return HttpResponse.json({ error: { code } }, { status: 415 });
      }
      if (bytes > MAX_UPLOAD_BYTES) {
        return HttpResponse.json({ error: { code: 'TOO_LARGE' } }, { status: 413 });
      }
      const url = `/media/uploads/mock-${bytes}${attachment ? `.${extension}` : ''}`;
      return HttpResponse.json({ url }, { status: 201 });
    }),
    ...tickets.fileHandlers((header) => api.viewerFromAuthorization(header)),
    tickets.csvExport((header) => api.viewerFromAuthorization(header)),
    // Before the notifications' stream, which answers every other subscription.
    tickets.changeStream({ viewerOf: (header) => api.viewerFromAuthorization(header), schema }),
    notificationStream({ api, notifications, schema }),
    graphql.operation(async ({ query, variables, request }) => {
      const viewer = api.viewerFromAuthorization(request.headers.get('authorization'));
      const rootValue = {
        me: () => tickets.forTicketing(viewer, api.me(viewer)),
        newsFeed: (args: Parameters<MockApi['newsFeed']>[1]) => api.newsFeed(viewer, args),
        // With its reactions and comment count (the discussion's).
        article: (args: Parameters<MockApi['article']>[1]) =>
          discussion.withDiscussion(viewer, api.article(viewer, args)),
        mustReads: (args: Parameters<MockApi['mustReads']>[1]) => api.mustReads(viewer, args),
        pinnedArticles: (args: Parameters<MockApi['pinnedArticles']>[1]) =>
          api.pinnedArticles(viewer, args),
        acknowledgeArticle: (args: Parameters<MockApi['acknowledgeArticle']>[1]) =>
          api.acknowledgeArticle(viewer, args),
        recordArticleOpened: (args: Parameters<MockApi['recordArticleOpened']>[1]) =>
          api.recordArticleOpened(viewer, args),
        articleReach: (args: Parameters<MockApi['articleReach']>[1]) =>
          api.articleReach(viewer, args),
        ...adminFields(admin, viewer),
        ...ticketAdminFields(ticketAdmin, viewer),
        ...newsroomFields(newsroom, viewer),
        ...discussionFields(discussion, viewer),
        notifications: (args: { locale?: string | null }) =>
          notifications.notifications(viewer, args),
        markNotificationsSeen: (args: { locale?: string | null }) =>
          notifications.markNotificationsSeen(viewer, args),
        liveNow: (args: { locale?: string | null }) => notifications.liveNow(viewer, args),
        ...ticketFields(tickets, viewer),
        ...translationFields(translations, viewer),
        ...insightFields(insights, pulse, viewer),
        ...barometerFields(barometers, viewer),
        openPulseSurveys: () => pulseAnswers.openPulseSurveys(viewer),
        answerPulseSurvey: (args: Parameters<MockPulseAnswerApi['answerPulseSurvey']>[1]) =>
          pulseAnswers.answerPulseSurvey(viewer, args),
      };
      const result = await execute({ schema, source: query, variableValues: variables, rootValue });
      return HttpResponse.json(result);
    }),
  ];
}

type Viewer = Parameters<MockAdminApi['people']>[0];

/** The admin queries and mutations, each bound to the viewer like the fields above. */
function adminFields(admin: MockAdminApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(admin, viewer, args);
  return {
    people: bind(admin.people),
    person: bind(admin.person),
    dealers: bind(admin.dealers),
    countries: bind(admin.countries),
    regions: bind(admin.regions),
    appRollouts: bind(admin.appRollouts),
    auditLog: bind(admin.auditLog),
    setAppRollout: bind(admin.setAppRollout),
    setAuditRetention: bind(admin.setAuditRetention),
    exportPersonData: bind(admin.exportPersonData),
    erasePerson: bind(admin.erasePerson),
  };
}

/** The admins' ticket categories and teams, bound to the viewer. */
function ticketAdminFields(ticketAdmin: MockTicketAdminApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(ticketAdmin, viewer, args);
  return {
    adminTicketCategories: bind(ticketAdmin.adminTicketCategories),
    adminTicketQueues: bind(ticketAdmin.adminTicketQueues),
    saveTicketCategory: bind(ticketAdmin.saveTicketCategory),
    saveTicketQueue: bind(ticketAdmin.saveTicketQueue),
  };
}

/** The editors' queries and mutations (the newsroom app), bound to the viewer. */
function newsroomFields(newsroom: MockNewsroomApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(newsroom, viewer, args);
  return {
    editorCommunities: bind(newsroom.editorCommunities),
    editorialArticles: bind(newsroom.editorialArticles),
    editorialArticle: bind(newsroom.editorialArticle),
    audienceReach: bind(newsroom.audienceReach),
    createArticle: bind(newsroom.createArticle),
    saveArticleVersion: bind(newsroom.saveArticleVersion),
    deleteArticleVersion: bind(newsroom.deleteArticleVersion),
    setArticleTarget: bind(newsroom.setArticleTarget),
    moveArticle: bind(newsroom.moveArticle),
    setArticleTopics: bind(newsroom.setArticleTopics),
    setArticleLiveStream: bind(newsroom.setArticleLiveStream),
    pinArticle: bind(newsroom.pinArticle),
    setArticleVideo: bind(newsroom.setArticleVideo),
    setArticleAttachments: bind(newsroom.setArticleAttachments),
  };
}

/** The tickets' queries and mutations (the ticketing app), bound to the viewer. */
function ticketFields(tickets: MockTicketsApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(tickets, viewer, args);
  return {
    ticketCategories: bind(tickets.ticketCategories),
    tickets: bind(tickets.tickets),
    ticket: bind(tickets.ticket),
    createTicket: bind(tickets.createTicket),
    moveTicket: bind(tickets.moveTicket),
    addTicketComment: bind(tickets.addTicketComment),
    ticketQueues: bind(tickets.ticketQueues),
    ticketTags: bind(tickets.ticketTags),
    assignTicket: bind(tickets.assignTicket),
    watchTicket: bind(tickets.watchTicket),
    setTicketChecklistItem: bind(tickets.setTicketChecklistItem),
    setTicketTags: bind(tickets.setTicketTags),
  };
}

/** The translators' queries and mutations (the translations app), bound to the viewer. */
function translationFields(translations: MockTranslationReviewApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(translations, viewer, args);
  return {
    translationLocales: () => translations.translationLocales(),
    translationOverview: () => translations.translationOverview(viewer),
    translationEntries: bind(translations.translationEntries),
    translationEntry: bind(translations.translationEntry),
    translationSuggestions: bind(translations.translationSuggestions),
    saveTranslation: bind(translations.saveTranslation),
    submitTranslations: bind(translations.submitTranslations),
    reviewTranslation: bind(translations.reviewTranslation),
    publishTranslations: bind(translations.publishTranslations),
    revertTranslation: bind(translations.revertTranslation),
    glossary: bind(translations.glossary),
    saveGlossaryTerm: bind(translations.saveGlossaryTerm),
    deleteGlossaryTerm: bind(translations.deleteGlossaryTerm),
    translationExport: bind(translations.translationExport),
    importTranslations: bind(translations.importTranslations),
  };
}

/** The barometers' engagement, voice, portal health and pulse surveys, bound to the viewer. */
function insightFields(insights: MockBarometerInsightsApi, pulse: MockPulseApi, viewer: Viewer) {
  const on =
    <T, A>(api: T, field: (this: T, viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(api, viewer, args);
  return {
    engagementBarometer: on(insights, insights.engagementBarometer),
    networkThemes: on(insights, insights.networkThemes),
    portalHealth: on(insights, insights.portalHealth),
    pulseSurveys: on(pulse, pulse.pulseSurveys),
    pulseSurvey: on(pulse, pulse.pulseSurvey),
    savePulseSurvey: on(pulse, pulse.savePulseSurvey),
    openPulseSurvey: on(pulse, pulse.openPulseSurvey),
    closePulseSurvey: on(pulse, pulse.closePulseSurvey),
  };
}

/** The barometers' scopes, network, dealer pages and KPI import, bound to the viewer. */
function barometerFields(barometers: MockBarometersApi, viewer: Viewer) {
  const bind =
    <A>(field: (viewer: Viewer, args: A) => unknown) =>
    (args: A) =>
      field.call(barometers, viewer, args);
  return {
    barometerScopes: () => barometers.barometerScopes(viewer),
    barometer: bind(barometers.barometer),
    dealerBarometer: bind(barometers.dealerBarometer),
    importKpiMeasurements: bind(barometers.importKpiMeasurements),
  };
}
