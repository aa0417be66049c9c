/**
 * The front end from source, for `npm run dev` (real server behind Vite's proxy) and
 * `npm run dev:mock` (msw answers in the browser). The production path is embed.js.
 */
import { configure } from '../piazza-shell.js';
import type { AppEntry } from '../boot/manifest.js';

const appJsons = import.meta.glob<Omit<AppEntry, 'module'>>('../../../apps/*/app.json', {
  eager: true,
  import: 'default',
});
const localeFiles = [
  ...Object.keys(import.meta.glob('../../../shared/locales/*.json')),
  ...Object.keys(import.meta.glob('../../../apps/*/locales/*.json')),
];

function localeUrls(folder: string): Record<string, string> {
  const entries = localeFiles
    .map((file) => file.replace('../../../', '/'))
    .filter((url) => url.startsWith(`/${folder}/locales/`))
    .map((url) => [url.slice(url.lastIndexOf('/') + 1, -'.json'.length), url]);
  return Object.fromEntries(entries);
}

if (import.meta.env['VITE_PIAZZA_MOCK']) {
  const { startMockApi } = await import('../../../mocks/browser.js');
  await startMockApi();
}

const apps: AppEntry[] = Object.values(appJsons)
  .map((app) => ({ ...app, module: `/apps/${app.name}/src/${app.name}-app.ts` }))
  .sort((a, b) => a.order - b.order);
configure({
  apps,
  locales: {
    common: localeUrls('shared'),
    ...Object.fromEntries(apps.map((app) => [app.namespace, localeUrls(`apps/${app.name}`)])),
  },
  graphqlUrl: '/graphql',
  origin: window.location.origin,
});
