import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { mentionsTerm } from './glossary.js';

const TRANSLATOR = 'person-demo-pl-translator';
const REVIEWER = 'person-demo-pl-reviewer';

const GLOSSARY = `query ($locale: String!, $brandId: ID) {
  glossary(locale: $locale, brandId: $brandId) { id brand { id } term translation forbidden note } }`;
const SAVE = `mutation ($input: GlossaryTermInput!) {
  saveGlossaryTerm(input: $input) { id brand { id name } locale term translation forbidden note } }`;
const DELETE = 'mutation ($id: ID!) { deleteGlossaryTerm(id: $id) }';

interface Term {
  id: string;
  term: string;
  translation: string;
  forbidden: boolean;
}

describe('mentionsTerm', () => {
  it.each([
    ['Book a Test Drive today', 'test drive', true],
    ['Book a test\ndrive', 'test drive', true],
    ['Your dealership', 'dealership', true],
    ['Dealerships in the pilot', 'dealership', false],
    ['after-sales team', 'after-sales', true],
    ['Zażółć gęślą', 'gęślą', true],
    ['kagęślą', 'gęślą', false],
  ])('%j mentions %j: %s', (text, term, expected) => {
    expect(mentionsTerm(text, term)).toBe(expected);
  });
});

describe('the glossary', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const save = (input: Record<string, unknown>, as = REVIEWER) =>
    t.graphql<{ saveGlossaryTerm: Term }>(SAVE, {
      variables: {
        input: { brandId: 'brand-castello', locale: 'pl', forbidden: false, ...input },
      },
      token: tokens[as],
    });
  const reasonOf = async (input: Record<string, unknown>) =>
    (await save(input)).errors?.[0]?.extensions?.reason;

  beforeAll(async () => {
    t = await createTestApp();
    for (const person of [TRANSLATOR, REVIEWER, 'person-demo-admin', 'person-demo-fr-sales']) {
      tokens[person] = await t.tokenFor(person);
    }
  });
  afterAll(() => t.close());

  it('gives the locale translators their brand terms, forbidden ones marked', async () => {
    const body = await t.graphql<{ glossary: Term[] }>(GLOSSARY, {
      variables: { locale: 'pl' },
      token: tokens[TRANSLATOR],
    });
    const terms = body.data!.glossary;
    expect(terms.find((term) => term.term === 'test drive')).toMatchObject({
      translation: 'jazda próbna',
      forbidden: false,
    });
    expect(terms.find((term) => term.term === 'recall')).toMatchObject({ forbidden: true });
    const lumo = await t.graphql<{ glossary: Term[] }>(GLOSSARY, {
      variables: { locale: 'it', brandId: 'brand-lumo' },
      token: tokens['person-demo-admin'],
    });
    expect(lumo.data!.glossary.find((term) => term.term === 'dealer')).toMatchObject({
      translation: 'concessionaria',
      forbidden: true,
    });
  });

  it('lets a reviewer create, change and delete terms, each in the audit log', async () => {
    const created = (await save({ term: '  spare  parts ', translation: 'części zamienne' })).data!
      .saveGlossaryTerm;
    expect(created).toMatchObject({ term: 'spare parts', brand: { name: 'Castello' } });
    const changed = await save({
      id: created.id,
      term: 'spare parts',
      translation: 'oryginalne części zamienne',
      note: 'Zawsze „oryginalne” w materiałach dla klientów.',
    });
    expect(changed.data!.saveGlossaryTerm).toMatchObject({
      id: created.id,
      translation: 'oryginalne części zamienne',
      note: 'Zawsze „oryginalne” w materiałach dla klientów.',
    });
    const deleted = await t.graphql<{ deleteGlossaryTerm: boolean }>(DELETE, {
      variables: { id: created.id },
      token: tokens[REVIEWER],
    });
    expect(deleted.data!.deleteGlossaryTerm).toBe(true);
    const audit = await t.db.query<{ action: string; actor_id: string }>(
      `select action, actor_id from audit_log where target_id = $1 order by id`,
      [created.id],
    );
    expect(audit).toEqual([
      { action: 'glossary.term.save', actor_id: REVIEWER },
      { action: 'glossary.term.save', actor_id: REVIEWER },
      { action: 'glossary.term.delete', actor_id: REVIEWER },
    ]);
    const again = await t.graphql(DELETE, {
      variables: { id: created.id },
      token: tokens[REVIEWER],
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('names the field at fault', async () => {
    expect(await reasonOf({ term: ' ', translation: 'x' })).toBe('REQUIRED');
    expect(await reasonOf({ term: 'x'.repeat(101), translation: 'x' })).toBe('TOO_LONG');
    expect(await reasonOf({ term: 'Test Drive', translation: 'x' })).toBe('TAKEN');
    expect(await reasonOf({ term: 'brochure', translation: '' })).toBe('REQUIRED');
    expect(await reasonOf({ term: 'brochure', translation: 'x'.repeat(201) })).toBe('TOO_LONG');
    expect(await reasonOf({ term: 'brochure', translation: 'x', note: 'x'.repeat(501) })).toBe(
      'TOO_LONG',
    );
    expect(await reasonOf({ term: 'brochure', translation: 'x', locale: 'xx' })).toBe(
      'UNKNOWN_LOCALE',
    );
    expect(await reasonOf({ term: 'brochure', translation: 'x', brandId: 'brand-none' })).toBe(
      'UNKNOWN_BRAND',
    );
  });

  it('is read by translators and changed by reviewers and admins only', async () => {
    const [term] = (
      await t.graphql<{ glossary: Term[] }>(GLOSSARY, {
        variables: { locale: 'pl' },
        token: tokens[TRANSLATOR],
      })
    ).data!.glossary;
    const codes = [
      (await save({ term: 'brochure', translation: 'broszura' }, TRANSLATOR)).errors,
      (await t.graphql(DELETE, { variables: { id: term!.id }, token: tokens[TRANSLATOR] })).errors,
      (
        await t.graphql(GLOSSARY, {
          variables: { locale: 'pl' },
          token: tokens['person-demo-fr-sales'],
        })
      ).errors,
      (await save({ term: 'brochure', translation: 'Prospekt', locale: 'de' })).errors,
    ].map((errors) => errors?.[0]?.extensions?.code);
    expect(codes).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const byAdmin = await save(
      { term: 'brochure', translation: 'Prospekt', locale: 'de' },
      'person-demo-admin',
    );
    expect(byAdmin.data!.saveGlossaryTerm).toMatchObject({ locale: 'de', term: 'brochure' });
  });

  it("shows an entry the caller's brand terms its English mentions", async () => {
    // "After-sales" is a string of the catalogue (a news category); the glossary has the term.
    const { data, errors } = await t.graphql<{
      translationEntries: {
        nodes: { key: string; forms: { source: string }[]; glossaryHits: Term[] }[];
      };
    }>(
      `{ translationEntries(locale: "pl", namespace: "common", search: "after-sales", first: 20) {
         nodes { key forms { source } glossaryHits { term translation forbidden } } } }`,
      { token: tokens[TRANSLATOR] },
    );
    expect(errors).toBeUndefined();
    const nodes = data!.translationEntries.nodes.filter((node) =>
      node.forms.some((form) => /after-sales/i.test(form.source)),
    );
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(node.glossaryHits).toContainEqual({
        term: 'after-sales',
        translation: 'obsługa posprzedażna',
        forbidden: false,
      });
      expect(node.glossaryHits.map((hit) => hit.term)).not.toContain('test drive');
    }
  });
});
