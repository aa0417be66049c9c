import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.js';
import { createTestDb } from '../test-support/test-db.js';
import { loadDemoKeys } from './demo-keys.js';

describe('loadDemoKeys', () => {
  let dir: string;
  let db: Db;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'piazza-keys-'));
    db = await createTestDb();
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('makes a key once and keeps it in a private file', async () => {
    const file = join(dir, 'demo-issuer-key.json');
    const first = await loadDemoKeys({ db, file });
    const second = await loadDemoKeys({ db, file });
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect(first.publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256' });
    expect(first.publicJwk).not.toHaveProperty('d');
    expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('d');
    expect((await stat(file)).mode & 0o077).toBe(0);
  });

  it('makes a key once and keeps it in the database without a file', async () => {
    const [first, second] = await Promise.all([loadDemoKeys({ db }), loadDemoKeys({ db })]);
    expect(second.publicJwk).toEqual(first.publicJwk);
    expect((await loadDemoKeys({ db })).publicJwk).toEqual(first.publicJwk);
  });
});
