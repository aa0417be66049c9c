import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { publicDir, root } from './paths.js';

/** The standalone page's base path: where index.html mounts the portal, the app's scope. */
export const STANDALONE_BASE_PATH = '/';
export const WEB_MANIFEST_URL = '/piazza.webmanifest';
/** The icons (made once from favicon.svg) and the offline page, from shell/public. */
const PUBLIC_FILES = ['icon-192.png', 'icon-512.png', 'icon-maskable-512.png', 'offline.html'];

/** A colour of the design tokens (shared/src/tokens), so the installed app wears the brand's. */
async function tokenColour(name: string): Promise<string> {
  const tokens = await readFile(join(root, 'shared/src/tokens/tokens.ts'), 'utf8');
  const colour = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8});`).exec(tokens)?.[1];
  if (!colour) throw new Error(`Design token --${name} is not a colour in tokens.ts`);
  return colour;
}

/** The web app manifest: what an installed Piazza is called, opens and looks like. */
export async function webManifest(): Promise<object> {
  const icon = (size: number, purpose: string, name = `icon-${size}.png`) => ({
    src: `/${name}`,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose,
  });
  return {
    name: 'Piazza',
    short_name: 'Piazza',
    description: "Piazza, the network's intranet portal",
    id: STANDALONE_BASE_PATH,
    start_url: STANDALONE_BASE_PATH,
    scope: STANDALONE_BASE_PATH,
    display: 'standalone',
    theme_color: await tokenColour('piazza-brand-primary'),
    background_color: await tokenColour('piazza-palette-slate-50'),
    icons: [icon(192, 'any'), icon(512, 'any'), icon(512, 'maskable', 'icon-maskable-512.png')],
  };
}

/** Publishes the manifest, its icons and the offline page beside index.html. */
export async function publishWebAppFiles(): Promise<void> {
  for (const file of PUBLIC_FILES) {
    await copyFile(join(root, 'shell/public', file), join(publicDir, file));
  }
  const manifest = JSON.stringify(await webManifest(), null, 2);
  await writeFile(join(publicDir, WEB_MANIFEST_URL.slice(1)), manifest);
}
