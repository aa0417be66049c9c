import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GraphQLBody, type TestApp } from '../test-support/test-app.js';

/** The translators' workflow against the repository's real catalogue and a seeded network. */

const TRANSLATOR = 'person-demo-pl-translator';
const REVIEWER = 'person-demo-pl-reviewer';
const ADMIN = 'person-demo-admin';
const SALES = 'person-demo-fr-sales';

const ENTRY_FIELDS = `id status outdated plural
  forms { category source value publishedValue }
  problems { code category details }
  updatedBy { id }
  history { id action comment by { id } forms { category value } }`;

const SAVE = `mutation ($input: SaveTranslationInput!) { saveTranslation(input: $input) { ${ENTRY_FIELDS} } }`;
const SUBMIT = `mutation ($locale: String!, $namespace: String!, $keys: [String!]!) {
  submitTranslations(locale: $locale, namespace: $namespace, keys: $keys) { key status } }`;
const REVIEW = `mutation ($locale: String!, $namespace: String!, $key: String!, $approve: Boolean!, $comment: String) {
  reviewTranslation(locale: $locale, namespace: $namespace, key: $key, approve: $approve, comment: $comment) {
    ${ENTRY_FIELDS} } }`;
const PUBLISH = `mutation ($locale: String!) { publishTranslations(locale: $locale) { locale release published publishedAt } }`;
const REVERT = `mutation ($id: ID!) { revertTranslation(changeId: $id) { ${ENTRY_FIELDS} } }`;
const ENTRY = `query ($locale: String!, $namespace: String!, $key: String!) {
  translationEntry(locale: $locale, namespace: $namespace, key: $key) { ${ENTRY_FIELDS} } }`;
const ENTRIES = `query ($locale: String!, $namespace: String!, $filter: TranslationFilter, $search: String, $first: Int, $after: String) {
  translationEntries(locale: $locale, namespace: $namespace, filter: $filter, search: $search, first: $first, after: $after) {
    nodes { key status outdated } pageInfo { hasNextPage endCursor } totalCount } }`;

interface Entry {
  id: string;
  status: string;
  outdated: boolean;
  plural: boolean;
  forms: {
    category: string | null;
    source: string;
    value: string | null;
    publishedValue: string | null;
  }[];
  problems: { code: string; category: string | null; details: string[] }[];
  updatedBy: { id: string } | null;
  history: { id: string; action: string; comment: string | null; by: { id: string } | null }[];
}

let t: TestApp;
const tokens: Record<string, string> = {};

async function call<Data = Record<string, unknown>>(
  person: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody<Data>> {
  return t.graphql<Data>(query, { variables, ...(person ? { token: tokens[person] } : {}) });
}

function plain(value: string) {
  return [{ category: null, value }];
}

async function save(
  person: string,
  locale: string,
  namespace: string,
  key: string,
  forms: unknown,
) {
  return call<{ saveTranslation: Entry }>(person, SAVE, {
    input: { locale, namespace, key, forms },
  });
}

function refusal(body: GraphQLBody) {
  const extensions = body.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, field: extensions['field'], reason: extensions['reason'] };
}

beforeAll(async () => {
  t = await createTestApp();
  for (const person of [TRANSLATOR, REVIEWER, ADMIN, SALES])
    tokens[person] = await t.tokenFor(person);
}, 60_000);
afterAll(() => t.close());

describe('the translation workflow', () => {
  const key = 'article.live.frameTitle';
  const target = { locale: 'pl', namespace: 'news', key };

  it('keeps a draft with a broken placeholder, and refuses to send it for review', async () => {
    const saved = await save(TRANSLATOR, 'pl', 'news', key, plain('Transmisja: {{tytul}}'));
    expect(saved.errors).toBeUndefined();
    const entry = saved.data!.saveTranslation;
    expect(entry.status).toBe('DRAFT');
    expect(entry.problems).toEqual([
      { code: 'PLACEHOLDERS', category: null, details: ['{{title}}', '{{tytul}}'] },
    ]);
    expect(entry.forms[0]).toMatchObject({
      source: 'Live stream: {{title}}',
      value: 'Transmisja: {{tytul}}',
    });
    const submitted = await call(TRANSLATOR, SUBMIT, {
      locale: 'pl',
      namespace: 'news',
      keys: [key],
    });
    expect(refusal(submitted)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'keys.0',
      reason: 'HAS_PROBLEMS',
    });
  });

  it('sends a fixed draft for review, approves, publishes and serves it', async () => {
    await save(TRANSLATOR, 'pl', 'news', key, plain('Transmisja na żywo: {{title}}'));
    const submitted = await call(TRANSLATOR, SUBMIT, {
      locale: 'pl',
      namespace: 'news',
      keys: [key],
    });
    expect(submitted.data).toEqual({ submitTranslations: [{ key, status: 'IN_REVIEW' }] });

    const byTranslator = await call(TRANSLATOR, REVIEW, { ...target, approve: true });
    expect(refusal(byTranslator).code).toBe('FORBIDDEN');
    const approved = await call<{ reviewTranslation: Entry }>(REVIEWER, REVIEW, {
      ...target,
      approve: true,
    });
    expect(approved.data?.reviewTranslation.status).toBe('APPROVED');

    const published = await call<{ publishTranslations: { release: number; published: number } }>(
      REVIEWER,
      PUBLISH,
      { locale: 'pl' },
    );
    expect(published.data?.publishTranslations).toMatchObject({
      locale: 'pl',
      release: 1,
      published: 1,
    });
    const release = await call(SALES, '{ translationRelease(locale: "pl") { release } }');
    expect(release.data).toEqual({ translationRelease: { release: 1 } });

    const entry = (await call<{ translationEntry: Entry }>(TRANSLATOR, ENTRY, target)).data!
      .translationEntry;
    expect(entry.status).toBe('PUBLISHED');
    expect(entry.forms[0]?.publishedValue).toBe('Transmisja na żywo: {{title}}');
    expect(entry.updatedBy).toEqual({ id: TRANSLATOR });
    expect(entry.history.map((change) => change.action)).toEqual([
      'PUBLISHED',
      'APPROVED',
      'SUBMITTED',
      'SAVED',
      'SAVED',
    ]);

    const file = await t.app.fetch(new Request('http://piazza.test/api/translations/pl-1.json'));
    expect(file.status).toBe(200);
    expect(file.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = file.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(await file.json()).toEqual({
      news: { article: { live: { frameTitle: 'Transmisja na żywo: {{title}}' } } },
    });
    const again = await t.app.fetch(
      new Request('http://piazza.test/api/translations/pl-1.json', {
        headers: { 'if-none-match': etag! },
      }),
    );
    expect(again.status).toBe(304);
    const older = await t.app.fetch(new Request('http://piazza.test/api/translations/pl-0.json'));
    expect(older.headers.get('cache-control')).toBe('no-cache');
    expect(older.headers.get('etag')).toBe(etag);
    const unknown = await t.app.fetch(new Request('http://piazza.test/api/translations/xx-1.json'));
    expect(unknown.status).toBe(404);
  });

  it('reverts to an earlier text as a draft, leaving the published one out', async () => {
    const entry = (await call<{ translationEntry: Entry }>(REVIEWER, ENTRY, target)).data!
      .translationEntry;
    const firstSave = entry.history.at(-1)!;
    expect(refusal(await call(TRANSLATOR, REVERT, { id: firstSave.id })).code).toBe('FORBIDDEN');
    const reverted = (
      await call<{ revertTranslation: Entry }>(REVIEWER, REVERT, { id: firstSave.id })
    ).data!.revertTranslation;
    expect(reverted.status).toBe('DRAFT');
    expect(reverted.forms[0]).toMatchObject({
      value: 'Transmisja: {{tytul}}',
      publishedValue: 'Transmisja na żywo: {{title}}',
    });
    expect(reverted.problems.map((problem) => problem.code)).toEqual(['PLACEHOLDERS']);
    expect(reverted.history[0]).toMatchObject({ action: 'REVERTED', by: { id: REVIEWER } });
    expect(refusal(await call(REVIEWER, REVERT, { id: '999999999' })).code).toBe('NOT_FOUND');
  });

  it('keeps reviewers from approving their own text, and asks why when rejecting', async () => {
    const own = { locale: 'pl', namespace: 'news', key: 'article.live.play' };
    await save(REVIEWER, 'pl', 'news', own.key, plain('Obejrzyj transmisję — z {{provider}}'));
    await call(REVIEWER, SUBMIT, { ...own, keys: [own.key] });
    expect(refusal(await call(REVIEWER, REVIEW, { ...own, approve: true }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'key',
      reason: 'OWN_TRANSLATION',
    });
    expect(
      refusal(await call(REVIEWER, REVIEW, { ...own, approve: false, comment: ' ' })).reason,
    ).toBe('REQUIRED');
    const rejected = await call<{ reviewTranslation: Entry }>(REVIEWER, REVIEW, {
      ...own,
      approve: false,
      comment: 'Za długie',
    });
    expect(rejected.data?.reviewTranslation.status).toBe('DRAFT');
    expect(rejected.data?.reviewTranslation.history[0]).toMatchObject({
      action: 'REJECTED',
      comment: 'Za długie',
    });
    // Admins run the platform: they may approve what they wrote.
    await save(ADMIN, 'pl', 'news', own.key, plain('Obejrzyj transmisję ({{provider}})'));
    await call(ADMIN, SUBMIT, { ...own, keys: [own.key] });
    const approved = await call<{ reviewTranslation: Entry }>(ADMIN, REVIEW, {
      ...own,
      approve: true,
    });
    expect(approved.data?.reviewTranslation.status).toBe('APPROVED');
  });

  it('does not bump the release when nothing is approved', async () => {
    await call(REVIEWER, PUBLISH, { locale: 'pl' });
    const before = await call<{ translationRelease: { release: number } }>(
      SALES,
      '{ translationRelease(locale: "pl") { release } }',
    );
    const again = await call<{ publishTranslations: { release: number; published: number } }>(
      REVIEWER,
      PUBLISH,
      { locale: 'pl' },
    );
    expect(again.data?.publishTranslations).toMatchObject({
      release: before.data!.translationRelease.release,
      published: 0,
    });
  });
});

describe('plural strings', () => {
  const key = 'discussion.heading';

  it("takes the locale's CLDR categories: one, few, many and other in Polish", async () => {
    const forms = [
      { category: 'one', value: '{{count}} komentarz' },
      { category: 'few', value: '{{count}} komentarze' },
      { category: 'many', value: '{{count}} komentarzy' },
      { category: 'other', value: '{{count}} komentarza' },
    ];
    const entry = (await save(TRANSLATOR, 'pl', 'news', key, forms)).data!.saveTranslation;
    expect(entry.plural).toBe(true);
    expect(entry.problems).toEqual([]);
    expect(entry.forms.map((form) => [form.category, form.source])).toEqual([
      ['one', '{{count}} comment'],
      ['few', '{{count}} comments'],
      ['many', '{{count}} comments'],
      ['other', '{{count}} comments'],
    ]);
  });

  it('lists the missing categories as a problem, and refuses a category the locale lacks', async () => {
    const partial = await save(TRANSLATOR, 'pl', 'news', key, [
      { category: 'one', value: '{{count}} komentarz' },
      { category: 'other', value: '{{count}} komentarza' },
    ]);
    expect(partial.data?.saveTranslation.problems).toEqual([
      { code: 'PLURAL_FORMS', category: null, details: ['few', 'many'] },
    ]);
    const two = await save(TRANSLATOR, 'pl', 'news', key, [
      { category: 'two', value: '{{count}}' },
    ]);
    expect(refusal(two)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'forms',
      reason: 'UNKNOWN_CATEGORY',
    });
    const plainForm = await save(TRANSLATOR, 'pl', 'news', key, plain('{{count}}'));
    expect(refusal(plainForm).reason).toBe('UNKNOWN_CATEGORY');
  });
});

describe('a regional variant', () => {
  const entryIn = async (locale: string, key: string) =>
    (await call<{ translationEntry: Entry }>(ADMIN, ENTRY, { locale, namespace: 'news', key }))
      .data!.translationEntry;

  it('inherits the texts of its base, so none is missing', async () => {
    const entries = await call<{ translationEntries: { nodes: { key: string }[] } }>(
      ADMIN,
      ENTRIES,
      { locale: 'es-CL', namespace: 'news', filter: 'MISSING', first: 200 },
    );
    expect(entries.data?.translationEntries.nodes).toEqual([]);
    const inherited = await entryIn('es-CL', 'article.fallback');
    expect(inherited.status).toBe('BUILT');
    expect(inherited.forms[0]?.publishedValue).toMatch(/^Este artículo/);
    // Where Chile says it differently, its own text wins.
    const own = await entryIn('es-CL', 'article.live.frameTitle');
    expect(own.forms[0]?.publishedValue).toBe('Transmisión en vivo: {{title}}');
    const overview = await call<{ translationOverview: { locale: string; missing: number }[] }>(
      ADMIN,
      '{ translationOverview { locale namespace total translated missing outdated unreviewed } }',
    );
    const chilean = overview.data!.translationOverview.filter((row) => row.locale === 'es-CL');
    expect(chilean.length).toBeGreaterThan(0);
    expect(chilean.every((row) => row.missing === 0)).toBe(true);
  });

  it("shows its base's published edits", async () => {
    const text = 'Este artículo todavía no está en tu idioma ({{language}}).';
    await save(ADMIN, 'es', 'news', 'article.fallback', plain(text));
    await call(ADMIN, SUBMIT, { locale: 'es', namespace: 'news', keys: ['article.fallback'] });
    const target = { locale: 'es', namespace: 'news', key: 'article.fallback' };
    await call(ADMIN, REVIEW, { ...target, approve: true });
    await call(ADMIN, PUBLISH, { locale: 'es' });
    expect((await entryIn('es-CL', 'article.fallback')).forms[0]?.publishedValue).toBe(text);
  });
});

describe('outdated translations', () => {
  it('are those saved against an English text that has changed since', async () => {
    const key = 'article.fallback';
    await save(TRANSLATOR, 'pl', 'news', key, plain('Artykuł jest w języku {{language}}.'));
    const fresh = await call<{ translationEntry: Entry }>(TRANSLATOR, ENTRY, {
      locale: 'pl',
      namespace: 'news',
      key,
    });
    expect(fresh.data?.translationEntry.outdated).toBe(false);
    // As if English had said something else when the translator saved.
    await t.db.query(
      `update translations set source_forms = '{"": "Shown in {{language}}."}'
       where locale = 'pl' and namespace = 'news' and key = $1`,
      [key],
    );
    const outdated = await call<{
      translationEntries: { nodes: { key: string; outdated: boolean }[] };
    }>(TRANSLATOR, ENTRIES, { locale: 'pl', namespace: 'news', filter: 'OUTDATED' });
    expect(outdated.data?.translationEntries.nodes).toEqual([
      { key, status: 'DRAFT', outdated: true },
    ]);
  });
});

describe('lists of entries', () => {
  it('pages by key and searches keys, English and texts', async () => {
    const first = await call<{
      translationEntries: {
        nodes: { key: string }[];
        pageInfo: { endCursor: string };
        totalCount: number;
      };
    }>(TRANSLATOR, ENTRIES, { locale: 'pl', namespace: 'news', first: 2 });
    const page = first.data!.translationEntries;
    expect(page.nodes).toHaveLength(2);
    const next = await call<{ translationEntries: { nodes: { key: string }[] } }>(
      TRANSLATOR,
      ENTRIES,
      {
        locale: 'pl',
        namespace: 'news',
        first: 2,
        after: page.pageInfo.endCursor,
      },
    );
    const keys = [...page.nodes, ...next.data!.translationEntries.nodes].map((node) => node.key);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(4);
    const found = await call<{
      translationEntries: { nodes: { key: string }[]; totalCount: number };
    }>(TRANSLATOR, ENTRIES, { locale: 'pl', namespace: 'news', search: 'TRANSMISJA NA' });
    expect(found.data?.translationEntries.nodes.map((node) => node.key)).toContain(
      'article.live.frameTitle',
    );
    expect(found.data?.translationEntries.totalCount).toBe(
      found.data?.translationEntries.nodes.length,
    );
  });
});

describe('forbidden glossary terms', () => {
  it("of the caller's brand are a problem of the text", async () => {
    await t.db.query(
      `insert into glossary_terms (brand_id, locale, term, translation, forbidden)
       values ('brand-castello', 'pl', 'fura', 'samochód', true)`,
    );
    const saved = await save(
      TRANSLATOR,
      'pl',
      'news',
      'article.live.play',
      plain('Fura na żywo z {{provider}}'),
    );
    expect(saved.data?.saveTranslation.problems).toEqual([
      { code: 'FORBIDDEN_TERM', category: null, details: ['fura'] },
    ]);
  });
});

describe('who may translate', () => {
  it('lets translators work on their locales only, and nobody on English', async () => {
    const german = await save(
      TRANSLATOR,
      'de',
      'news',
      'article.live.play',
      plain('Live {{provider}}'),
    );
    expect(refusal(german).code).toBe('FORBIDDEN');
    const english = await save(
      ADMIN,
      'en',
      'news',
      'article.live.play',
      plain('Live {{provider}}'),
    );
    expect(refusal(english)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'locale',
      reason: 'SOURCE_LOCALE',
    });
    const overview = await call<{ translationOverview: { locale: string }[] }>(
      TRANSLATOR,
      '{ translationOverview { locale } }',
    );
    expect(new Set(overview.data?.translationOverview.map((row) => row.locale))).toEqual(
      new Set(['pl']),
    );
  });

  it('refuses people without a translation role, and anonymous callers', async () => {
    const entries = await call(SALES, ENTRIES, { locale: 'fr', namespace: 'news' });
    expect(refusal(entries).code).toBe('FORBIDDEN');
    expect(refusal(await call(SALES, '{ translationOverview { locale } }')).code).toBe('FORBIDDEN');
    expect(refusal(await call(SALES, PUBLISH, { locale: 'fr' })).code).toBe('FORBIDDEN');
    expect(refusal(await call(null, '{ translationLocales { code } }')).code).toBe(
      'UNAUTHENTICATED',
    );
    const locales = await call<{ translationLocales: { code: string; base: string | null }[] }>(
      SALES,
      '{ translationLocales { code base } }',
    );
    expect(locales.data?.translationLocales.map((locale) => locale.code)).toEqual([
      'en',
      'it',
      'fr',
      'es',
      'es-CL',
      'de',
      'nl',
      'pl',
    ]);
    expect(locales.data?.translationLocales[4]).toEqual({ code: 'es-CL', base: 'es' });
  });
});

describe('bad input', () => {
  it('names the field and the reason', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ locale: 'xx', namespace: 'news', key: 'article.live.play' }, 'locale', 'UNKNOWN_LOCALE'],
      [
        { locale: 'pl', namespace: 'nope', key: 'article.live.play' },
        'namespace',
        'UNKNOWN_NAMESPACE',
      ],
      [{ locale: 'pl', namespace: 'news', key: 'no.such.key' }, 'key', 'UNKNOWN_KEY'],
    ];
    for (const [target, field, reason] of cases) {
      const body = await call(TRANSLATOR, SAVE, { input: { ...target, forms: plain('x') } });
      expect(refusal(body)).toEqual({ code: 'BAD_USER_INPUT', field, reason });
    }
    const long = await save(TRANSLATOR, 'pl', 'news', 'article.live.play', plain('x'.repeat(2001)));
    expect(refusal(long)).toEqual({ code: 'BAD_USER_INPUT', field: 'forms.0', reason: 'TOO_LONG' });
    const notDraft = await call(TRANSLATOR, SUBMIT, {
      locale: 'pl',
      namespace: 'news',
      keys: ['article.title'],
    });
    expect(refusal(notDraft).code).toBe('BAD_USER_INPUT');
    const badPage = await call(TRANSLATOR, ENTRIES, {
      locale: 'pl',
      namespace: 'news',
      first: 201,
    });
    expect(refusal(badPage).code).toBe('BAD_USER_INPUT');
    const unknownEntry = await call(TRANSLATOR, ENTRY, {
      locale: 'pl',
      namespace: 'news',
      key: 'no.such',
    });
    expect(unknownEntry.data).toEqual({ translationEntry: null });
  });
});

describe('translationsPublished', () => {
  it('tells every signed-in portal of a publication', async () => {
    const controller = new AbortController();
    const response = await t.app.fetch(
      new Request('http://piazza.test/graphql', {
        method: 'POST',
        signal: controller.signal,
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          authorization: `Bearer ${tokens[SALES]}`,
        },
        body: JSON.stringify({
          query: 'subscription { translationsPublished { locale release } }',
        }),
      }),
    );
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const first = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        text += value;
        const data = /event: next\ndata: (.*)\n/.exec(text)?.[1];
        if (data) return JSON.parse(data) as { data: { translationsPublished: unknown } };
      }
    })();
    await save(TRANSLATOR, 'pl', 'news', 'article.fallback', plain('Po polsku: {{language}}.'));
    await call(TRANSLATOR, SUBMIT, { locale: 'pl', namespace: 'news', keys: ['article.fallback'] });
    await call(REVIEWER, REVIEW, {
      locale: 'pl',
      namespace: 'news',
      key: 'article.fallback',
      approve: true,
    });
    const published = await call<{ publishTranslations: { release: number } }>(REVIEWER, PUBLISH, {
      locale: 'pl',
    });
    const event = await first;
    controller.abort();
    expect(event.data.translationsPublished).toEqual({
      locale: 'pl',
      release: published.data!.publishTranslations.release,
    });
  });
});
