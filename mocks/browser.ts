import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';

/** Starts answering Piazza's API inside the browser (npm run dev:mock). */
export async function startMockApi(): Promise<void> {
  await setupWorker(...createHandlers()).start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
