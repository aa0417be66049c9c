import { describe, expect, it } from 'vitest';
import { buildEntry, type EntryParts, type TranslationRow } from './entries.js';

/** A fixture namespace: one plural, built in English, Spanish, and partly in Polish. */
const PARTS: Omit<EntryParts, 'locale' | 'row' | 'baseRow'> = {
  namespace: 'news',
  key: 'items',
  string: {
    source: { one: '{{count}} item', other: '{{count}} items' },
    usages: ['apps/news/src/feed.ts:3'],
    description: 'Under the feed',
    maxLength: 40,
  },
  bundles: {
    en: { items_one: '{{count}} item', items_other: '{{count}} items' },
    es: {
      items_one: '{{count}} artículo',
      items_many: '{{count}} artículos',
      items_other: '{{count}} artículos',
    },
    pl: { items_one: '{{count}} element' },
  },
};

function row(locale: string, overrides: Partial<TranslationRow> = {}): TranslationRow {
  return {
    locale,
    namespace: 'news',
    key: 'items',
    forms: {},
    status: 'DRAFT',
    problems: [],
    source_forms: PARTS.string.source,
    published_forms: null,
    updated_by: 'person-demo-pl-translator',
    updated_at: new Date('2026-01-02T03:04:05Z'),
    ...overrides,
  };
}

const pl = { code: 'pl', base: null };
const esCL = { code: 'es-CL', base: 'es' };

describe('buildEntry', () => {
  it("gives a plural the locale's categories, English's other for those English lacks", () => {
    const entry = buildEntry({ ...PARTS, locale: pl, row: undefined, baseRow: undefined });
    expect(entry).toMatchObject({
      id: 'pl:news:items',
      plural: true,
      status: 'MISSING',
      outdated: false,
      description: 'Under the feed',
      maxLength: 40,
      updatedAt: null,
    });
    expect(entry.forms).toEqual([
      {
        category: 'one',
        source: '{{count}} item',
        value: '{{count}} element',
        publishedValue: '{{count}} element',
      },
      { category: 'few', source: '{{count}} items', value: null, publishedValue: null },
      { category: 'many', source: '{{count}} items', value: null, publishedValue: null },
      { category: 'other', source: '{{count}} items', value: null, publishedValue: null },
    ]);
  });

  it('shows the working text of a row beside what portals show, and tells when English changed', () => {
    const edited = row('pl', {
      forms: { one: 'A', few: 'B', many: 'C', other: 'D' },
      published_forms: { one: 'P' },
      source_forms: { one: '{{count}} thing', other: '{{count}} things' },
    });
    const entry = buildEntry({ ...PARTS, locale: pl, row: edited, baseRow: undefined });
    expect(entry.status).toBe('DRAFT');
    expect(entry.outdated).toBe(true);
    expect(entry.forms[0]).toMatchObject({ value: 'A', publishedValue: 'P' });
    expect(entry.updatedAt).toBe('2026-01-02T03:04:05.000Z');
  });

  it("lets a regional variant inherit its base's built and published texts", () => {
    const built = buildEntry({ ...PARTS, locale: esCL, row: undefined, baseRow: undefined });
    expect(built.status).toBe('BUILT');
    expect(built.forms.map((form) => form.publishedValue)).toEqual([
      '{{count}} artículo',
      '{{count}} artículos',
      '{{count}} artículos',
    ]);
    const published = row('es', {
      status: 'PUBLISHED',
      published_forms: { one: '{{count}} ítem' },
    });
    const inherited = buildEntry({ ...PARTS, locale: esCL, row: undefined, baseRow: published });
    expect(inherited.forms[0]?.publishedValue).toBe('{{count}} ítem');
    expect(inherited.forms[0]?.value).toBe('{{count}} ítem');
  });
});
