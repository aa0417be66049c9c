import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('feed cursor', () => {
  it('round-trips a position to the microsecond', () => {
    const position = { publishedAt: '2026-10-01T08:30:00.123456Z', id: 'article-0042' };
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it('rejects anything it did not make', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      '',
      'not a cursor',
      '%%%',
      encode({ publishedAt: '2026-10-01T08:30:00.123456Z', id: 'a' }),
      encode(['2026-10-01', 'article-1']),
      encode(['2026-13-45T99:99:99.000000Z', 'article-1']),
      encode(['2026-10-01T08:30:00.123456Z', '']),
      encode(['2026-10-01T08:30:00.123456Z', 42]),
      encode(['2026-10-01T08:30:00.123456Z', 'x'.repeat(500)]),
    ]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});
