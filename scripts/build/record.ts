import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordsDir } from './paths.js';

/** An app as listed in its apps/<name>/app.json. */
export interface AppJson {
  name: string;
  route: string;
  namespace: string;
  /** Position in the navigation; the first app the person may open is the home page. */
  order: number;
  roles: string[];
  /** The operation the server may run to embed the app's first screen in the page. */
  firstView?: { operation: string; variables: Record<string, unknown> };
}

/**
 * What one built unit (vendor, shell, or an app) adds to the deployment. Rebuilding a
 * unit rewrites its record only; assembling merges every record.
 */
export interface UnitRecord {
  unit: string;
  /** Import-map entries: bare specifier → root-relative URL. */
  imports: Record<string, string>;
  /** Static imports of each emitted module (URLs or bare specifiers), for modulepreload. */
  graph: Record<string, string[]>;
  /** Translation bundles: namespace → locale → root-relative URL. */
  locales: Record<string, Record<string, string>>;
  /** Named GraphQL operations (name → text) of the unit. */
  operations?: Record<string, string>;
  app?: AppJson & { module: string };
}

export async function writeRecord(record: UnitRecord): Promise<void> {
  await mkdir(recordsDir, { recursive: true });
  await writeFile(join(recordsDir, `${record.unit}.json`), JSON.stringify(record, null, 2));
}

export async function readRecords(): Promise<UnitRecord[]> {
  const files = (await readdir(recordsDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(
      async (file) => JSON.parse(await readFile(join(recordsDir, file), 'utf8')) as UnitRecord,
    ),
  );
}
