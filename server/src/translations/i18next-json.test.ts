import { describe, expect, it } from 'vitest';
import { parseI18nextJson, toI18nextJson } from './i18next-json.js';
import { MalformedFileError } from './malformed-file.js';

describe('i18next v4 JSON', () => {
  it('nests dotted keys, keeps plural suffixes, and reads back the same texts', () => {
    const texts = {
      'feed.title': 'Aktualności',
      'feed.items_one': '{{count}} artykuł',
      'feed.items_few': '{{count}} artykuły',
      save: 'Zapisz',
    };
    const json = toI18nextJson(texts);
    expect(JSON.parse(json)).toEqual({
      feed: {
        title: 'Aktualności',
        items_one: '{{count}} artykuł',
        items_few: '{{count}} artykuły',
      },
      save: 'Zapisz',
    });
    expect(parseI18nextJson(json)).toEqual(texts);
  });

  it('reads flat keys as well as nested ones', () => {
    expect(parseI18nextJson('{ "feed.title": "Notizie", "menu": { "open": "Apri" } }')).toEqual({
      'feed.title': 'Notizie',
      'menu.open': 'Apri',
    });
  });

  it.each([
    ['text that is not JSON', '{ "a": ', /Not JSON/],
    ['an array', '["a"]', /object of texts/],
    ['a number among the texts', '{ "feed": { "count": 3 } }', /feed\.count/],
    ['a null', '{ "title": null }', /title/],
  ])('refuses %s', (_what, content, message) => {
    expect(() => parseI18nextJson(content)).toThrow(MalformedFileError);
    expect(() => parseI18nextJson(content)).toThrow(message);
  });
});
