import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript the standalone portal's first view loads, as gzip -9 bytes: boot.js
 * and every module index.html preloads (the shell, the shared libraries, the home app).
 */
export async function firstViewJavaScript(
  publicDir: string,
): Promise<{ files: number; gzipBytes: number }> {
  const html = await readFile(join(publicDir, 'index.html'), 'utf8');
  const urls = [
    '/boot.js',
    ...[...html.matchAll(/rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]!),
  ];
  let gzipBytes = 0;
  for (const url of urls) {
    gzipBytes += gzipSync(await readFile(join(publicDir, url)), { level: 9 }).byteLength;
  }
  return { files: urls.length, gzipBytes };
}
