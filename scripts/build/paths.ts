import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** Where the build reads and writes; PIAZZA_DIST moves the output (as it does for the server). */
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const distDir = resolve(root, process.env['PIAZZA_DIST'] ?? 'dist');
/** Everything the server serves as static files. */
export const publicDir = join(distDir, 'public');
/** One JSON record per built unit; `assemble` merges them into the deployment. */
export const recordsDir = join(distDir, 'build');
/** JavaScript assets live under one prefix, which is the import map's scope. */
export const ASSETS_PREFIX = '/assets/';
