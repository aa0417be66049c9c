// Component tests in headless Chromium (Debian's), the API answered by msw.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromiumArgs, chromiumPath } from './test/support/chromium.js';

/** Resolves the aliases the TypeScript config and Vite know about. */
const aliases = {
  name: 'piazza-aliases',
  resolveImport({ source }) {
    if (source === '@piazza/shared') return '/shared/src/index.ts';
    if (source === '@piazza/shared/screens') return '/shared/src/screens.ts';
    return undefined;
  },
};

/** msw's worker must be served from the root to control the test pages; media as the server does. */
function servedLikeProduction(context, next) {
  if (context.path === '/mockServiceWorker.js') context.path = '/mocks/public/mockServiceWorker.js';
  if (context.path.startsWith('/media/')) context.path = `/server/src/seed${context.path}`;
  return next();
}

export default {
  files: ['apps/**/*.test.ts', 'shell/**/*.test.ts', 'shared/**/*.browser.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testsFinishTimeout: 120_000,
  middleware: [servedLikeProduction],
  plugins: [aliases, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 10_000 } },
};
