import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../support/start-server.js';
import { deployBrokenApp } from './broken-app.js';
import { deployUntranslatedString } from './untranslated-string.js';

const run = promisify(execFile);
const root = new URL('../../..', import.meta.url).pathname;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Starts the real server on a fresh embedded database, serving a copy of the built
 * portal into which a deliberately broken app has been deployed, and whose Polish bundles
 * lack one string (journey 4's translator fills it).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const work = await mkdtemp(join(tmpdir(), 'piazza-e2e-'));
  const distDir = join(work, 'dist');
  // PIAZZA_DIST picks a private build, so two people can run the suite side by side.
  await cp(process.env['PIAZZA_DIST'] ?? join(root, 'dist'), distDir, { recursive: true });
  await deployBrokenApp(distDir);
  await run('npx', ['tsx', 'scripts/build.ts', '--assemble'], {
    cwd: root,
    env: { ...process.env, PIAZZA_DIST: distDir },
  });
  await deployUntranslatedString(distDir);
  // Every test signs in from the same address, far faster than people do.
  const server = await startServer({
    distDir,
    dataDir: join(work, 'data'),
    env: { PIAZZA_DEMO_SIGN_INS_PER_MINUTE: '1000' },
  });
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  };
}
