import { setupWorker, type SetupWorker } from 'msw/browser';
import i18next from 'i18next';
import { createHandlers } from './handlers.js';
import { mockTokenFor } from './mock-api.js';
import { createApolloClient } from '../shell/src/boot/apollo.js';
import { createAuthenticatedFetch } from '../shell/src/boot/token-renewal.js';
import { createOutbox, type ShellOutbox } from '../shell/src/outbox/create-outbox.js';
import type { PortalContext } from '@piazza/shared';

let worker: SetupWorker | undefined;

/** Starts msw in the test page once; tests add overrides with `worker.use(...)`. */
export async function startMockWorker(): Promise<SetupWorker> {
  if (worker === undefined) {
    worker = setupWorker(...createHandlers());
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  }
  return worker;
}

async function loadBundle(namespace: string, folder: string, locale: string): Promise<void> {
  const response = await fetch(`/${folder}/locales/${locale}.json`);
  i18next.addResourceBundle(locale, namespace, await response.json(), true, true);
}

/**
 * A portal context like the shell's, for a component test: the real Apollo client and
 * i18next with the real bundles, the API answered by msw as the given demo person.
 */
export async function createTestPortal(options: {
  personId: string;
  locale: string;
  app: { namespace: string; folder: string };
}): Promise<PortalContext> {
  await startMockWorker();
  if (!i18next.isInitialized) {
    await i18next.init({
      lng: options.locale,
      fallbackLng: false,
      defaultNS: 'common',
      resources: {},
    });
  }
  await loadBundle('common', 'shared', options.locale);
  await loadBundle(options.app.namespace, options.app.folder, options.locale);
  await i18next.changeLanguage(options.locale);
  const authenticatedFetch = createAuthenticatedFetch({
    getToken: () => mockTokenFor(options.personId),
    onSessionEnded: () => undefined,
  });
  const client = createApolloClient({ graphqlUrl: '/graphql', authenticatedFetch });
  const fetchApi = (path: string, init?: RequestInit) => authenticatedFetch(path, init);
  // The person's real outbox (IndexedDB in the test browser), opened on first use.
  let outbox: Promise<ShellOutbox> | undefined;
  return {
    client,
    session: {
      personId: options.personId,
      displayName: 'Test person',
      roles: ['EMPLOYEE'],
      apps: [],
      cohorts: [],
      locale: options.locale,
      brand: { code: 'veyra', name: 'Veyra' },
    },
    basePath: '/portal/',
    href: (path) => `/portal/${path}`,
    navigate: (path) => {
      window.history.pushState(null, '', `/portal/${path}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    fetchApi,
    outbox: () => (outbox ??= createOutbox({ personId: options.personId, client, fetchApi })),
  };
}
