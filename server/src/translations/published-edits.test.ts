import { describe, expect, it } from 'vitest';
import { withEdits } from './published-edits.js';

describe('withEdits', () => {
  it('lays edits over a built bundle, deeply, changing neither', () => {
    const built = { feed: { title: 'News', empty: 'Nothing' }, retry: 'Retry' };
    const edits = { feed: { title: 'Latest' }, items_one: 'One item' };
    expect(withEdits(built, edits)).toEqual({
      feed: { title: 'Latest', empty: 'Nothing' },
      retry: 'Retry',
      items_one: 'One item',
    });
    expect(built.feed.title).toBe('News');
    expect(withEdits(built, undefined)).toBe(built);
  });
});
