import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalogue, type Catalogue } from '../../../scripts/i18n/catalogue.js';

export type {
  Catalogue,
  CatalogueNamespace,
  CatalogueString,
} from '../../../scripts/i18n/catalogue.js';

/** The strings of every namespace; asked on each use, since a deployment can replace the build. */
export type TranslationCatalogue = () => Promise<Catalogue>;

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The build's catalogue (`<distDir>/i18n-catalogue.json`, read again whenever it changes),
 * or before any build the one read from the repository's bundles, as the app catalogue does.
 */
export function translationCatalogue(distDir: string): TranslationCatalogue {
  const file = join(distDir, 'i18n-catalogue.json');
  let built: { mtime: number; catalogue: Catalogue } | undefined;
  let fromSource: Catalogue | undefined;
  return async () => {
    const info = await stat(file).catch(() => null);
    if (!info) return (fromSource ??= readCatalogue(REPOSITORY_ROOT));
    if (built?.mtime !== info.mtimeMs) {
      const catalogue = JSON.parse(await readFile(file, 'utf8')) as Catalogue;
      built = { mtime: info.mtimeMs, catalogue };
    }
    return built.catalogue;
  };
}
