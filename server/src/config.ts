import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, whatever the working directory. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Requests allowed per window, counted per person and per client address. */
export interface RateLimitConfig {
  windowSeconds: number;
  mutationsPerPerson: number;
  mutationsPerAddress: number;
  /** Demo sign-ins (token requests) per client address. */
  signInsPerAddress: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  windowSeconds: 60,
  mutationsPerPerson: 60,
  mutationsPerAddress: 600,
  signInsPerAddress: 60,
};

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
}

export interface Config {
  port: number;
  host: string;
  /** postgres://… when set; otherwise embedded PGlite in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Where the demo issuer keeps its key with PGlite; undefined: in the database. */
  demoKeyFile: string | undefined;
  production: boolean;
  /** The built-in issuer of demo tokens and its sign-in endpoints. */
  demoIssuer: boolean;
  /** How long a demo token lives, in seconds (PIAZZA_DEMO_TOKEN_SECONDS). */
  demoTokenSeconds: number;
  oidc: OidcConfig | undefined;
  /** redis://… when set: rate-limit counters and news events shared by instances. */
  redisUrl: string | undefined;
  /**
   * Behind a load balancer (PIAZZA_TRUST_PROXY=1), the client's address is the last entry
   * of X-Forwarded-For, added by the balancer; otherwise the connection's peer address.
   */
  trustProxy: boolean;
  rateLimits: RateLimitConfig;
  /**
   * How often due publications and live streams are announced to readers' streams, in
   * ms; 0 turns the announcer off (tests call it themselves).
   */
  announceEveryMs: number;
  /** The front-end build; its `public/` folder is served. */
  distDir: string;
  /** The demo illustrations served under /media/. */
  mediaDir: string;
  /** The host-portal demo page served under /host-portal/ outside production. */
  hostPortalDir: string;
  /**
   * The deployment's own video and webinar sites (PIAZZA_EMBED_ORIGINS), whose players
   * articles may embed beside YouTube's and Vimeo's: https origins such as
   * `https://webinar.group.example`.
   */
  embedOrigins: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${value}"`);
  }
  return port;
}

/**
 * PIAZZA_DEMO_TOKEN_SECONDS: the demo tokens' lifetime, 3600 unless set. Short lifetimes
 * let an end-to-end test watch a token expire and be renewed.
 */
export function readDemoTokenSeconds(value: string | undefined): number {
  if (value === undefined || value === '') return 3600;
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || seconds < 30 || seconds > 86400) {
    throw new ConfigError(
      `PIAZZA_DEMO_TOKEN_SECONDS must be an integer between 30 and 86400, got "${value}"`,
    );
  }
  return seconds;
}

/** Demo sign-ins allowed per client address and minute (PIAZZA_DEMO_SIGN_INS_PER_MINUTE). */
export function readDemoSignIns(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_RATE_LIMITS.signInsPerAddress;
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > 100_000) {
    throw new ConfigError(
      `PIAZZA_DEMO_SIGN_INS_PER_MINUTE must be an integer between 1 and 100000, got "${value}"`,
    );
  }
  return count;
}

/** PIAZZA_EMBED_ORIGINS: comma-separated https origins, each without a path. */
export function readEmbedOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      // Origins only: the check of an address and the CSP's frame-src compare whole
      // origins, so a path or a query given here would mean nothing.
      if (url?.protocol !== 'https:' || entry.replace(/\/$/, '').toLowerCase() !== url.origin) {
        throw new ConfigError(
          `PIAZZA_EMBED_ORIGINS takes https origins such as https://video.example.com, got "${entry}"`,
        );
      }
      return url.origin;
    });
}

function readRedisUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (!/^rediss?:\/\//.test(value)) {
    throw new ConfigError('REDIS_URL must start with redis:// or rediss://');
  }
  return value;
}

function readOidc(env: Env): OidcConfig | undefined {
  const { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_JWKS_URL: jwksUrl } = env;
  if (!issuer && !audience && !jwksUrl) return undefined;
  if (!issuer || !audience || !jwksUrl) {
    throw new ConfigError('OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL must be set together');
  }
  try {
    new URL(jwksUrl);
  } catch {
    throw new ConfigError(`OIDC_JWKS_URL is not a URL: "${jwksUrl}"`);
  }
  return { issuer, audience, jwksUrl };
}

/** Reads the configuration from the environment; throws ConfigError when it cannot run. */
export function loadConfig(env: Env = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const oidc = readOidc(env);
  const demoAllowed = env.PIAZZA_ALLOW_DEMO_ISSUER === '1';
  if (production && !oidc && !demoAllowed) {
    throw new ConfigError(
      'Refusing to start in production without an identity provider: set OIDC_ISSUER, ' +
        'OIDC_AUDIENCE and OIDC_JWKS_URL (or PIAZZA_ALLOW_DEMO_ISSUER=1 for a demo).',
    );
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const dataDir = resolve(env.PIAZZA_DATA_DIR || '.data');
  return {
    port: readPort(env.PORT),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir,
    demoKeyFile: databaseUrl ? undefined : join(dataDir, 'demo-issuer-key.json'),
    production,
    demoIssuer: !production || demoAllowed,
    demoTokenSeconds: readDemoTokenSeconds(env.PIAZZA_DEMO_TOKEN_SECONDS),
    oidc,
    redisUrl: readRedisUrl(env.REDIS_URL),
    trustProxy: env.PIAZZA_TRUST_PROXY === '1',
    rateLimits: {
      ...DEFAULT_RATE_LIMITS,
      signInsPerAddress: readDemoSignIns(env.PIAZZA_DEMO_SIGN_INS_PER_MINUTE),
    },
    announceEveryMs: 1000,
    distDir: resolve(env.PIAZZA_DIST || 'dist'),
    mediaDir: resolve(REPO_ROOT, 'server/src/seed/media'),
    hostPortalDir: resolve(REPO_ROOT, 'test/host-portal'),
    embedOrigins: readEmbedOrigins(env.PIAZZA_EMBED_ORIGINS),
  };
}
