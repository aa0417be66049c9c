import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewJavaScript } from '../bench/first-view-bytes.js';

const root = new URL('../..', import.meta.url).pathname;

describe('the built portal', () => {
  it('keeps the first view’s JavaScript within its gzip budget', async () => {
    const budgets = JSON.parse(await readFile(join(root, 'test/bench/budgets.json'), 'utf8')) as {
      firstViewJsGzipBytes: number;
    };
    const { files, gzipBytes } = await firstViewJavaScript(join(root, 'dist/public'));
    expect(files).toBeGreaterThan(5);
    expect(gzipBytes).toBeLessThanOrEqual(budgets.firstViewJsGzipBytes);
  });
});
