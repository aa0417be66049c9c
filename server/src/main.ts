/** Starts Piazza: database, migrations, demo data on first run, then the HTTP server. */
import { createServer } from 'node:http';
import { createApp } from './app.js';
import { purgeExpiredAudit } from './audit/audit-log.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { migrate } from './db/migrate.js';
import { openDb } from './db/open-db.js';
import { seedIfEmpty } from './seed/seed-demo.js';
import { purgeExpiredVitals } from './vitals/vitals-retention.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Piazza cannot start: ${error.message}`);
    process.exit(1);
  }
}

const config = readConfig();
if (config.production && config.demoIssuer) {
  console.warn(
    '\n!!! WARNING: the demo issuer is ON in production (PIAZZA_ALLOW_DEMO_ISSUER=1).\n' +
      '!!! Anyone can sign in as anyone, without a password. Never do this with real data.\n',
  );
}

const db = await openDb(config);
await migrate(db);
// Demo people and news belong in demo deployments only, never in a real network's database.
if (config.demoIssuer && (await seedIfEmpty(db))) {
  console.log('Seeded the demo network (first start).');
}

// The audit log keeps entries for the retention an admin set: purge at start, then daily.
const purged = await purgeExpiredAudit(db);
if (purged > 0) console.log(`Audit log: ${purged} entries past their retention removed.`);
setInterval(() => void purgeExpiredAudit(db).catch(console.error), 24 * 3600 * 1000).unref();
// Web vitals are kept as long as portal health can look back: purged at start, then daily.
await purgeExpiredVitals(db);
setInterval(() => void purgeExpiredVitals(db).catch(console.error), 24 * 3600 * 1000).unref();

const app = createApp({ db, config });
const server = createServer(app.handle);
server.listen(config.port, config.host, () => {
  const base = `http://${config.host}:${config.port}`;
  console.log(`Piazza portal:      ${base}/`);
  console.log(`Host-portal demo:   ${base}/host-portal/`);
  console.log(`GraphQL endpoint:   ${base}/graphql`);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping…`);
  // Stop taking connections, let requests in flight finish, then close the database.
  server.close();
  server.closeIdleConnections();
  const forced = setTimeout(() => server.closeAllConnections(), 5000).unref();
  await new Promise<void>((resolve) => server.once('close', () => resolve()));
  clearTimeout(forced);
  await app.close();
  await db.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
