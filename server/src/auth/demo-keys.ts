import { readFile, writeFile } from 'node:fs/promises';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Db } from '../db/db.js';

export const DEMO_ALGORITHM = 'ES256';

export interface DemoKeys {
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export interface DemoKeyStore {
  db: Db;
  /** Keep the key in this file (PGlite); without it, in the demo_issuer_keys table. */
  file?: string | undefined;
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(DEMO_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, alg: DEMO_ALGORITHM, kid: await calculateJwkThumbprint(jwk) };
}

async function fromFile(file: string): Promise<JWK> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as JWK;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const jwk = await newPrivateJwk();
  try {
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
    return jwk;
  } catch (error) {
    // Another process wrote it first: use theirs so both sign alike.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fromFile(file);
    throw error;
  }
}

async function fromTable(db: Db): Promise<JWK> {
  const candidate = await newPrivateJwk();
  // The first instance to insert wins; every instance then reads the same key.
  await db.query(
    `insert into demo_issuer_keys (id, private_jwk) values ('current', $1::jsonb) on conflict (id) do nothing`,
    [JSON.stringify(candidate)],
  );
  const [row] = await db.query<{ private_jwk: JWK | string }>(
    `select private_jwk from demo_issuer_keys where id = 'current'`,
    [],
  );
  if (!row) throw new Error('demo issuer key missing after insert');
  return typeof row.private_jwk === 'string'
    ? (JSON.parse(row.private_jwk) as JWK)
    : row.private_jwk;
}

/** The demo issuer's key pair, made once and then kept, so tokens survive a restart. */
export async function loadDemoKeys(store: DemoKeyStore): Promise<DemoKeys> {
  const jwk = store.file ? await fromFile(store.file) : await fromTable(store.db);
  const { kty, crv, x, y, alg, kid } = jwk;
  const publicJwk: JWK = { kty, crv, x, y, alg, kid };
  const privateKey = await importJWK(jwk, DEMO_ALGORITHM);
  if (!(privateKey instanceof CryptoKey)) throw new Error('demo issuer key is not an EC key');
  return { privateKey, publicJwk };
}
