import { build, type Rolldown } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { join, relative } from 'node:path';
import { ASSETS_PREFIX, publicDir, root } from './paths.js';

/**
 * Modules every unit imports by bare specifier, resolved at run time by the import map
 * so that each exists once per page.
 */
export const sharedSpecifiers = [
  /^lit(\/.*)?$/,
  /^@lit\//,
  /^@apollo\/client(\/.*)?$/,
  /^graphql(\/.*)?$/,
  /^i18next$/,
  /^@piazza\//,
];

export interface BundleOptions {
  /** Entry name → source file (relative to the repo root). */
  entries: Record<string, string>;
  /** Output folder under the assets prefix, e.g. 'apps/news'. */
  folder: string;
  /** Bare specifiers left to the import map. */
  external: RegExp[];
}

export interface BundleResult {
  /** Entry name → root-relative URL. */
  entryUrls: Record<string, string>;
  graph: Record<string, string[]>;
}

/** Builds ES modules with content-hashed names into public/assets/<folder>/. */
export async function bundle(options: BundleOptions): Promise<BundleResult> {
  const input = Object.fromEntries(
    Object.entries(options.entries).map(([name, file]) => [name, join(root, file)]),
  );
  const outDir = join(publicDir, ASSETS_PREFIX, options.folder);
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@piazza/shared': join(root, 'shared/src/index.ts') } },
    // The markup and styles of html`` and css`` templates lose their comments and
    // indentation (decision 51). Whitespace shrinks to one space but never disappears,
    // and empty attributes (alt="") stay: text and meaning are as written.
    plugins: [
      minifyHTMLLiterals({
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
      }),
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      modulePreload: false,
      lib: { entry: input, formats: ['es'] },
      rolldownOptions: {
        external: options.external,
        output: {
          entryFileNames: '[name]-[hash].js',
          chunkFileNames: 'chunk-[name]-[hash].js',
          minify: true,
          comments: false,
        },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((result) => result.output)
    .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk');

  const urlOf = (fileName: string): string =>
    `/${relative(publicDir, join(outDir, fileName)).split('\\').join('/')}`;
  const entryUrls: Record<string, string> = {};
  const graph: Record<string, string[]> = {};
  for (const chunk of chunks) {
    if (chunk.isEntry) entryUrls[chunk.name] = urlOf(chunk.fileName);
    graph[urlOf(chunk.fileName)] = chunk.imports.map((imported) =>
      options.external.some((pattern) => pattern.test(imported)) ? imported : urlOf(imported),
    );
  }
  return { entryUrls, graph };
}
