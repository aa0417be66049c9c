import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportMap } from './assemble.js';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
let dist: string;

async function build(...args: string[]): Promise<void> {
  await run(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    cwd: root,
    env: { ...process.env, PIAZZA_DIST: dist },
  });
}

async function importMap(): Promise<ImportMap> {
  return JSON.parse(await readFile(join(dist, 'public/importmap.json'), 'utf8')) as ImportMap;
}

const scoped = (map: ImportMap) => map.scopes['/assets/']!;

/** The URLs the service worker precaches (the list injectManifest wrote into it). */
async function precached(): Promise<string[]> {
  const worker = await readFile(join(dist, 'public/sw.js'), 'utf8');
  return [...worker.matchAll(/"url":"([^"]+)"/g)].map(([, url]) => `/${url!}`);
}

describe('the front-end build', () => {
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'piazza-build-'));
    await build();
  }, 120_000);
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('maps every shared library once, with an integrity hash that matches each file', async () => {
    const map = await importMap();
    for (const specifier of ['lit', '@lit/context', '@apollo/client', 'graphql', 'i18next']) {
      expect(scoped(map)[specifier], specifier).toMatch(/^\/assets\/vendor\//);
    }
    for (const [url, integrity] of Object.entries(map.integrity)) {
      const bytes = await readFile(join(dist, 'public', url));
      expect(integrity, url).toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);
    }
  });

  it('leaves shared libraries out of the shell and the apps', async () => {
    const map = await importMap();
    for (const specifier of ['@piazza/shell', '@piazza/news']) {
      const code = await readFile(join(dist, 'public', scoped(map)[specifier]!), 'utf8');
      // Each Lit package registers its version once; a bundled copy would do it again.
      expect(code, specifier).not.toContain('litHtmlVersions');
      expect(code, specifier).not.toContain('reactiveElementVersions');
      // Apollo alone is ~150 KB minified: a bundle this small cannot contain it.
      expect(code.length, specifier).toBeLessThan(50_000);
    }
  });

  it('redeploys one app without rebuilding the shell or the shared libraries', async () => {
    const before = await importMap();
    const shellFile = join(dist, 'public', scoped(before)['@piazza/shell']!);
    const litFile = join(dist, 'public', scoped(before)['lit']!);
    const [shellTime, litTime] = await Promise.all([stat(shellFile), stat(litFile)]);

    await build('--app', 'news');

    const after = await importMap();
    expect(scoped(after)['@piazza/shell']).toBe(scoped(before)['@piazza/shell']);
    expect(scoped(after)['lit']).toBe(scoped(before)['lit']);
    expect((await stat(shellFile)).mtimeMs).toBe(shellTime.mtimeMs);
    expect((await stat(litFile)).mtimeMs).toBe(litTime.mtimeMs);
    const manifest = JSON.parse(await readFile(join(dist, 'public/manifest.json'), 'utf8'));
    // Redeploying news keeps every other app in the manifest, in navigation order.
    expect(manifest.apps.map((app: { name: string }) => app.name)).toEqual([
      'news',
      'newsroom',
      'ticketing',
      'barometers',
      'translations',
      'admin',
    ]);
    const embed = await readFile(join(dist, 'public/embed.js'), 'utf8');
    expect(embed).toContain(scoped(after)['@piazza/news']);
  }, 120_000);

  it('precaches the whole deployment in its service worker, again after each redeploy', async () => {
    const urls = await precached();
    const map = await importMap();
    for (const url of Object.keys(map.integrity)) expect(urls).toContain(url);
    for (const file of ['/index.html', '/boot.js', '/embed.js', '/importmap.json']) {
      expect(urls).toContain(file);
    }
    for (const file of ['/manifest.json', '/piazza.webmanifest', '/offline.html']) {
      expect(urls).toContain(file);
    }
    expect(urls.some((url) => url.startsWith('/locales/common/'))).toBe(true);
    expect(urls.filter((url) => /sw\.js|mockServiceWorker/.test(url))).toEqual([]);
    const index = await readFile(join(dist, 'public/index.html'), 'utf8');
    expect(index).toContain('<link rel="manifest" href="/piazza.webmanifest">');
  });

  it('publishes the regional bundles and writes the translation catalogue for the server', async () => {
    const manifest = JSON.parse(await readFile(join(dist, 'public/manifest.json'), 'utf8'));
    expect(Object.keys(manifest.locales.common)).toContain('es-CL');
    expect(Object.keys(manifest.locales.news)).toContain('es-CL');
    const catalogue = JSON.parse(await readFile(join(dist, 'i18n-catalogue.json'), 'utf8'));
    expect(catalogue.locales).toContain('es-CL');
    expect(catalogue.namespaces.news.strings['feed.title'].usages.length).toBeGreaterThan(0);
    // For the server only: browsers have no use for it.
    await expect(stat(join(dist, 'public/i18n-catalogue.json'))).rejects.toThrow();
  });
});
