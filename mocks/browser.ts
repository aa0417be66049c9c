import { setupWorker } from 'msw/browser';
import { MockAdminApi } from './admin-api.js';
import { mockNetwork } from './fixtures.js';
import { createHandlers } from './handlers.js';
import { MockApi, type MockAppDefinition } from './mock-api.js';

/** Every app of the repository, as the server's catalogue reads them. */
const apps = Object.values(
  import.meta.glob<MockAppDefinition>('../apps/*/app.json', { eager: true, import: 'default' }),
);

/** Starts answering Piazza's API inside the browser (npm run dev:mock). */
export async function startMockApi(): Promise<void> {
  const handlers = createHandlers(
    new MockApi(mockNetwork(), apps),
    new MockAdminApi(mockNetwork(), apps),
  );
  await setupWorker(...handlers).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
