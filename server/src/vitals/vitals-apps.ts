import { appCatalogue, type AppCatalogue } from '../org/app-catalogue.js';
import { SHELL_APP } from './vitals-samples.js';

/** One catalogue per build folder: each re-reads its manifest only when it changes. */
const catalogues = new Map<string, AppCatalogue>();

/** The names samples may be attributed to: the deployment's apps and the shell. */
export async function vitalsAppNames(distDir: string): Promise<Set<string>> {
  let catalogue = catalogues.get(distDir);
  if (!catalogue) {
    catalogue = appCatalogue(distDir);
    catalogues.set(distDir, catalogue);
  }
  const apps = await catalogue();
  return new Set([SHELL_APP, ...apps.map((app) => app.name)]);
}
