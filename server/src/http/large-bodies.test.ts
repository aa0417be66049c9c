import { describe, expect, it } from 'vitest';
import { graphqlBodyLimit, importsTranslations, MAX_IMPORT_BODY_BYTES } from './large-bodies.js';

const body = (query: string) => new TextEncoder().encode(JSON.stringify({ query }));

describe('large GraphQL bodies', () => {
  it('are let through for a translation import alone', () => {
    expect(
      importsTranslations(
        body(
          'mutation ($c: String!) { importTranslations(locale: "pl", format: XLIFF, content: $c) { imported } }',
        ),
      ),
    ).toBe(true);
  });

  it.each([
    ['a query', '{ me { locale } }'],
    ['another mutation', 'mutation { markNotificationsSeen { unread } }'],
    [
      'an import with another field',
      'mutation { importTranslations(locale: "pl", format: XLIFF, content: "") { imported } markNotificationsSeen { unread } }',
    ],
    ['two operations', 'mutation A { importTranslations { imported } } query B { me { locale } }'],
    ['a query that does not parse', 'mutation { importTranslations('],
  ])('are refused for %s', (_what, query) => {
    expect(importsTranslations(body(query))).toBe(false);
  });

  it('are refused when the body is not JSON', () => {
    expect(importsTranslations(new TextEncoder().encode('importTranslations'))).toBe(false);
  });

  it('are read up to the import limit only when they declare their length', () => {
    const request = (headers: Record<string, string>) =>
      new Request('http://piazza.test/graphql', { method: 'POST', headers });
    expect(graphqlBodyLimit(request({ 'content-length': '300000' }), 1000)).toBe(
      MAX_IMPORT_BODY_BYTES,
    );
    expect(graphqlBodyLimit(request({ 'content-length': '800' }), 1000)).toBe(1000);
    expect(graphqlBodyLimit(request({}), 1000)).toBe(1000);
  });
});
