import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicDir, root } from './paths.js';

/** A namespace's bundles are named `/locales/<ns>/<locale>-<version>.json`. */
export const bundleUrl = (namespace: string, locale: string, version: string): string =>
  `/locales/${namespace}/${locale}-${version}.json`;

/**
 * Copies a namespace's bundles (one <locale>.json each) to public/locales/<ns>/, named
 * with one version for the namespace (a hash of all its bundles), so they can be cached
 * for good and boot.js names them all with one hash. Returns locale → URL.
 */
export async function publishLocales(
  namespace: string,
  sourceDir: string,
): Promise<Record<string, string>> {
  const outDir = join(publicDir, 'locales', namespace);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(join(root, sourceDir))).filter((file) => file.endsWith('.json'));
  const bundles = new Map<string, string>();
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    const locale = file.replace(/\.json$/, '');
    // Re-serialised: validates the JSON and drops the source's whitespace.
    const json = JSON.stringify(JSON.parse(await readFile(join(root, sourceDir, file), 'utf8')));
    bundles.set(locale, json);
    hash.update(`${locale}\n${json}\n`);
  }
  const version = hash.digest('base64url').slice(0, 10);
  const urls: Record<string, string> = {};
  for (const [locale, json] of bundles) {
    urls[locale] = bundleUrl(namespace, locale, version);
    await writeFile(join(publicDir, urls[locale]), json);
  }
  return urls;
}
