import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { withEnglishFallback } from '../../../scripts/build/locales.js';

type Bundle = { [key: string]: string | Bundle };

/**
 * A string the Polish bundles of the deployed portal lack: `watch.count` of the ticket page
 * ("{{count}} people follow this ticket"), a plural no other e2e file reads in Polish.
 */
export const UNTRANSLATED = { namespace: 'ticketing', locale: 'pl', key: 'watch.count' } as const;

const isForm = (name: string, key: string) => name === key || name.startsWith(`${key}_`);

/** Removes a key (a plural's every form) from a nested bundle. */
function removeKey(bundle: Bundle, key: string): void {
  const path = key.split('.');
  const last = path.pop()!;
  let node = bundle;
  for (const part of path) node = node[part] as Bundle;
  for (const name of Object.keys(node)) if (isForm(name, last)) delete node[name];
}

/**
 * Deploys, into a copy of dist/, a portal whose Polish ticketing bundle lacks one string, as
 * a release does when developers add a string before the translators reach it (the i18n
 * check of `npm test` keeps that from happening here): built as the build does, with
 * English in its place, until a Polish text is published; the translators' overview
 * counts it missing.
 */
export async function deployUntranslatedString(distDir: string): Promise<void> {
  const { namespace, locale, key } = UNTRANSLATED;
  const folder = join(distDir, 'public/locales', namespace);
  const files = await readdir(folder);
  const read = async (file: string) =>
    JSON.parse(await readFile(join(folder, file), 'utf8')) as Bundle;
  const english = await read(files.find((file) => file.startsWith('en-'))!);
  for (const file of files.filter((name) => name.startsWith(`${locale}-`))) {
    const bundle = await read(file);
    removeKey(bundle, key);
    await writeFile(
      join(folder, file),
      JSON.stringify(withEnglishFallback(bundle, english, locale)),
    );
  }
  const cataloguePath = join(distDir, 'i18n-catalogue.json');
  const catalogue = JSON.parse(await readFile(cataloguePath, 'utf8')) as {
    namespaces: Record<string, { bundles: Record<string, Record<string, string>> }>;
  };
  const flat = catalogue.namespaces[namespace]!.bundles[locale]!;
  for (const name of Object.keys(flat)) if (isForm(name, key)) delete flat[name];
  await writeFile(cataloguePath, JSON.stringify(catalogue));
}
