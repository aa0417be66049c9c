import type { Db } from './db/db.js';
import type { TranslationCatalogue } from './i18n/catalogue.js';
import type { NewsEvents } from './notifications/news-events.js';
import type { AppCatalogue } from './org/app-catalogue.js';
import type { Principal } from './org/principal.js';

/** What every resolver receives: the database and who is asking (null when anonymous). */
export interface GraphQLContext {
  db: Db;
  principal: Principal | null;
  /** The client's network address, for rate limits. */
  clientAddress: string;
  /** The apps of the deployment. */
  apps: AppCatalogue;
  /** What reaches readers, for their notification streams. */
  news: NewsEvents;
  /** The deployment's own video sites, whose players articles may embed (news/video.ts). */
  embedOrigins: readonly string[];
  /** Every namespace's strings, English sources and built bundles (translations/). */
  catalogue: TranslationCatalogue;
}
