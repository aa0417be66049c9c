import { defineConfig, type Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The development server: the shell and every app from source with hot reload. The
 * production build is scripts/build.ts (one ES module per app, shared libraries through
 * the import map); this config only serves development.
 */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const mock = process.env['VITE_PIAZZA_MOCK'] === '1';
const apiTarget = process.env['PIAZZA_API'] ?? 'http://127.0.0.1:8081';

/** Serves the dev page for every portal route, as the real server does with index.html. */
function portalPage(): Plugin {
  return {
    name: 'piazza-portal-page',
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const accept = req.headers.accept ?? '';
        if (req.method !== 'GET' || !accept.includes('text/html')) return next();
        const html = await readFile(here('shell/index.dev.html'), 'utf8');
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(await server.transformIndexHtml(req.url ?? '/', html));
      });
    },
  };
}

/** Without the API server (dev:mock), serves the demo illustrations the seed refers to. */
function demoMedia(): Plugin {
  return {
    name: 'piazza-demo-media',
    configureServer(server) {
      server.middlewares.use('/media', async (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '');
        if (!/^[\w-]+\.svg$/.test(name)) return next();
        try {
          const svg = await readFile(here(`server/src/seed/media/${name}`));
          res.setHeader('content-type', 'image/svg+xml');
          res.end(svg);
        } catch {
          next();
        }
      });
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      '@piazza/shared/graphql': here('shared/graphql/generated/types.ts'),
      '@piazza/shared/screens': here('shared/src/screens.ts'),
      '@piazza/shared': here('shared/src/index.ts'),
    },
  },
  publicDir: mock ? here('mocks/public') : false,
  // Known up front, so Vite does not discover them mid-session and reload the page.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/unsafe-html.js',
      '@lit/context',
      '@apollo/client',
      'i18next',
      'single-spa',
      'dompurify',
      ...(mock ? ['msw/browser', 'graphql'] : []),
    ],
  },
  plugins: mock ? [demoMedia(), portalPage()] : [portalPage()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env['PORT'] ?? 8080),
    strictPort: true,
    proxy: mock
      ? {}
      : Object.fromEntries(['/graphql', '/auth', '/media'].map((path) => [path, apiTarget])),
  },
});
