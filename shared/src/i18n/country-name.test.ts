import { describe, expect, it } from 'vitest';
import { countryName } from './country-name.js';

describe('countryName', () => {
  it('names a country in the reader’s language, and falls back for an unknown code', () => {
    expect(countryName('IT', 'pl')).toBe('Włochy');
    expect(countryName('ES', 'fr')).toBe('Espagne');
    expect(countryName('AA', 'en', 'Nowhere')).toBe('Nowhere');
  });
});
