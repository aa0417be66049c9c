import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { injectManifest } from 'workbox-build';
import { publicDir, root } from './paths.js';

export const SERVICE_WORKER_URL = '/sw.js';

/**
 * Bundles shell/src/sw into one classic script and injects the list of every file of the
 * assembled deployment into it: the shell, the vendor files, every app, the translation
 * bundles, the pages and icons. Runs after every assemble, so each deployment (even one
 * app redeployed) is a new worker with its own complete, consistent precache.
 */
export async function buildServiceWorker(): Promise<{ count: number; size: number }> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: join(root, 'shell/src/sw/service-worker.ts'), formats: ['iife'], name: 'sw' },
      rolldownOptions: { output: { comments: false } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .find((item): item is Rolldown.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('The service worker bundle is empty');

  const work = await mkdtemp(join(tmpdir(), 'piazza-sw-'));
  try {
    const source = join(work, 'sw.js');
    await writeFile(source, chunk.code);
    const { count, size, warnings } = await injectManifest({
      swSrc: source,
      swDest: join(publicDir, SERVICE_WORKER_URL.slice(1)),
      globDirectory: publicDir,
      globPatterns: ['**/*.{html,js,json,svg,png,webmanifest}'],
      // The worker itself, and msw's (a development tool) should it ever land here.
      globIgnores: ['sw.js', 'mockServiceWorker.js'],
      // Content-hashed names (modules, translation bundles) are their own revision.
      dontCacheBustURLsMatching: /-[A-Za-z0-9_-]{8,}\.(js|json)$/,
      // The editor's chunk (Tiptap/ProseMirror) is the largest file; it has to be offline too.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    });
    if (warnings.length > 0) throw new Error(`Service worker: ${warnings.join('; ')}`);
    return { count, size };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
