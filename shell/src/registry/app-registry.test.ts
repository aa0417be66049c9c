import { expect, waitUntil } from '@open-wc/testing';
import { navigateToUrl } from 'single-spa';
import type { PortalContext } from '@piazza/shared';
import { createTestPortal } from '../../../mocks/test-portal.js';
import type { AppEntry } from '../boot/manifest.js';
import { AppRegistry, isAppRoute } from './app-registry.js';

const apps: AppEntry[] = [
  {
    name: 'greeting',
    route: 'greeting',
    namespace: 'greeting',
    order: 1,
    module: new URL('./fixtures/greeting-app.ts', import.meta.url).pathname,
  },
  {
    name: 'missing',
    route: 'missing',
    namespace: 'missing',
    order: 2,
    module: '/this/module/does-not-exist.js',
  },
  {
    name: 'throwing',
    route: 'throwing',
    namespace: 'throwing',
    order: 3,
    module: new URL('./fixtures/throwing-app.ts', import.meta.url).pathname,
  },
];

const container = (region: HTMLElement, name: string) =>
  region.querySelector<HTMLElement>(`[data-app="${name}"]`)!;
const tileTitle = (region: HTMLElement, name: string) =>
  container(region, name)
    .querySelector('piazza-app-unavailable')
    ?.shadowRoot?.querySelector('piazza-error-panel')
    ?.shadowRoot?.querySelector('h2')?.textContent ?? null;

describe('AppRegistry', () => {
  const region = document.createElement('main');
  document.body.append(region);
  let portal: PortalContext;
  let registry: AppRegistry;

  before(async () => {
    portal = await createTestPortal({
      personId: 'person-demo-fr-sales',
      locale: 'fr',
      app: { namespace: 'news', folder: 'apps/news' },
    });
    window.history.replaceState(null, '', '/portal/greeting');
    registry = new AppRegistry({ apps, portal, region, loadNamespace: async () => {} });
    registry.start();
    await waitUntil(() => container(region, 'greeting').textContent === 'Bonjour');
  });

  it('matches an app’s route and the paths below it, not a longer name', () => {
    expect(isAppRoute('/portal/news', '/portal/', 'news')).to.equal(true);
    expect(isAppRoute('/portal/news/article-1', '/portal/', 'news')).to.equal(true);
    expect(isAppRoute('/portal/newsletter', '/portal/', 'news')).to.equal(false);
  });

  it('shows a translated tile for an app whose module fails to load', async () => {
    navigateToUrl('/portal/missing');
    await waitUntil(() => tileTitle(region, 'missing') !== null, 'no tile for the missing app');
    expect(tileTitle(region, 'missing')).to.equal('Cette rubrique est indisponible');
    expect(container(region, 'greeting').hidden).to.equal(true);
  });

  it('shows the tile for an app that throws on mount, and again after a retry', async () => {
    navigateToUrl('/portal/throwing');
    await waitUntil(() => tileTitle(region, 'throwing') !== null, 'no tile for the throwing app');
    const retry = () =>
      container(region, 'throwing')
        .querySelector('piazza-app-unavailable')!
        .shadowRoot!.querySelector('piazza-error-panel')!
        .shadowRoot!.querySelector('button')!;
    retry().click();
    await waitUntil(() => tileTitle(region, 'throwing') === null, 'retry did not clear the tile');
    await waitUntil(() => tileTitle(region, 'throwing') !== null, 'no tile after the retry');
  });

  it('keeps the healthy app working beside the broken ones', async () => {
    navigateToUrl('/portal/greeting');
    await waitUntil(() => !container(region, 'greeting').hidden, 'greeting not shown');
    expect(container(region, 'greeting').textContent).to.equal('Bonjour');
    expect(container(region, 'throwing').hidden).to.equal(true);
  });

  it('stops, and a new registry (a new session) mounts the app of the route again', async () => {
    await registry.stop();
    expect(region.querySelector('[data-app]')).to.equal(null);
    registry = new AppRegistry({ apps, portal, region, loadNamespace: async () => {} });
    registry.start();
    await waitUntil(
      () => container(region, 'greeting')?.textContent === 'Bonjour',
      'greeting not mounted again',
    );
  });
});
