import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bundle, sharedSpecifiers } from './bundle.js';
import { collectOperations } from './operations.js';
import { publishLocales } from './locales.js';
import { root } from './paths.js';
import { writeRecord, type AppJson } from './record.js';

/** Shared libraries: each import-map specifier and its one-line re-export file. */
const vendorEntries: Record<string, { name: string; file: string }> = {
  lit: { name: 'lit', file: 'shared/vendor/lit.ts' },
  'lit/decorators.js': { name: 'lit-decorators', file: 'shared/vendor/lit-decorators.ts' },
  'lit/directives/unsafe-html.js': {
    name: 'lit-directives-unsafe-html',
    file: 'shared/vendor/lit-directives-unsafe-html.ts',
  },
  '@lit/context': { name: 'lit-context', file: 'shared/vendor/lit-context.ts' },
  '@apollo/client': { name: 'apollo-client', file: 'shared/vendor/apollo-client.ts' },
  graphql: { name: 'graphql', file: 'shared/vendor/graphql.ts' },
  i18next: { name: 'i18next', file: 'shared/vendor/i18next.ts' },
  '@piazza/shared': { name: 'piazza-shared', file: 'shared/src/index.ts' },
  '@piazza/shared/screens': { name: 'piazza-shared-screens', file: 'shared/src/screens.ts' },
};

/**
 * The shared libraries and @piazza/shared in one build, so their common internals are
 * one chunk each and every specifier maps to exactly one module.
 */
export async function buildVendor(): Promise<void> {
  const entries = Object.fromEntries(
    Object.values(vendorEntries).map(({ name, file }) => [name, file]),
  );
  const { entryUrls, graph } = await bundle({ entries, folder: 'vendor', external: [] });
  const imports = Object.fromEntries(
    Object.entries(vendorEntries).map(([specifier, { name }]) => [specifier, entryUrls[name]!]),
  );
  await writeRecord({ unit: 'vendor', imports, graph, locales: {} });
}

export async function buildShell(): Promise<void> {
  const { entryUrls, graph } = await bundle({
    entries: { 'piazza-shell': 'shell/src/piazza-shell.ts' },
    folder: 'shell',
    external: sharedSpecifiers,
  });
  const common = await publishLocales('common', 'shared/locales');
  await writeRecord({
    unit: 'shell',
    imports: { '@piazza/shell': entryUrls['piazza-shell']! },
    graph,
    locales: { common },
    operations: await collectOperations('shell/src'),
  });
}

export async function listApps(): Promise<string[]> {
  const folders = await readdir(join(root, 'apps'), { withFileTypes: true });
  return folders.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

/** One app: its module, its translations, its manifest entry. Touches nothing else. */
export async function buildApp(name: string): Promise<void> {
  const appJson = JSON.parse(
    await readFile(join(root, 'apps', name, 'app.json'), 'utf8'),
  ) as AppJson;
  const { entryUrls, graph } = await bundle({
    entries: { [`${name}-app`]: `apps/${name}/src/${name}-app.ts` },
    folder: `apps/${name}`,
    external: sharedSpecifiers,
  });
  const module = `@piazza/${name}`;
  const locales = await publishLocales(appJson.namespace, `apps/${name}/locales`);
  await writeRecord({
    unit: `app-${name}`,
    imports: { [module]: entryUrls[`${name}-app`]! },
    graph,
    locales: { [appJson.namespace]: locales },
    operations: await collectOperations(`apps/${name}/src`),
    app: { ...appJson, module },
  });
}
