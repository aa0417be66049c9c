import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Deploys an app that throws when mounted into a copy of dist/, the way any app is
 * deployed: its module under assets/apps/<name>/ and its record, then `--assemble`.
 */
export async function deployBrokenApp(distDir: string): Promise<void> {
  const source = [
    'export async function bootstrap() {}',
    "export async function mount() { throw new Error('This app is broken on purpose'); }",
    'export async function unmount() {}',
  ].join('\n');
  const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
  const url = `/assets/apps/broken/broken-app-${hash}.js`;
  await mkdir(join(distDir, 'public/assets/apps/broken'), { recursive: true });
  await writeFile(join(distDir, 'public', url), source);
  const record = {
    unit: 'app-broken',
    imports: { '@piazza/broken': url },
    graph: { [url]: [] },
    locales: {},
    app: {
      name: 'broken',
      route: 'broken',
      namespace: 'broken',
      order: 90,
      roles: ['EMPLOYEE', 'FIELD', 'REGION_MANAGER', 'EDITOR', 'TRANSLATOR', 'ADMIN'],
      module: '@piazza/broken',
    },
  };
  await writeFile(join(distDir, 'build/app-broken.json'), JSON.stringify(record, null, 2));
}
