import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.js';
import { createTestDb } from '../test-support/test-db.js';
import { generateNetwork, type Network } from './generate-network.js';
import { clearNetwork, hasNetwork, seedDatabase } from './load-network.js';
import { seedIfEmpty } from './seed-demo.js';

const TABLES: [string, keyof Network][] = [
  ['brands', 'brands'],
  ['countries', 'countries'],
  ['regions', 'regions'],
  ['dealers', 'dealers'],
  ['people', 'people'],
  ['person_roles', 'roles'],
  ['articles', 'articles'],
  ['article_translations', 'articleTranslations'],
];

async function count(db: Db, table: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`, []);
  return row?.n ?? -1;
}

describe('seedDatabase', () => {
  let db: Db;
  const network = generateNetwork({ scale: 0.1 });
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('loads every row of the network', async () => {
    const hostile = structuredClone(network);
    const first = hostile.articleTranslations[0];
    if (!first) throw new Error('no translations');
    first.bodyHtml =
      '<p onclick="x()">Hi<script>alert(1)</script></p><a href="javascript:x()">y</a>';
    await seedDatabase(db, hostile);
    for (const [table, key] of TABLES)
      expect(await count(db, table), table).toBe(network[key].length);
    const [stored] = await db.query<{ body_html: string }>(
      'select body_html from article_translations where article_id = $1 and locale = $2',
      [first.articleId, first.locale],
    );
    expect(stored?.body_html).toBe('<p>Hi</p><a>y</a>');
    const [published] = await db.query<{ iso: string }>(
      `select to_char(published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as iso from articles where id = $1`,
      [network.articles[0]?.id],
    );
    expect(published?.iso).toBe(network.articles[0]?.publishedAt);
  });

  it('empties the network on reset, and seeds an empty database once', async () => {
    expect(await hasNetwork(db)).toBe(true);
    expect(await seedIfEmpty(db, { scale: 0.1 })).toBe(false);
    await clearNetwork(db);
    expect(await hasNetwork(db)).toBe(false);
    const results = await Promise.all([
      seedIfEmpty(db, { scale: 0.1 }),
      seedIfEmpty(db, { scale: 0.1 }),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await count(db, 'brands')).toBe(4);
  });
});
