import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../test-support/test-db.js';
import type { Db } from './db.js';
import { migrate, readMigrations } from './migrate.js';

describe('migrate', () => {
  let db: Db;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());

  it('records every migration file once, in order', async () => {
    const files = readMigrations();
    expect(files.map((m) => m.version)).toEqual([
      '0001',
      '0002',
      '0003',
      '0004',
      '0005',
      '0006',
      '0007',
      '0008',
      '0009',
      '0010',
      '0011',
      '0012',
      '0013',
      '0014',
      '0015',
      '0016',
      '0017',
      '0018',
      '0019',
      '0020',
      '0021',
      '0022',
      '0023',
      '0024',
      '0025',
    ]);
    const rows = await db.query<{ version: string }>(
      'select version from schema_migrations order by version',
      [],
    );
    expect(rows.map((r) => r.version)).toEqual(files.map((m) => m.version));
  });

  it('applies nothing the second time', async () => {
    expect(await migrate(db)).toEqual([]);
    const [row] = await db.query<{ count: number }>(
      'select count(*)::int as count from schema_migrations',
      [],
    );
    expect(row?.count).toBe(readMigrations().length);
  });

  it('applies a new migration, and only once', async () => {
    const extra = [
      ...readMigrations(),
      {
        version: '9001',
        name: 'extra',
        sql: 'create table extra_one (id int); create table extra_two (id int);',
      },
    ];
    expect(await migrate(db, extra)).toEqual(['9001']);
    expect(await migrate(db, extra)).toEqual([]);
    expect(await db.query('select * from extra_two', [])).toEqual([]);
  });

  it('rolls a failing migration back entirely and does not record it', async () => {
    const broken = [
      { version: '9002', name: 'broken', sql: 'create table half_done (id int); select 1 / 0;' },
    ];
    await expect(migrate(db, broken)).rejects.toThrow(/division by zero/);
    const tables = await db.query(
      `select 1 from information_schema.tables where table_name = 'half_done'`,
      [],
    );
    expect(tables).toEqual([]);
    expect(await db.query(`select 1 from schema_migrations where version = '9002'`, [])).toEqual(
      [],
    );
  });

  it('keeps parameters apart from the SQL text', async () => {
    const hostile = "x'); drop table brands; --";
    const [row] = await db.query<{ value: string }>('select $1::text as value', [hostile]);
    expect(row?.value).toBe(hostile);
    expect(await db.query('select count(*) from brands', [])).toHaveLength(1);
  });

  it('rolls back a transaction that throws', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          `insert into brands (id, code, name) values ('brand-tmp', 'tmp', 'Tmp')`,
          [],
        );
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.query(`select 1 from brands where id = 'brand-tmp'`, [])).toEqual([]);
  });
});
