/**
 * `npm run dev`: the API server (restarted on change) behind Vite's hot-reloading front
 * end on http://127.0.0.1:8080. `npm run dev -- --mock` (`npm run dev:mock`): the front
 * end alone, answered by msw in the browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { mock: { type: 'boolean', default: false } } });
const apiPort = process.env['PIAZZA_API_PORT'] ?? '8081';
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: Record<string, string>): void {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    for (const other of children) other.kill();
    process.exit(code ?? 0);
  });
  children.push(child);
}

if (!values.mock) {
  run('npx', ['tsx', 'watch', 'server/src/main.ts'], { PORT: apiPort });
}
run('npx', ['vite'], {
  VITE_PIAZZA_MOCK: values.mock ? '1' : '',
  PIAZZA_API: `http://127.0.0.1:${apiPort}`,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => children.forEach((child) => child.kill(signal)));
}
