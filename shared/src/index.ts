/**
 * What every Piazza app may import. Built once and shared through the import map, and part
 * of every first view: what only later screens need is in `@piazza/shared/screens`.
 */
export type {
  Outbox,
  OutboxEntry,
  OutboxLabel,
  OutboxResult,
  OutboxState,
  OutboxUpload,
  OutboxWrite,
} from './outbox/outbox.js';
export { portalContext, type PortalContext, type PortalSession } from './portal-context.js';
export {
  createAppLifecycles,
  type AppLifecycles,
  type AppProps,
  type AppRootElement,
} from './lifecycle/create-lifecycles.js';
export { defineElement } from './define-element.js';
export { QueryController, type QueryRenderers } from './graphql/query-controller.js';
export { errorMessageKey } from './graphql/error-key.js';
export { LocalizeController } from './i18n/localize-controller.js';
export {
  formatDate,
  formatDeadline,
  formatTimeRange,
  formatTimestamp,
} from './i18n/format-date.js';
export { countryName } from './i18n/country-name.js';
export { formatFileSize } from './i18n/format-file-size.js';
export { languageName } from './i18n/language-name.js';
export {
  LIVE_SOON_MS,
  liveStreamState,
  msUntilNextLiveChange,
  type LiveStreamState,
  type LiveStreamTimes,
} from './news/live-stream-state.js';
export { tokens } from './tokens/tokens.js';
export { buttonStyles } from './ui/button.styles.js';
export { stackedTableStyles } from './ui/stacked-table.styles.js';
export { sectionNav, sectionNavStyles, type SectionLink } from './ui/section-nav.js';
export { followInPortal, isPlainClick } from './ui/plain-click.js';
export { PiazzaErrorPanel, PiazzaRetryEvent } from './ui/error-panel/error-panel.js';
export { downloadFile } from './ui/download.js';
