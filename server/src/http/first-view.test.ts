import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import { createTestApp, testConfig, type TestApp } from '../test-support/test-app.js';

const FRENCH_READER = 'person-demo-fr-sales';
const INDEX = '<!doctype html><html><head><title>Piazza</title></head><body></body></html>';
const ME = 'query Me { me { locale apps person { displayName } } }';
const FEED =
  'query NewsFeed($first: Int!, $locale: String!) { newsFeed(first: $first, locale: $locale) { edges { node { id title locale } } } }';

interface Boot {
  token: string;
  locale: string;
  bundles: Record<string, Record<string, string>>;
  operations: {
    operationName: string;
    variables: Record<string, unknown>;
    result: { data: { me: { person: { displayName: string } } } };
  }[];
}

/** The JSON the page carries, or null. */
function bootOf(html: string): Boot | null {
  const match = /<script type="application\/json" id="piazza-boot">([\s\S]*?)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1]!) as Boot) : null;
}

describe('the first view embedded in the standalone page', () => {
  let root: string;
  let test: TestApp;
  let app: App;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'piazza-first-view-'));
    const manifest = {
      apps: [
        {
          name: 'news',
          route: 'news',
          namespace: 'news',
          order: 10,
          roles: ['EMPLOYEE', 'ADMIN'],
          module: '@piazza/news',
          firstView: { operation: 'NewsFeed', variables: { first: 3, locale: '$locale' } },
        },
      ],
      locales: {
        common: { fr: '/locales/common/fr-1.json' },
        news: { fr: '/locales/news/fr-1.json' },
      },
    };
    const files: Record<string, string> = {
      'public/index.html': INDEX,
      'public/manifest.json': JSON.stringify(manifest),
      'public/locales/common/fr-1.json': '{"actions":{"retry":"Réessayer"}}',
      'public/locales/news/fr-1.json': '{"feed":{"title":"Dernières actualités"}}',
      'operations.json': JSON.stringify({ Me: ME, NewsFeed: FEED }),
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    }
    test = await createTestApp();
    app = createApp({ db: test.db, config: testConfig({ distDir: root }) });
  });
  afterAll(async () => {
    await test.close();
    await rm(root, { recursive: true, force: true });
  });

  const page = (path: string, cookie?: string) =>
    app.fetch(
      new Request(`http://piazza${path}`, {
        headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
      }),
    );

  it('sets the session cookie at the demo sign-in, HttpOnly and SameSite=Strict', async () => {
    const response = await app.fetch(
      new Request('http://piazza/auth/demo/token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ personId: FRENCH_READER }),
      }),
    );
    const cookie = response.headers.get('set-cookie') ?? '';
    const { accessToken } = (await response.json()) as { accessToken: string };
    expect(cookie).toContain(`piazza_session=${accessToken}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const signOut = await app.fetch(
      new Request('http://piazza/auth/demo/sign-out', { method: 'POST' }),
    );
    expect(signOut.headers.get('set-cookie')).toMatch(/^piazza_session=;.*Max-Age=0/);
  });

  it('embeds the session, the home app’s first query and the strings, in the person’s language', async () => {
    const token = await test.tokenFor(FRENCH_READER);
    const response = await page('/news', `piazza_session=${token}`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const boot = bootOf(await response.text())!;
    expect(boot.token).toBe(token);
    expect(boot.locale).toBe('fr');
    expect(boot.bundles['news']).toEqual({ feed: { title: 'Dernières actualités' } });
    const [me, feed] = boot.operations;
    expect(me!.result.data.me.person.displayName).toBe('Camille Laurent');
    expect(feed!.operationName).toBe('NewsFeed');
    expect(feed!.variables).toEqual({ first: 3, locale: 'fr' });
    const viaApi = await test.graphql(FEED, { token, variables: { first: 3, locale: 'fr' } });
    expect(feed!.result).toEqual(viaApi);
  });

  it('lays the locale’s published translator edits over the built strings', async () => {
    await test.db.query(
      `insert into translations (locale, namespace, key, forms, status, source_forms, published_forms)
       values ('fr', 'news', 'feed.subtitle', '{"": "Brouillon"}', 'DRAFT', '{"": "News"}',
               '{"": "Toute l’actualité"}'),
              ('fr', 'common', 'actions.retry', '{"": "Encore"}', 'DRAFT', '{"": "Retry"}', null)`,
    );
    try {
      const token = await test.tokenFor(FRENCH_READER);
      const boot = bootOf(await (await page('/news', `piazza_session=${token}`)).text())!;
      expect(boot.bundles['news']).toEqual({
        feed: { title: 'Dernières actualités', subtitle: 'Toute l’actualité' },
      });
      // A draft is not published: the built text stays.
      expect(boot.bundles['common']).toEqual({ actions: { retry: 'Réessayer' } });
    } finally {
      await test.db.query(`delete from translations where locale = 'fr'`);
    }
  });

  it('embeds nothing without a session, or with a forged or expired one', async () => {
    // Another person's claims under the French reader's signature.
    const [header, , signature] = (await test.tokenFor(FRENCH_READER)).split('.');
    const [, otherClaims] = (await test.tokenFor('person-demo-admin')).split('.');
    const forged = [header, otherClaims, signature].join('.');
    const expired = await test.signWithDemoKey({
      sub: FRENCH_READER,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    for (const cookie of [undefined, `piazza_session=${forged}`, `piazza_session=${expired}`]) {
      const response = await page('/news', cookie);
      expect(response.status).toBe(200);
      expect(bootOf(await response.text()), String(cookie)).toBeNull();
    }
  });

  it('escapes the payload so that no text in it can end its script element', async () => {
    await test.db.query(
      `update article_translations set title = '</script><script>alert(1)</script>'
       where article_id in (select id from articles where brand_id = 'brand-veyra')`,
    );
    const token = await test.tokenFor(FRENCH_READER);
    const html = await (await page('/news', `piazza_session=${token}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(JSON.stringify(bootOf(html))).toContain('</script><script>alert(1)</script>');
  });
});
