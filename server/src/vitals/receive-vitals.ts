import type { Authenticate } from '../auth/authenticate.js';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { ErrorCode } from '../graphql/errors.js';
import { refusal, signedInCaller } from '../http/media.js';
import type { RateLimits } from '../http/rate-limits.js';
import { readLimitedBody } from '../http/read-body.js';
import type { Principal } from '../org/principal.js';
import { vitalsAppNames } from './vitals-apps.js';
import { MAX_VITALS_BODY_BYTES, readVitalsBeacon, type VitalSample } from './vitals-samples.js';

export const VITALS_PATH = '/api/vitals';

export interface ReceiveVitalsOptions {
  db: Db;
  config: Config;
  authenticate: Authenticate;
  rateLimits: RateLimits;
  /** The client's network address, for the rate limit. */
  address: string;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** The person the beacon's token names, verified exactly as a GraphQL request's bearer. */
function caller(request: Request, token: string | null, authenticate: Authenticate) {
  const headers: HeadersInit = token === null ? {} : { authorization: `Bearer ${token}` };
  return signedInCaller(new Request(request.url, { headers }), authenticate, 'report web vitals');
}

/** What in the samples this deployment does not know: an app or a locale. */
async function unknownName(
  db: Db,
  config: Config,
  samples: VitalSample[],
): Promise<string | undefined> {
  const apps = await vitalsAppNames(config.distDir);
  const app = samples.find((sample) => !apps.has(sample.app))?.app;
  if (app !== undefined) return `Unknown app "${app}"`;
  const [unknown] = await db.query<{ code: string }>(
    `select code from unnest($1::text[]) as s(code)
     where not exists (select 1 from translation_locales l where l.code = s.code)
     limit 1`,
    [[...new Set(samples.map((sample) => sample.locale))]],
  );
  return unknown ? `Unknown locale "${unknown.code}"` : undefined;
}

/**
 * One statement for the whole beacon. The country is the person's, never the body's; the
 * day is today in UTC, so every instance files a sample under the same day.
 */
async function storeSamples(db: Db, principal: Principal, samples: VitalSample[]): Promise<void> {
  await db.query(
    `insert into web_vitals (day, app, locale, country_code, name, value)
     select (now() at time zone 'utc')::date, s.app, s.locale, $1, s.name, s.value
     from unnest($2::text[], $3::text[], $4::text[], $5::float8[]) as s(app, locale, name, value)`,
    [
      principal.countryCode,
      samples.map((sample) => sample.app),
      samples.map((sample) => sample.locale),
      samples.map((sample) => sample.name),
      samples.map((sample) => sample.value),
    ],
  );
}

/**
 * POST /api/vitals: a portal's Core Web Vitals, sent with navigator.sendBeacon when the
 * page is hidden. Answers 204, or a JSON error: 415 and 400 (BAD_REQUEST) for a body that
 * is not a beacon, 413 (PAYLOAD_TOO_LARGE), 401 (UNAUTHENTICATED), 429 (RATE_LIMITED).
 */
export async function receiveVitals(
  request: Request,
  options: ReceiveVitalsOptions,
): Promise<Response> {
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) {
    return refusal(415, ErrorCode.BAD_REQUEST, 'Send web vitals as application/json');
  }
  const bytes = await readLimitedBody(request, MAX_VITALS_BODY_BYTES);
  if (!bytes) {
    return refusal(
      413,
      ErrorCode.PAYLOAD_TOO_LARGE,
      `The body is over ${MAX_VITALS_BODY_BYTES / 1024} KB`,
    );
  }
  const beacon = readVitalsBeacon(bytes);
  if ('problem' in beacon) return refusal(400, ErrorCode.BAD_REQUEST, beacon.problem);
  const principal = await caller(request, beacon.token, options.authenticate);
  if (principal instanceof Response) return principal;
  const wait = await options.rateLimits.mutation(principal.personId, options.address);
  if (wait > 0) {
    return refusal(429, ErrorCode.RATE_LIMITED, `Too many requests: wait ${wait} s`, {
      'retry-after': String(wait),
    });
  }
  const unknown = await unknownName(options.db, options.config, beacon.samples);
  if (unknown) return refusal(400, ErrorCode.BAD_REQUEST, unknown);
  await storeSamples(options.db, principal, beacon.samples);
  return new Response(null, { status: 204 });
}
