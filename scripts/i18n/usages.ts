import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { splitPluralKey } from './namespaces.js';

/** The keys a namespace has (base keys, without plural suffixes). */
export type KeysByNamespace = Record<string, ReadonlySet<string>>;

/** Base key → `path:line` of each place the code uses it, per namespace. */
export type UsagesByNamespace = Record<string, Record<string, string[]>>;

/** The code people run: not its tests, nor the documents codegen writes. */
function sourceFiles(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.includes('generated'),
    )
    .map((file) => `${folder}/${file}`)
    .sort();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text a template literal's static parts may hold for it to be a key: `jobs.`, `.name`. */
const KEY_TEXT = /^[\w.:-]*$/;

/**
 * The keys a string of the code may name, as the text around its values: a literal names
 * the key it equals, wherever it is (`t('feed.title')`, `{ labelKey: 'nav.home' }`, an
 * array of keys, an error map), so keys passed through variables are found where they are
 * written. A template literal names every key it can produce: `jobs.${job}` all keys under
 * `jobs.`, `kind.${k}.name` each kind's name.
 */
function keyParts(node: ts.Node): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    // `Query['article']`, `import … from './feed.js'`: names of the code, not texts.
    const { parent } = node;
    const isName =
      ts.isLiteralTypeNode(parent) ||
      ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent) ||
      ts.isExternalModuleReference(parent);
    return isName ? undefined : [node.text];
  }
  if (!ts.isTemplateExpression(node)) return undefined;
  const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
  // A template that starts with a value (`${prefix}.title`) could be any key: not one.
  if (!/^[\w:-]+\./.test(node.head.text) || !parts.every((part) => KEY_TEXT.test(part))) {
    return undefined;
  }
  return parts;
}

/** A namespace's keys, and each group of them by name: `feed` and `feed.errors`. */
class NamespaceKeys {
  readonly keys: ReadonlySet<string>;
  private readonly groups = new Map<string, string[]>();

  constructor(keys: ReadonlySet<string>) {
    this.keys = keys;
    for (const key of keys) {
      const parts = key.split('.');
      for (let end = 1; end < parts.length; end++) {
        const group = parts.slice(0, end).join('.');
        this.groups.set(group, [...(this.groups.get(group) ?? []), key]);
      }
    }
  }

  /**
   * The keys the parts name: a plural by its base key, and a literal naming a group of
   * keys (`'attachments.errors'`, handed to a helper that adds the reason) each key of it.
   * A one-word group (`'people'`) is most often a route or a screen's name, so it only
   * counts as the `groupOption` of a helper (`{ messages: 'queueForm' }`).
   */
  matching(parts: string[], groupOption: boolean): string[] {
    const [text] = parts as [string];
    if (parts.length > 1) {
      const pattern = new RegExp(`^${parts.map(escapeRegExp).join('.+')}$`);
      return [...this.keys].filter((key) => pattern.test(key));
    }
    if (this.keys.has(text)) return [text];
    const { base } = splitPluralKey(text);
    if (this.keys.has(base)) return [base];
    return text.includes('.') || groupOption ? (this.groups.get(text) ?? []) : [];
  }
}

/** A property that hands a helper a group of keys: `{ messages: 'queueForm' }`. */
const GROUP_OPTION = /(messages|keys)$/i;

function isGroupOption(node: ts.Node): boolean {
  const { parent } = node;
  return (
    ts.isPropertyAssignment(parent) &&
    parent.initializer === node &&
    GROUP_OPTION.test(parent.name.getText())
  );
}

/**
 * `common:jobs.` names the common namespace (any namespace's prefix does); else the
 * namespaces the file's code may mean.
 */
function inNamespaces(
  parts: string[],
  own: readonly string[],
  keys: KeysByNamespace,
): [string[], string[]] {
  const [first, ...rest] = parts as [string, ...string[]];
  const colon = first.indexOf(':');
  const prefix = first.slice(0, colon);
  return colon > 0 && prefix in keys
    ? [[prefix], [first.slice(colon + 1), ...rest]]
    : [own.filter((namespace) => namespace in keys), parts];
}

/**
 * Scans each folder of code for the keys it uses, parsed with TypeScript so comments and
 * unrelated text never count. `sources` gives each folder the namespaces its unprefixed
 * keys may belong to.
 */
export function findUsages(
  root: string,
  sources: Record<string, readonly string[]>,
  keys: KeysByNamespace,
): UsagesByNamespace {
  const usages: UsagesByNamespace = Object.fromEntries(
    Object.keys(keys).map((namespace) => [namespace, {}]),
  );
  const indexed = Object.fromEntries(
    Object.entries(keys).map(([namespace, names]) => [namespace, new NamespaceKeys(names)]),
  );
  const add = (namespace: string, key: string, place: string): void => {
    const places = (usages[namespace]![key] ??= []);
    if (!places.includes(place)) places.push(place);
  };
  for (const [folder, own] of Object.entries(sources)) {
    for (const path of sourceFiles(root, folder)) {
      const file = ts.createSourceFile(
        path,
        readFileSync(join(root, path), 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node): void => {
        const parts = keyParts(node);
        if (parts) {
          const [namespaces, local] = inNamespaces(parts, own, keys);
          const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
          for (const namespace of namespaces) {
            for (const key of indexed[namespace]!.matching(local, isGroupOption(node))) {
              add(namespace, key, `${path}:${line}`);
            }
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
  }
  for (const byKey of Object.values(usages)) {
    for (const places of Object.values(byKey)) places.sort(comparePlaces);
  }
  return usages;
}

/** `a.ts:9` before `a.ts:10`. */
function comparePlaces(a: string, b: string): number {
  const [pathA, lineA] = a.split(/:(?=\d+$)/);
  const [pathB, lineB] = b.split(/:(?=\d+$)/);
  return pathA!.localeCompare(pathB!) || Number(lineA) - Number(lineB);
}
