import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { createApp, type App } from '../app.js';
import { DEMO_AUDIENCE, DEMO_ISSUER } from '../auth/demo-issuer.js';
import { loadDemoKeys } from '../auth/demo-keys.js';
import { loadConfig, type Config } from '../config.js';
import type { Db } from '../db/db.js';
import { generateNetwork, type Network } from '../seed/generate-network.js';
import { seedDatabase } from '../seed/load-network.js';
import { createTestDb } from './test-db.js';

export const TEST_SCALE = 0.1;

/**
 * A development configuration whose demo key lives in the database, with no build (the
 * apps are the repository's, whatever a local build holds).
 */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...loadConfig({}),
    demoKeyFile: undefined,
    announceEveryMs: 0,
    distDir: join(tmpdir(), 'piazza-test-no-build'),
    ...overrides,
  };
}

export interface TestApp {
  db: Db;
  app: App;
  network: Network;
  /** A valid demo token for the person. */
  tokenFor(personId: string): Promise<string>;
  /** Signs claims with the demo issuer's real key (for expired or odd tokens). */
  signWithDemoKey(claims: {
    sub: string;
    exp: number;
    aud?: string;
    iss?: string;
  }): Promise<string>;
  /** POSTs a GraphQL operation in process and returns the response. */
  post(query: string, options?: PostOptions): Promise<Response>;
  /** POSTs a GraphQL operation in process and returns the parsed body. */
  graphql<Data = Record<string, unknown>>(
    query: string,
    options?: PostOptions,
  ): Promise<GraphQLBody<Data>>;
  close(): Promise<void>;
}

interface PostOptions {
  variables?: Record<string, unknown>;
  token?: string;
}

export interface GraphQLBody<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** A migrated database seeded with a small network, and the app around it. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDb();
  const network = generateNetwork({ scale: TEST_SCALE });
  await seedDatabase(db, network);
  const app = createApp({ db, config: testConfig(overrides) });
  const signWithDemoKey: TestApp['signWithDemoKey'] = async (claims) => {
    const { privateKey, publicJwk } = await loadDemoKeys({ db });
    return new SignJWT({})
      .setProtectedHeader({ alg: 'ES256', ...(publicJwk.kid ? { kid: publicJwk.kid } : {}) })
      .setIssuer(claims.iss ?? DEMO_ISSUER)
      .setAudience(claims.aud ?? DEMO_AUDIENCE)
      .setSubject(claims.sub)
      .setExpirationTime(claims.exp)
      .sign(privateKey);
  };
  const post = async (query: string, options: PostOptions = {}) =>
    app.yoga.fetch('http://piazza.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: options.variables ?? {} }),
    });
  return {
    db,
    app,
    network,
    signWithDemoKey,
    tokenFor: (personId) =>
      signWithDemoKey({ sub: personId, exp: Math.floor(Date.now() / 1000) + 600 }),
    post,
    async graphql<Data>(query: string, options: PostOptions = {}) {
      return (await (await post(query, options)).json()) as GraphQLBody<Data>;
    },
    close: () => db.close(),
  };
}
