/**
 * Builds the front end into dist/public: `npm run build` builds everything;
 * `npm run build -- --app news` rebuilds and redeploys one app without touching the
 * shell, the vendor libraries or any other app; `--assemble` only regenerates the import
 * map, manifest, embed.js and index.html from the units already in dist/.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assemble } from './build/assemble.js';
import { publicDir, root } from './build/paths.js';
import { buildApp, buildShell, buildVendor, listApps } from './build/units.js';

const { values } = parseArgs({
  options: { app: { type: 'string', multiple: true }, assemble: { type: 'boolean' } },
});
const started = performance.now();

if (values.assemble) {
  // Nothing to build: a unit was added or replaced by hand (a deployment, a test).
} else if (values.app?.length) {
  for (const app of values.app) await buildApp(app);
} else {
  await mkdir(publicDir, { recursive: true });
  await copyFile(join(root, 'shell/public/favicon.svg'), join(publicDir, 'favicon.svg'));
  await buildVendor();
  await buildShell();
  for (const app of await listApps()) await buildApp(app);
}
await assemble();
console.log(`Built into ${publicDir} in ${Math.round(performance.now() - started)} ms`);
