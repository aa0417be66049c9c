import { readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../generated/resolvers.js';

/** An app as the server needs to know it: its name and the roles it is meant for. */
export interface AppDefinition {
  name: string;
  roles: Role[];
}

/** The apps of this deployment; asked on each use, since one app can be redeployed alone. */
export type AppCatalogue = () => Promise<AppDefinition[]>;

const SOURCE_APPS_DIR = fileURLToPath(new URL('../../../apps/', import.meta.url));

const definition = ({ name, roles }: AppDefinition): AppDefinition => ({
  name,
  roles: roles ?? [],
});

let sourceApps: AppDefinition[] | undefined;

/** The repository's apps/<name>/app.json, for a server running before any build. */
function appsInSource(): AppDefinition[] {
  sourceApps ??= readdirSync(SOURCE_APPS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const json = readFileSync(join(SOURCE_APPS_DIR, entry.name, 'app.json'), 'utf8');
        return [definition(JSON.parse(json) as AppDefinition)];
      } catch {
        return [];
      }
    });
  return sourceApps;
}

/**
 * The deployed apps: those of the build's manifest (read again whenever it changes, e.g.
 * after one app was redeployed), or before any build the repository's app.json files.
 */
export function appCatalogue(distDir: string): AppCatalogue {
  const manifestFile = join(distDir, 'public/manifest.json');
  let cached: { mtime: number; apps: AppDefinition[] } | undefined;
  return async () => {
    const info = await stat(manifestFile).catch(() => null);
    if (!info) return appsInSource();
    if (cached?.mtime !== info.mtimeMs) {
      const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
        apps: AppDefinition[];
      };
      cached = { mtime: info.mtimeMs, apps: manifest.apps.map(definition) };
    }
    return cached.apps;
  };
}
