import { describe, expect, it } from 'vitest';
import {
  graphqlBodyLimit,
  largeImportLimit,
  MAX_IMPORT_BODY_BYTES,
  MAX_KPI_IMPORT_BODY_BYTES,
} from './large-bodies.js';

const body = (query: string) => new TextEncoder().encode(JSON.stringify({ query }));

describe('large GraphQL bodies', () => {
  it('are let through for a translation import alone, up to its limit', () => {
    expect(
      largeImportLimit(
        body(
          'mutation ($c: String!) { importTranslations(locale: "pl", format: XLIFF, content: $c) { imported } }',
        ),
      ),
    ).toBe(MAX_IMPORT_BODY_BYTES);
  });

  it('are let through for a KPI import alone, up to its own larger limit', () => {
    expect(
      largeImportLimit(
        body('mutation ($csv: String!) { importKpiMeasurements(csv: $csv) { stored } }'),
      ),
    ).toBe(MAX_KPI_IMPORT_BODY_BYTES);
    expect(MAX_KPI_IMPORT_BODY_BYTES).toBeGreaterThan(10 * 1024 * 1024);
    expect(MAX_KPI_IMPORT_BODY_BYTES).toBeLessThan(12 * 1024 * 1024);
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
    ['a query named like an import', 'query { importKpiMeasurements { stored } }'],
  ])('are refused for %s', (_what, query) => {
    expect(largeImportLimit(body(query))).toBe(0);
  });

  it('are refused when the body is not JSON', () => {
    expect(largeImportLimit(new TextEncoder().encode('importTranslations'))).toBe(0);
  });

  it('are read up to the largest import limit only when signed in and declaring their length', () => {
    const request = (headers: Record<string, string>) =>
      new Request('http://piazza.test/graphql', { method: 'POST', headers });
    const signedIn = { authorization: 'Bearer x' };
    expect(graphqlBodyLimit(request({ ...signedIn, 'content-length': '300000' }), 1000)).toBe(
      MAX_KPI_IMPORT_BODY_BYTES,
    );
    expect(graphqlBodyLimit(request({ ...signedIn, 'content-length': '800' }), 1000)).toBe(1000);
    expect(graphqlBodyLimit(request(signedIn), 1000)).toBe(1000);
    // Anonymous: the small limit, whatever the body declares.
    expect(graphqlBodyLimit(request({ 'content-length': '300000' }), 1000)).toBe(1000);
  });
});
