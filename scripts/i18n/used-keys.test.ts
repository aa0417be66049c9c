import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogue } from './catalogue.js';
import { listNamespaces } from './namespaces.js';

/**
 * Every literal key the code translates exists in its namespace's English bundle (the
 * bundles test then holds every locale to English), and every string of a bundle is used
 * somewhere. Keys built at run time (`jobs.${job}`) are covered by the tests of the
 * screens that show them.
 */
const root = new URL('../..', import.meta.url).pathname;
const LITERAL_KEY = /\bt\(\s*'([a-zA-Z0-9_.:]+)'/g;
const MESSAGE_KEY = /'(common:[a-zA-Z0-9_.]+)'/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('generated'),
    )
    .map((file) => join(root, folder, file));
}

const localesOf = Object.fromEntries(
  listNamespaces(root).map(({ namespace, locales }) => [namespace, locales]),
);

function english(namespace: string): Record<string, unknown> {
  const folder = localesOf[namespace] ?? `${namespace}: no such namespace`;
  return JSON.parse(readFileSync(join(root, folder, 'en.json'), 'utf8')) as Record<string, unknown>;
}

/** A key given a count is a plural: i18next looks up `key_one`, `key_other`… */
function has(bundle: Record<string, unknown>, key: string): boolean {
  return hasString(bundle, key) || hasString(bundle, `${key}_other`);
}

function hasString(bundle: Record<string, unknown>, key: string): boolean {
  let node: unknown = bundle;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

const folders = [
  ...listNamespaces(root).flatMap(({ namespace, code }) =>
    code ? [{ folder: code, namespace }] : [],
  ),
  { folder: 'shell/src', namespace: 'common' },
  { folder: 'shared/src', namespace: 'common' },
];

describe.each(folders)('the strings of $folder', ({ folder, namespace }) => {
  it('are all in the English bundles', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(folder)) {
      // Comments hold examples, not strings anyone sees.
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const keys = [...code.matchAll(LITERAL_KEY), ...code.matchAll(MESSAGE_KEY)].map((m) => m[1]!);
      for (const key of keys) {
        const [ns, path] = key.includes(':') ? key.split(':') : [namespace, key];
        if (!has(english(ns!), path!)) missing.push(`${relative(root, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the strings of the bundles', () => {
  it('are each used by the code (found by the catalogue, which a translator sees)', () => {
    const { namespaces } = readCatalogue(root);
    const unused = Object.entries(namespaces).flatMap(([namespace, { strings }]) =>
      Object.entries(strings)
        .filter(([, string]) => string.usages.length === 0)
        .map(([key]) => `${namespace}:${key}`),
    );
    expect(unused).toEqual([]);
  });
});
