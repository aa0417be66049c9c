import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pluralCategories } from '../../shared/src/i18n/translation-rules.js';
import { publicDir, root } from './paths.js';

type Bundle = { [key: string]: string | Bundle };
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/**
 * A full locale's bundle with English in place of every string it lacks, each plural in the
 * locale's own forms (English's `other` for `few` and `many`): the page shows English until
 * a translation is published, never a key. A regional variant (es-CL) is left as it is: it
 * falls back to its language.
 */
export function withEnglishFallback(bundle: Bundle, english: Bundle, locale: string): Bundle {
  const filled: Bundle = structuredClone(bundle);
  const fill = (source: Bundle, target: Bundle): void => {
    for (const [key, value] of Object.entries(source)) {
      if (typeof value !== 'string') {
        if (typeof target[key] !== 'object') target[key] = {};
        fill(value, target[key] as Bundle);
      } else if (!PLURAL_SUFFIX.test(key)) {
        target[key] ??= value;
      } else if (key.endsWith('_other')) {
        const base = key.replace(PLURAL_SUFFIX, '');
        if (pluralCategories(locale).some((form) => `${base}_${form}` in target)) continue;
        for (const form of pluralCategories(locale)) {
          target[`${base}_${form}`] = (source[`${base}_${form}`] as string | undefined) ?? value;
        }
      }
    }
  };
  if (!locale.includes('-') && locale !== 'en') fill(english, filled);
  return filled;
}

/** A namespace's bundles are named `/locales/<ns>/<locale>-<version>.json`. */
export const bundleUrl = (namespace: string, locale: string, version: string): string =>
  `/locales/${namespace}/${locale}-${version}.json`;

/**
 * Copies a namespace's bundles (one <locale>.json each, English filling any gap) to public/locales/<ns>/, named
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
  const read = async (file: string) =>
    JSON.parse(await readFile(join(root, sourceDir, file), 'utf8')) as Bundle;
  const english = files.includes('en.json') ? await read('en.json') : {};
  for (const file of files.sort()) {
    const locale = file.replace(/\.json$/, '');
    // Re-serialised: validates the JSON and drops the source's whitespace.
    const json = JSON.stringify(withEnglishFallback(await read(file), english, locale));
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
