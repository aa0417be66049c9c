import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appCatalogue } from './app-catalogue.js';

describe('the app catalogue', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'piazza-catalogue-'));
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('lists the repository’s apps before any build', async () => {
    const apps = await appCatalogue(join(dist, 'nothing'))();
    expect(apps.find((app) => app.name === 'news')?.roles).toContain('EMPLOYEE');
  });

  it('lists what the build deployed, and follows a redeploy', async () => {
    const manifest = join(dist, 'public/manifest.json');
    await mkdir(join(dist, 'public'));
    const deploy = async (apps: object[], time: number) => {
      await writeFile(manifest, JSON.stringify({ apps, locales: {} }));
      await utimes(manifest, time, time);
    };
    const catalogue = appCatalogue(dist);
    await deploy([{ name: 'news', route: 'news', roles: ['EMPLOYEE'] }], 1000);
    expect(await catalogue()).toEqual([{ name: 'news', roles: ['EMPLOYEE'] }]);
    await deploy(
      [
        { name: 'news', roles: ['EMPLOYEE'] },
        { name: 'broken', roles: ['ADMIN'] },
      ],
      2000,
    );
    expect((await catalogue()).map((app) => app.name)).toEqual(['news', 'broken']);
  });
});
