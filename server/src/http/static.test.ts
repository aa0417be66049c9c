import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../app.js';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { testConfig } from '../test-support/test-app.js';
import { createTestDb } from '../test-support/test-db.js';

const IMPORT_MAP = '{"imports":{"lit":"/vendor/lit-AbCd1234.js"}}';
const INLINE = 'window.piazzaBoot = 1;';
const INDEX = `<!doctype html><html><head><script type="importmap">${IMPORT_MAP}</script>
<script type="module" src="/shell/shell-Xy12ab34CD.js"></script><script>${INLINE}</script></head><body></body></html>`;
const SHELL = `export const shell = ${JSON.stringify('piazza '.repeat(400))};\n`;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('static files and pages', () => {
  let root: string;
  let db: Db;
  let app: App;
  let config: Config;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'piazza-static-'));
    const files: Record<string, string> = {
      'dist/public/index.html': INDEX,
      'dist/public/shell/shell-Xy12ab34CD.js': SHELL,
      'dist/public/embed.js': 'console.log("embed");',
      'dist/public/locales/common/fr.json': '{"hello":"Bonjour"}',
      'dist/public/manifest.webmanifest': '{"name":"Piazza"}',
      'dist/public/sw.js': 'self.addEventListener("fetch", () => {});',
      'dist/public/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'media/car-launch.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>car</title></svg>',
      'host-portal/index.html':
        '<!doctype html><title>Group portal</title><script>window.host = true;</script>',
      'secret.txt': 'root:x:0:0',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(root, path, '..'), { recursive: true });
      await writeFile(join(root, path), text);
    }
    db = await createTestDb();
    config = testConfig({
      distDir: join(root, 'dist'),
      mediaDir: join(root, 'media'),
      hostPortalDir: join(root, 'host-portal'),
    });
    app = createApp({ db, config });
  });
  afterAll(async () => {
    await db.close();
    await rm(root, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}, target = app) =>
    target.fetch(new Request(`http://piazza.test${path}`, { headers }));

  it('caches hashed bundles forever, with the right type', async () => {
    const response = await get('/shell/shell-Xy12ab34CD.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe(SHELL);
  });

  it('serves the service worker and the web app manifest fresh, with their types', async () => {
    // A browser that kept an old sw.js would never see a new deployment.
    const worker = await get('/sw.js');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const manifest = await get('/manifest.webmanifest');
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
  });

  it('revalidates other files by ETag and answers 304 when unchanged', async () => {
    const first = await get('/embed.js');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/embed.js', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get('/embed.js', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it('gives each kind of file its content type', async () => {
    const types: Record<string, string> = {
      '/locales/common/fr.json': 'application/json; charset=utf-8',
      '/manifest.webmanifest': 'application/manifest+json; charset=utf-8',
      '/icon.svg': 'image/svg+xml',
      '/index.html': 'text/html; charset=utf-8',
      '/media/car-launch.svg': 'image/svg+xml',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('compresses text with brotli or gzip when the client accepts it', async () => {
    const br = await get('/shell/shell-Xy12ab34CD.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(SHELL.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(SHELL);
    const gzip = await get('/shell/shell-Xy12ab34CD.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(SHELL);
    const plain = await get('/shell/shell-Xy12ab34CD.js', {
      'accept-encoding': 'br;q=0, identity',
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('serves the page with a CSP that allows exactly its own inline scripts', async () => {
    const response = await get('/', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(INDEX);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(
      `default-src 'self'; script-src 'self' ${sha256(IMPORT_MAP)} ${sha256(INLINE)}; ` +
        `style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; ` +
        `worker-src 'self'; manifest-src 'self'; ` +
        `frame-src https://www.youtube-nocookie.com https://player.vimeo.com; ` +
        `object-src 'none'; base-uri 'none'; frame-ancestors 'self'`,
    );
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('lets the page frame the players of YouTube, Vimeo and the configured video sites only', async () => {
    const withSites = createApp({
      db,
      config: { ...config, embedOrigins: ['https://webinar.group.example'] },
    });
    for (const path of ['/', '/news/article-0001']) {
      const csp = (await get(path, { accept: 'text/html' }, withSites)).headers.get(
        'content-security-policy',
      );
      const frameSrc = csp?.split('; ').filter((directive) => directive.startsWith('frame-src'));
      expect(frameSrc, path).toEqual([
        'frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://webinar.group.example',
      ]);
    }
    await withSites.close();
  });

  it('answers app routes with the page and unknown files with 404', async () => {
    const route = await get('/news/article-0001', { accept: 'text/html,application/xhtml+xml' });
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(INDEX);
    expect(route.headers.get('content-security-policy')).toContain(sha256(IMPORT_MAP));
    expect((await get('/shell/missing-Xy12ab34CD.js', { accept: '*/*' })).status).toBe(404);
    expect((await get('/media/missing.svg', { accept: 'text/html' })).status).toBe(404);
  });

  it('refuses paths that climb out of the served folders', async () => {
    for (const path of [
      '/..%2f..%2fetc/passwd',
      '/..%2f..%2fsecret.txt',
      '/media/..%2f..%2fsecret.txt',
      '/media/%2e%2e%2fsecret.txt',
      '/host-portal/..%5c..%5csecret.txt',
      '/shell/%00.js',
      '/%E0%A4%A',
    ]) {
      const response = await get(path, { accept: 'text/html' });
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).not.toContain('root:');
    }
  });

  it('refuses raw dot segments sent straight to the node server', async () => {
    const server: Server = createServer(app.handle);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const path of [
        '/../../secret.txt',
        '/media/../../secret.txt',
        '/..%2f..%2fsecret.txt',
      ]) {
        const { status, body } = await new Promise<{ status: number; body: string }>(
          (resolve, reject) => {
            const req = httpRequest(
              { host: '127.0.0.1', port, path, headers: { accept: 'text/html' } },
              (res) => {
                let text = '';
                res.on('data', (chunk: Buffer) => (text += chunk.toString()));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
              },
            );
            req.on('error', reject);
            req.end();
          },
        );
        expect(body, path).not.toContain('root:');
        expect([200, 400, 404], path).toContain(status);
        if (status === 200) expect(body, path).toBe(INDEX);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('serves the host-portal demo, and its routes, outside production only', async () => {
    const page = await get('/host-portal/', { accept: 'text/html' });
    expect(page.status).toBe(200);
    const hostPage = await page.text();
    expect(hostPage).toContain('window.host = true;');
    // The group portal's page is not Piazza's: Piazza's CSP is not imposed on it.
    expect(page.headers.get('content-security-policy')).toBeNull();
    const piazzaRoute = await get('/host-portal/news/article-0001', { accept: 'text/html' });
    expect(piazzaRoute.status).toBe(200);
    expect(await piazzaRoute.text()).toBe(hostPage);
    expect((await get('/host-portal/missing.js', { accept: '*/*' })).status).toBe(404);
    const redirect = await get('/host-portal');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/host-portal/');
    const production = createApp({
      db,
      config: { ...config, production: true, demoIssuer: false },
    });
    const hidden = await get('/host-portal/', { accept: 'text/html' }, production);
    expect(await hidden.text()).toBe(INDEX);
    expect((await get('/host-portal/index.html', { accept: '*/*' }, production)).status).toBe(404);
  });

  it('says how to build the front end when dist is missing', async () => {
    const unbuilt = createApp({ db, config: { ...config, distDir: join(root, 'nowhere') } });
    const response = await get('/', { accept: 'text/html' }, unbuilt);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
  });

  it('refuses other methods on files', async () => {
    const response = await app.fetch(
      new Request('http://piazza.test/embed.js', { method: 'DELETE' }),
    );
    expect(response.status).toBe(405);
  });
});
