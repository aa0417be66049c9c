/**
 * Fills the database with a generated network.
 *   tsx server/src/seed/cli.ts --scale 10 [--reset]
 * Uses the same environment as the server (DATABASE_URL or PIAZZA_DATA_DIR).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { openDb } from '../db/open-db.js';
import { generateNetwork } from './generate-network.js';
import { clearNetwork, hasNetwork, seedDatabase } from './load-network.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    reset: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0) || !Number.isInteger(seed)) {
  console.error(
    'Usage: tsx server/src/seed/cli.ts --scale <positive number> [--seed <int>] [--reset]',
  );
  process.exit(2);
}

const config = loadConfig();
const db = await openDb(config);
try {
  await migrate(db);
  if (values.reset) await clearNetwork(db);
  else if (await hasNetwork(db)) {
    console.error('The database already holds a network: add --reset to replace it.');
    process.exitCode = 1;
  }
  if (process.exitCode !== 1) {
    const started = performance.now();
    const network = generateNetwork({ scale, seed, referenceDate: new Date() });
    await seedDatabase(db, network, { demoTickets: true, barometers: true });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${network.dealers.length} dealers, ${network.people.length} people and ` +
        `${network.articles.length} articles in ${seconds} s.`,
    );
  }
} finally {
  await db.close();
}
