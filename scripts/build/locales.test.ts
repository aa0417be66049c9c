import { describe, expect, it } from 'vitest';
import { withEnglishFallback } from './locales.js';

const english = {
  title: 'News',
  watch: { count_one: '{{count}} person follows', count_other: '{{count}} people follow' },
};

describe('withEnglishFallback', () => {
  it('fills what a full locale lacks with English, a plural in every form of the locale', () => {
    expect(withEnglishFallback({ title: 'Aktualności' }, english, 'pl')).toEqual({
      title: 'Aktualności',
      watch: {
        count_one: '{{count}} person follows',
        count_few: '{{count}} people follow',
        count_many: '{{count}} people follow',
        count_other: '{{count}} people follow',
      },
    });
  });

  it('keeps what the locale has, and leaves a regional variant to its language', () => {
    const polish = {
      title: 'Aktualności',
      watch: { count_one: 'a', count_few: 'b', count_many: 'c', count_other: 'd' },
    };
    expect(withEnglishFallback(polish, english, 'pl')).toEqual(polish);
    expect(withEnglishFallback({ title: 'Noticias' }, english, 'es-CL')).toEqual({
      title: 'Noticias',
    });
  });
});
