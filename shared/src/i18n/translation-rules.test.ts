import { describe, expect, it } from 'vitest';
import { checkTranslation, pluralCategories } from './translation-rules.js';

const tickets = { one: 'One ticket', other: '{{count}} tickets' };

describe('pluralCategories', () => {
  it('gives each locale the forms CLDR says it needs, in CLDR order', () => {
    expect(pluralCategories('pl')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('fr')).toEqual(['one', 'many', 'other']);
    expect(pluralCategories('es-CL')).toEqual(pluralCategories('es'));
  });
});

describe('checkTranslation', () => {
  it('accepts a plain string with the same placeholders in another order', () => {
    const problems = checkTranslation({
      locale: 'pl',
      source: { '': '{{name}} replied at {{time}}' },
      forms: { '': 'O {{time}} odpowiedział(a) {{ name }}' },
    });
    expect(problems).toEqual([]);
  });

  it('names the placeholders that are missing or made up', () => {
    const problems = checkTranslation({
      locale: 'pl',
      source: { '': 'Hello {{name}}' },
      forms: { '': 'Witaj {{nazwa}}' },
    });
    expect(problems).toEqual([
      { code: 'PLACEHOLDERS', category: null, details: ['{{name}}', '{{nazwa}}'] },
    ]);
  });

  it('wants every Polish plural form, each with the count where English shows it', () => {
    expect(
      checkTranslation({
        locale: 'pl',
        source: tickets,
        forms: {
          one: 'Jedno zgłoszenie',
          few: '{{count}} zgłoszenia',
          other: '{{count}} zgłoszenia',
        },
      }),
    ).toEqual([{ code: 'PLURAL_FORMS', category: null, details: ['many'] }]);
    expect(
      checkTranslation({
        locale: 'pl',
        source: tickets,
        forms: {
          one: 'Jedno zgłoszenie',
          few: '{{count}} zgłoszenia',
          many: 'Wiele zgłoszeń',
          other: '{{count}} zgłoszenia',
        },
      }),
    ).toEqual([{ code: 'PLACEHOLDERS', category: 'many', details: ['{{count}}'] }]);
  });

  it("lets a 'one' form say the number in words only where it means 1 alone", () => {
    const polish = checkTranslation({
      locale: 'pl',
      source: tickets,
      forms: {
        one: 'Jedno zgłoszenie',
        few: '{{count}} zgłoszenia',
        many: '{{count}} zgłoszeń',
        other: '{{count}} zgłoszenia',
      },
    });
    expect(polish).toEqual([]);
    // French 'one' is used for 0 too: "Un ticket" would be wrong for none.
    const french = checkTranslation({
      locale: 'fr',
      source: tickets,
      forms: { one: 'Un ticket', many: '{{count}} de tickets', other: '{{count}} tickets' },
    });
    expect(french).toEqual([{ code: 'PLACEHOLDERS', category: 'one', details: ['{{count}}'] }]);
  });

  it('reports empty forms', () => {
    expect(checkTranslation({ locale: 'de', source: { '': 'Save' }, forms: { '': '  ' } })).toEqual(
      [{ code: 'EMPTY', category: null, details: [] }],
    );
  });

  it('allows emphasis and line breaks, refuses other tags, attributes and unclosed tags', () => {
    const source = { '': 'Read this' };
    expect(
      checkTranslation({
        locale: 'it',
        source,
        forms: { '': 'Leggi <strong>questo</strong><br/>' },
      }),
    ).toEqual([]);
    expect(
      checkTranslation({
        locale: 'it',
        source,
        forms: { '': '<img src=x onerror=alert(1)> <b class="x">Leggi</b> <em>questo' },
      }),
    ).toEqual([
      {
        code: 'HTML',
        category: null,
        details: ['<img src=x onerror=alert(1)>', '<b class="x">', '</b>', '<em>'],
      },
    ]);
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    const source = { '': 'Tickets' };
    expect(
      checkTranslation({ locale: 'pl', source, forms: { '': 'Zgłoszenia' }, maxLength: 10 }),
    ).toEqual([]);
    expect(
      checkTranslation({ locale: 'pl', source, forms: { '': 'Zgłoszenia!' }, maxLength: 10 }),
    ).toEqual([{ code: 'TOO_LONG', category: null, details: ['10'] }]);
  });

  it('flags forbidden glossary terms as whole words, ignoring case', () => {
    const source = { '': 'Book a test drive' };
    expect(
      checkTranslation({
        locale: 'pl',
        source,
        forms: { '': 'Umów Test Drive' },
        forbiddenTerms: ['test drive', 'drive-in'],
      }),
    ).toEqual([{ code: 'FORBIDDEN_TERM', category: null, details: ['test drive'] }]);
    expect(
      checkTranslation({
        locale: 'pl',
        source,
        forms: { '': 'Umów jazdę próbną (testdrive)' },
        forbiddenTerms: ['test drive'],
      }),
    ).toEqual([]);
  });
});
