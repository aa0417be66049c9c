import { generate } from '@graphql-codegen/cli';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

const root = new URL('..', import.meta.url).pathname;

describe('generated GraphQL code', () => {
  it('matches the schema and the .graphql documents (run `npm run codegen` when it does not)', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as {
      filename: string;
      content: string;
    }[];
    expect(outputs.length).toBeGreaterThan(3);
    for (const { filename, content } of outputs) {
      const path = resolve(root, filename);
      const expected = await format(content, { ...(await resolveConfig(path)), filepath: path });
      expect(await readFile(path, 'utf8'), filename).toBe(expected);
    }
  }, 60_000);
});
