import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthenticator } from './auth/authenticate.js';
import { createDemoIssuer } from './auth/demo-issuer.js';
import { loadDemoKeys } from './auth/demo-keys.js';
import { oidcIssuer } from './auth/oidc.js';
import { createTokenVerifier, type TrustedIssuer } from './auth/token-verifier.js';
import type { Config } from './config.js';
import type { Db } from './db/db.js';
import { createGraphQL, type PiazzaYoga } from './graphql/yoga.js';
import { toNodeHandler } from './http/node-adapter.js';
import { createRateLimits } from './http/rate-limits.js';
import { translationCatalogue, type TranslationCatalogue } from './i18n/catalogue.js';
import { createRouter, type FetchHandler } from './http/router.js';
import { startAnnouncer } from './notifications/announcer.js';
import { createNewsEvents } from './notifications/news-events.js';
import { appCatalogue } from './org/app-catalogue.js';

export interface AppOptions {
  /** A migrated database. */
  db: Db;
  config: Config;
  /** The strings to translate; by default the build's (i18n/catalogue.ts). */
  catalogue?: TranslationCatalogue;
}

export interface App {
  /** For node's http server. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Every route, in process: `await app.fetch(new Request('http://piazza/healthz'))`. */
  fetch: FetchHandler;
  /** The GraphQL endpoint alone: `await app.yoga.fetch('http://piazza/graphql', init)`. */
  yoga: PiazzaYoga;
  /** Stops its timers and lets go of its connections (Redis); the database is the caller's. */
  close(): Promise<void>;
}

/** Wires the server: identity, GraphQL and the HTTP routes around one database. */
export function createApp({ db, config, catalogue }: AppOptions): App {
  const strings = catalogue ?? translationCatalogue(config.distDir);
  const demoIssuer = config.demoIssuer
    ? createDemoIssuer(() => loadDemoKeys({ db, file: config.demoKeyFile }), {
        lifetimeSeconds: config.demoTokenSeconds,
      })
    : null;
  const issuers: TrustedIssuer[] = [];
  if (config.oidc) issuers.push(oidcIssuer(config.oidc));
  if (demoIssuer) issuers.push(demoIssuer.trustedIssuer);
  const authenticate = createAuthenticator(db, createTokenVerifier(issuers));
  const rateLimits = createRateLimits(config.rateLimits, config.redisUrl);
  const news = createNewsEvents(config.redisUrl);
  const stopAnnouncer =
    config.announceEveryMs > 0 ? startAnnouncer(db, news.events, config.announceEveryMs) : () => {};
  const yoga = createGraphQL({
    db,
    authenticate,
    rateLimits,
    apps: appCatalogue(config.distDir),
    news: news.events,
    embedOrigins: config.embedOrigins,
    catalogue: strings,
    production: config.production,
    trustProxy: config.trustProxy,
  });
  const fetch = createRouter({
    db,
    config,
    yoga,
    demoIssuer,
    rateLimits,
    authenticate,
  });
  return {
    handle: toNodeHandler(fetch),
    fetch,
    yoga,
    close: async () => {
      stopAnnouncer();
      await Promise.all([rateLimits.close(), news.close()]);
    },
  };
}
