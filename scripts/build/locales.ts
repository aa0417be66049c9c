import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicDir, root } from './paths.js';

/**
 * Copies a namespace's bundles (one <locale>.json each) to public/locales/<ns>/ under
 * content-hashed names, so they can be cached for good. Returns locale → URL.
 */
export async function publishLocales(
  namespace: string,
  sourceDir: string,
): Promise<Record<string, string>> {
  const outDir = join(publicDir, 'locales', namespace);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(join(root, sourceDir))).filter((file) => file.endsWith('.json'));
  const urls: Record<string, string> = {};
  for (const file of files.sort()) {
    const locale = file.replace(/\.json$/, '');
    // Re-serialised: validates the JSON and drops the source's whitespace.
    const json = JSON.stringify(JSON.parse(await readFile(join(root, sourceDir, file), 'utf8')));
    const hash = createHash('sha256').update(json).digest('base64url').slice(0, 10);
    const name = `${locale}-${hash}.json`;
    await writeFile(join(outDir, name), json);
    urls[locale] = `/locales/${namespace}/${name}`;
  }
  return urls;
}
