import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import { createPgliteDb } from './pglite-db.js';

describe('createPgliteDb', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('keeps its data on disk across a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piazza-pglite-'));
    dirs.push(dir);
    const dataDir = join(dir, 'nested', 'data');
    const first = await createPgliteDb(dataDir);
    await migrate(first);
    await first.query(
      `insert into brands (id, code, name) values ('brand-kept', 'kept', 'Kept')`,
      [],
    );
    await first.close();

    const second = await createPgliteDb(dataDir);
    expect(await migrate(second)).toEqual([]);
    expect(await second.query('select name from brands', [])).toEqual([{ name: 'Kept' }]);
    await second.close();
  });
});
