import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from '../generated/resolvers.js';

/** An app as the server needs to know it: its name and the roles it is meant for. */
export interface AppDefinition {
  name: string;
  roles: Role[];
}

const APPS_DIR = fileURLToPath(new URL('../../../apps/', import.meta.url));

let catalogue: AppDefinition[] | undefined;

/** The apps of this deployment, from each apps/<name>/app.json (read once). */
export function appCatalogue(): AppDefinition[] {
  catalogue ??= readdirSync(APPS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      try {
        const json = readFileSync(join(APPS_DIR, entry.name, 'app.json'), 'utf8');
        const { name, roles } = JSON.parse(json) as AppDefinition;
        return [{ name, roles }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return catalogue;
}
