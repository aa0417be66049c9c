import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { MAX_IMPORT_BYTES } from './exchange.js';

const TRANSLATOR = 'person-demo-pl-translator';

const EXPORT = `query ($locale: String!, $namespace: String, $format: TranslationFileFormat!) {
  translationExport(locale: $locale, namespace: $namespace, format: $format) }`;
const IMPORT = `mutation ($locale: String!, $namespace: String, $format: TranslationFileFormat!,
    $content: String!) {
  importTranslations(locale: $locale, namespace: $namespace, format: $format, content: $content) {
    imported unchanged unknownKeys withProblems { key status problems { code details } } } }`;
const ENTRY = `query ($key: String!) { translationEntry(locale: "pl", namespace: "common", key: $key) {
  status forms { category value } history { action by { id } } } }`;

interface ImportResult {
  imported: number;
  unchanged: number;
  unknownKeys: string[];
  withProblems: { key: string; status: string; problems: { code: string; details: string[] }[] }[];
}

describe('translation files for agencies', () => {
  let t: TestApp;
  let token: string;

  const exportFile = async (variables: Record<string, unknown>, as = token) =>
    t.graphql<{ translationExport: string }>(EXPORT, { variables, token: as });
  const importFile = async (variables: Record<string, unknown>, as = token) =>
    t.graphql<{ importTranslations: ImportResult }>(IMPORT, { variables, token: as });
  const savedRows = async () =>
    (await t.db.query<{ n: number }>('select count(*)::int as n from translations'))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor(TRANSLATOR);
  });
  afterAll(() => t.close());

  it('exports a namespace as nested i18next JSON with the locale plural suffixes', async () => {
    const body = await exportFile({ locale: 'pl', namespace: 'common', format: 'JSON' });
    const file = JSON.parse(body.data!.translationExport) as Record<string, unknown>;
    const entries = await t.graphql<{
      translationEntries: { nodes: { key: string; plural: boolean }[] };
    }>(
      '{ translationEntries(locale: "pl", namespace: "common", first: 200) { nodes { key plural } } }',
      {
        token,
      },
    );
    const plural = entries.data!.translationEntries.nodes.find((entry) => entry.plural)!;
    const path = plural.key.split('.');
    const parent = path
      .slice(0, -1)
      .reduce((node, part) => (node as Record<string, unknown>)[part], file as unknown);
    expect(Object.keys(parent as object)).toEqual(
      expect.arrayContaining(['one', 'few', 'many', 'other'].map((c) => `${path.at(-1)}_${c}`)),
    );
  });

  it('imports its own XLIFF export of every namespace with every text unchanged', async () => {
    const body = await exportFile({ locale: 'pl', format: 'XLIFF' });
    const xliff = body.data!.translationExport;
    expect(xliff).toContain('urn:oasis:names:tc:xliff:document:2.0');
    expect(xliff).toContain('<file id="common">');
    // The strings the file gives a text: a plural's units count once.
    const translated = new Set<string>();
    for (const file of xliff.split('<file id="').slice(1)) {
      const namespace = file.slice(0, file.indexOf('"'));
      for (const [, key] of file.matchAll(/<unit id="([^"]+)">(?:(?!<\/unit>).)*<target>/g)) {
        translated.add(`${namespace}:${key!.replace(/_(one|few|many|other)$/, '')}`);
      }
    }
    expect(xliff.match(/<unit /g)!.length).toBeGreaterThan(translated.size);
    // Through the HTTP router, whose other GraphQL requests stay under 100 KB.
    expect(xliff.length).toBeGreaterThan(100 * 1024);
    const request = JSON.stringify({
      query: IMPORT,
      variables: { locale: 'pl', format: 'XLIFF', content: xliff },
    });
    const response = await t.app.fetch(
      new Request('http://piazza.test/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          // As a browser sends it: a body over 100 KB must declare its length.
          'content-length': String(Buffer.byteLength(request)),
          authorization: `Bearer ${token}`,
        },
        body: request,
      }),
    );
    expect(response.status).toBe(200);
    const result = ((await response.json()) as { data: { importTranslations: ImportResult } }).data
      .importTranslations;
    expect(result).toEqual({
      imported: 0,
      unchanged: translated.size,
      unknownKeys: [],
      withProblems: [],
    });
    expect(await savedRows()).toBe(0);
  });

  it('round-trips a namespace as i18next JSON unchanged', async () => {
    const json = (await exportFile({ locale: 'pl', namespace: 'news', format: 'JSON' })).data!
      .translationExport;
    const result = (
      await importFile({ locale: 'pl', namespace: 'news', format: 'JSON', content: json })
    ).data!.importTranslations;
    expect(result.imported).toBe(0);
    expect(result.unchanged).toBeGreaterThan(100);
  });

  it('saves changed texts as drafts, checked like the editor, listing keys it does not know', async () => {
    const content = JSON.stringify({
      actions: { retry: 'Spróbuj jeszcze raz' },
      jobs: { MECHANIC: 'Mechanik {{nieznany}}' },
      nowhere: { key: 'Nic' },
    });
    const result = (
      await importFile({ locale: 'pl', namespace: 'common', format: 'JSON', content })
    ).data!.importTranslations;
    expect(result.imported).toBe(2);
    expect(result.unknownKeys).toEqual(['common:nowhere.key']);
    expect(result.withProblems).toEqual([
      {
        key: 'jobs.MECHANIC',
        status: 'DRAFT',
        problems: [{ code: 'PLACEHOLDERS', details: ['{{nieznany}}'] }],
      },
    ]);
    const entry = await t.graphql<{
      translationEntry: {
        status: string;
        forms: { value: string }[];
        history: { action: string; by: { id: string } }[];
      };
    }>(ENTRY, { variables: { key: 'actions.retry' }, token });
    expect(entry.data!.translationEntry).toMatchObject({
      status: 'DRAFT',
      forms: [{ value: 'Spróbuj jeszcze raz' }],
      history: [{ action: 'IMPORTED', by: { id: TRANSLATOR } }],
    });
  });

  it('refuses a file that does not parse, and saves nothing of it', async () => {
    const before = await savedRows();
    const broken = await importFile({
      locale: 'pl',
      format: 'XLIFF',
      content: '<xliff version="2.0" trgLang="pl"><file id="common"><unit id="actions.retry">',
    });
    expect(broken.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content',
      reason: 'MALFORMED',
    });
    const tooLong = await importFile({
      locale: 'pl',
      namespace: 'common',
      format: 'JSON',
      content: JSON.stringify({
        actions: { retry: 'Ponów' },
        jobs: { MECHANIC: 'x'.repeat(2001) },
      }),
    });
    expect(tooLong.errors?.[0]?.extensions?.reason).toBe('MALFORMED');
    expect(await savedRows()).toBe(before);
  });

  it('refuses files over 2 MB, JSON without a namespace, and unknown namespaces', async () => {
    const huge = await importFile({
      locale: 'pl',
      namespace: 'common',
      format: 'JSON',
      content: JSON.stringify({ pad: 'x'.repeat(MAX_IMPORT_BYTES) }),
    });
    expect(huge.errors?.[0]?.extensions).toMatchObject({ field: 'content', reason: 'TOO_LARGE' });
    const noNamespace = await exportFile({ locale: 'pl', format: 'JSON' });
    expect(noNamespace.errors?.[0]?.extensions).toMatchObject({
      field: 'namespace',
      reason: 'REQUIRED',
    });
    const unknown = await exportFile({ locale: 'pl', namespace: 'nowhere', format: 'XLIFF' });
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('UNKNOWN_NAMESPACE');
  });

  it('is for the locale translators and admins only', async () => {
    const employee = await t.tokenFor('person-demo-fr-sales');
    const content = '{}';
    const calls = [
      await exportFile({ locale: 'pl', namespace: 'common', format: 'JSON' }, employee),
      await importFile({ locale: 'pl', namespace: 'common', format: 'JSON', content }, employee),
      await exportFile({ locale: 'de', namespace: 'common', format: 'JSON' }),
      await importFile({ locale: 'de', namespace: 'common', format: 'JSON', content }),
    ];
    expect(calls.map((body) => body.errors?.[0]?.extensions?.code)).toEqual(
      Array(4).fill('FORBIDDEN'),
    );
    const admin = await t.tokenFor('person-demo-admin');
    const asAdmin = await exportFile({ locale: 'de', namespace: 'common', format: 'XLIFF' }, admin);
    expect(asAdmin.data!.translationExport).toContain('trgLang="de"');
  });
});
