import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readCatalogue } from '../i18n/catalogue.js';
import { ASSETS_PREFIX, distDir, publicDir, root } from './paths.js';
import { readRecords, type UnitRecord } from './record.js';
import { buildServiceWorker } from './service-worker.js';
import { bootScript, embedScript, indexPage } from './templates.js';
import { publishWebAppFiles } from './web-app.js';

export interface ImportMap {
  imports: Record<string, string>;
  scopes: Record<string, Record<string, string>>;
  integrity: Record<string, string>;
}

async function integrityOf(url: string): Promise<string> {
  const bytes = await readFile(join(publicDir, url));
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * The modules the first view needs, in load order: the entries and everything they import
 * statically, through the import map. Dynamic imports (e.g. DOMPurify) are not included.
 */
function staticClosure(
  starts: string[],
  imports: Record<string, string>,
  graph: Record<string, string[]>,
): string[] {
  const seen = new Set<string>();
  const visit = (specifierOrUrl: string): void => {
    const url = imports[specifierOrUrl] ?? specifierOrUrl;
    if (seen.has(url)) return;
    seen.add(url);
    for (const next of graph[url] ?? []) visit(next);
  };
  starts.forEach(visit);
  return [...seen];
}

/**
 * Merges every unit's record into the deployment: the import map (shared libraries and
 * apps scoped to Piazza's assets, so a host page's own `lit` never replaces ours), the
 * manifest, embed.js, boot.js and the standalone index.html with its web app manifest,
 * then the service worker that precaches all of it.
 */
export async function assemble(): Promise<void> {
  const records: UnitRecord[] = await readRecords();
  const imports = Object.assign({}, ...records.map((record) => record.imports)) as Record<
    string,
    string
  >;
  const graph = Object.assign({}, ...records.map((record) => record.graph)) as Record<
    string,
    string[]
  >;
  const integrity: Record<string, string> = {};
  for (const url of Object.keys(graph).sort()) integrity[url] = await integrityOf(url);

  const importMap: ImportMap = {
    imports: { '@piazza/shell': imports['@piazza/shell']! },
    scopes: { [ASSETS_PREFIX]: imports },
    integrity,
  };
  const apps = records
    .flatMap((record) => (record.app ? [record.app] : []))
    .sort((a, b) => a.order - b.order);
  const locales = Object.assign({}, ...records.map((record) => record.locales)) as Record<
    string,
    Record<string, string>
  >;
  const manifest = { apps, locales };
  const operations = Object.assign(
    {},
    ...records.map((record) => record.operations ?? {}),
  ) as Record<string, string>;
  const firstApp = apps[0]?.module;
  const preload = staticClosure(
    ['@piazza/shell', ...(firstApp ? [firstApp] : [])],
    imports,
    graph,
  ).map((url) => ({ url, integrity: integrity[url]! }));

  await writeFile(join(publicDir, 'importmap.json'), JSON.stringify(importMap, null, 2));
  await writeFile(join(publicDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  // Beside public/, not in it: for the server, not for browsers.
  await writeFile(join(distDir, 'operations.json'), JSON.stringify(operations, null, 2));
  // The translators' editor lists these strings; read from the sources being deployed.
  await writeFile(join(distDir, 'i18n-catalogue.json'), JSON.stringify(readCatalogue(root)));
  await writeFile(join(publicDir, 'embed.js'), embedScript(importMap));
  await writeFile(join(publicDir, 'boot.js'), bootScript(manifest));
  await writeFile(join(publicDir, 'index.html'), indexPage(importMap, preload));
  await publishWebAppFiles();
  // Last: its precache lists the files written above.
  await buildServiceWorker();
}
