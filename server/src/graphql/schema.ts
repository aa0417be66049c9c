import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSchema } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers.js';
import { articleReach, recordArticleOpened } from '../news/reach.js';
import { addComment } from '../news/comments/add-comment.js';
import { ArticleDiscussion } from '../news/comments/article-discussion.js';
import { articleComments, CommentReplies } from '../news/comments/article-comments.js';
import { editComment } from '../news/comments/edit-comment.js';
import { moderateComment } from '../news/comments/moderate-comment.js';
import { moderationQueue } from '../news/comments/moderation-queue.js';
import { reactToArticle } from '../news/comments/react-to-article.js';
import { reportComment } from '../news/comments/report-comment.js';
import {
  acknowledgeArticle,
  article,
  mustReads,
  newsFeed,
  pinnedArticles,
} from '../news/resolvers.js';
import { pinArticle } from '../news/pinned.js';
import { auditLog, setAuditRetention } from '../audit/audit-log.js';
import { countries, dealer, dealers, regions } from '../org/dealers.js';
import { people, Person, person } from '../org/people-resolvers.js';
import { me } from '../org/resolvers.js';
import { liveNow, LiveStream, setArticleLiveStream } from '../news/live-streams.js';
import { setArticleVideo, video } from '../news/article-video.js';
import { setArticleTopics } from '../news/topics.js';
import { setArticleAttachments } from '../news/attachments.js';
import {
  markNotificationsSeen,
  notifications,
  notificationsChanged,
} from '../notifications/resolvers.js';
import {
  audienceReach,
  createArticle,
  deleteArticleVersion,
  EditorialArticle,
  editorCommunities,
  editorialArticle,
  editorialArticles,
  moveArticle,
  saveArticleVersion,
  setArticleTarget,
} from '../news/editorial/resolvers.js';
import { appRollouts, setAppRollout } from '../org/rollouts.js';
import { erasePerson, exportPersonData } from '../privacy/personal-data.js';
import { addTicketComment } from '../tickets/ticket-comments.js';
import { createTicket } from '../tickets/create-ticket.js';
import { moveTicket } from '../tickets/move-ticket.js';
import { Ticket, ticket, ticketCategories, tickets } from '../tickets/ticket-queries.js';
import {
  assignTicket,
  TicketAssignment,
  TicketQueue,
  ticketQueues,
} from '../tickets/ticket-assignment.js';
import { TicketWatchers, watchTicket } from '../tickets/ticket-watchers.js';
import { TicketingViewer } from '../tickets/viewer-queues.js';
import { TicketFiles } from '../tickets/ticket-files.js';
import { setTicketChecklistItem, TicketChecklist } from '../tickets/ticket-checklist.js';
import { setTicketTags, ticketTags } from '../tickets/ticket-tags.js';
import { ticketChanged } from '../tickets/ticket-events.js';
import {
  adminTicketCategories,
  adminTicketQueues,
  saveTicketCategory,
  TicketCategory,
} from '../tickets/ticket-categories-admin.js';
import { saveTicketQueue } from '../tickets/ticket-queues-admin.js';
import { importTranslations, translationExport } from '../translations/exchange.js';
import {
  deleteGlossaryTerm,
  glossary,
  saveGlossaryTerm,
  TranslationEntryGlossary,
} from '../translations/glossary.js';
import { TranslationChange } from '../translations/history.js';
import { translationSuggestions } from '../translations/suggestions.js';
import {
  TranslationEntry,
  translationEntries,
  translationEntry,
  translationOverview,
} from '../translations/queries.js';
import {
  publishTranslations,
  translationLocales,
  translationRelease,
  translationsPublished,
} from '../translations/releases.js';
import {
  reviewTranslation,
  revertTranslation,
  saveTranslation,
  submitTranslations,
} from '../translations/workflow.js';
import { barometer, barometerScopes } from '../barometers/network.js';
import { dealerBarometer } from '../barometers/dealer-barometer.js';
import { engagementBarometer } from '../barometers/engagement.js';
import { networkThemes } from '../barometers/network-themes.js';
import { importKpiMeasurements, recordKpiMeasurements } from '../barometers/kpi-import.js';
import { answerPulseSurvey } from '../pulse/answer-pulse-survey.js';
import { closePulseSurvey, openPulseSurvey, savePulseSurvey } from '../pulse/pulse-lifecycle.js';
import {
  openPulseSurveys,
  PulseSurvey,
  pulseSurvey,
  pulseSurveys,
} from '../pulse/pulse-queries.js';
import { portalHealth } from '../vitals/portal-health.js';

/** The single contract, shared with the apps and the mocks. */
export const SCHEMA_PATH = fileURLToPath(
  new URL('../../../shared/graphql/schema.graphql', import.meta.url),
);

const resolvers: Resolvers = {
  Query: {
    me,
    newsFeed,
    mustReads,
    pinnedArticles,
    articleReach,
    article,
    articleComments,
    moderationQueue,
    countries,
    dealers,
    regions,
    dealer,
    people,
    person,
    appRollouts,
    auditLog,
    editorCommunities,
    editorialArticles,
    editorialArticle,
    audienceReach,
    notifications,
    liveNow,
    ticketCategories,
    tickets,
    ticket,
    ticketQueues,
    ticketTags,
    adminTicketCategories,
    adminTicketQueues,
    translationLocales,
    translationRelease,
    translationOverview,
    translationEntries,
    translationEntry,
    translationSuggestions,
    glossary,
    translationExport,
    barometerScopes,
    barometer,
    dealerBarometer,
    engagementBarometer,
    networkThemes,
    pulseSurveys,
    pulseSurvey,
    openPulseSurveys,
    portalHealth,
  },
  Mutation: {
    acknowledgeArticle,
    recordArticleOpened,
    reactToArticle,
    addComment,
    editComment,
    reportComment,
    moderateComment,
    setAppRollout,
    setAuditRetention,
    exportPersonData,
    erasePerson,
    createArticle,
    saveArticleVersion,
    deleteArticleVersion,
    setArticleTarget,
    moveArticle,
    setArticleLiveStream,
    setArticleVideo,
    pinArticle,
    setArticleTopics,
    setArticleAttachments,
    markNotificationsSeen,
    createTicket,
    moveTicket,
    addTicketComment,
    assignTicket,
    watchTicket,
    setTicketChecklistItem,
    setTicketTags,
    saveTicketCategory,
    saveTicketQueue,
    saveTranslation,
    submitTranslations,
    reviewTranslation,
    publishTranslations,
    revertTranslation,
    importTranslations,
    saveGlossaryTerm,
    deleteGlossaryTerm,
    savePulseSurvey,
    openPulseSurvey,
    closePulseSurvey,
    answerPulseSurvey,
    importKpiMeasurements,
    recordKpiMeasurements,
  },
  Subscription: { notificationsChanged, ticketChanged, translationsPublished },
  Person,
  Article: { ...ArticleDiscussion, video },
  Comment: CommentReplies,
  EditorialArticle: { ...EditorialArticle, video },
  LiveStream,
  Ticket: { ...Ticket, ...TicketAssignment, ...TicketWatchers, ...TicketFiles, ...TicketChecklist },
  TicketQueue,
  TicketCategory,
  Viewer: TicketingViewer,
  TranslationEntry: { ...TranslationEntry, ...TranslationEntryGlossary },
  TranslationChange,
  PulseSurvey,
};

export function createExecutableSchema() {
  return createSchema<GraphQLContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers,
  });
}
