import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';
import { startServer } from '../support/start-server.js';

const root = new URL('../..', import.meta.url).pathname;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A printed figure: its label, the median in ms, each run, and what explains it. */
export function timingLine(label: string, values: number[], note = ''): string {
  const runs = values.map((ms) => Math.round(ms)).join(', ');
  const value = `${Math.round(median(values))} ms`;
  return `${label.padEnd(30)} ${value.padStart(10)}   runs ${runs}${note ? ` ${note}` : ''}`;
}

/**
 * Runs a browser bench against the built portal (`PIAZZA_DIST`, else dist/) on a server
 * of its own with a fresh embedded database, and cleans both up whatever happens.
 */
export async function withBenchServer(
  name: string,
  bench: (baseUrl: string, browser: Browser) => Promise<void>,
): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), `piazza-bench-${name}-`));
  const server = await startServer({
    distDir: process.env['PIAZZA_DIST'] ?? join(root, 'dist'),
    dataDir: join(work, 'data'),
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  try {
    await bench(server.baseUrl, browser);
  } finally {
    await browser.close();
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}
