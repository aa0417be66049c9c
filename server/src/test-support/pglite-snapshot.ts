import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db } from '../db/db.js';
import { migrate, readMigrations } from '../db/migrate.js';
import { pgliteDb } from '../db/pglite-db.js';

/**
 * A migrated PGlite data folder, saved once as a tarball and loaded by every test file:
 * initdb and the migrations took most of a server test file's start, on every file.
 * Named after PGlite's version and the migrations' text, so a changed migration or a new
 * PGlite makes a new one and a stale one is never loaded.
 */
function snapshotPath(): string {
  // The package's entry lies under its folder; its package.json is not exported.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const packageJson = join(entry.slice(0, entry.lastIndexOf('/pglite/') + 8), 'package.json');
  const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
  const hash = createHash('sha256').update(version);
  for (const migration of readMigrations()) hash.update(`${migration.version}\0${migration.sql}`);
  return join(tmpdir(), `piazza-pglite-migrated-${hash.digest('hex').slice(0, 16)}.tar.gz`);
}

async function readSnapshot(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** Makes the snapshot unless it exists; vitest's global setup calls it once per run. */
export async function ensureMigratedSnapshot(): Promise<Buffer> {
  const path = snapshotPath();
  const existing = await readSnapshot(path);
  if (existing) return existing;
  const pg = await PGlite.create();
  await migrate(pgliteDb(pg));
  const tarball = Buffer.from(await (await pg.dumpDataDir('gzip')).arrayBuffer());
  await pg.close();
  // Written aside then renamed: a test file starting meanwhile never reads half a file.
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, tarball);
  await rename(partial, path);
  return tarball;
}

/** An in-memory PGlite holding every migration, loaded from the snapshot. */
export async function createMigratedPgliteDb(): Promise<Db> {
  const tarball = await ensureMigratedSnapshot();
  return pgliteDb(await PGlite.create({ loadDataDir: new Blob([new Uint8Array(tarball)]) }));
}
