import type { Db } from '../db/db.js';
import { ErrorCode } from '../graphql/errors.js';
import { jsonResponse } from '../http/responses.js';
import { demoPeople } from '../seed/generate-network.js';
import type { DemoIssuer } from './demo-issuer.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';

interface DemoPersonRow {
  id: string;
  given_name: string;
  family_name: string;
  job: string;
  roles: string[];
  country_code: string;
  country_name: string;
  brand_name: string;
  locale: string;
}

function error(status: number, code: ErrorCode, message: string): Response {
  return jsonResponse(status, { error: { code, message } });
}

/** GET /auth/demo/people: the people the sign-in page offers, one per journey. */
export async function listDemoPeople(db: Db): Promise<Response> {
  const ids = demoPeople.map((person) => person.id);
  const rows = await db.query<DemoPersonRow>(
    `select p.id, p.given_name, p.family_name, p.job, p.country_code, p.locale,
            c.name as country_name, b.name as brand_name,
            coalesce(json_agg(distinct r.role) filter (where r.role is not null), '[]') as roles
     from people p
     join countries c on c.code = p.country_code
     join brands b on b.id = p.brand_id
     left join person_roles r on r.person_id = p.id
     where p.id = any($1::text[])
     group by p.id, c.name, b.name`,
    [ids],
  );
  rows.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  return jsonResponse(
    200,
    rows.map((row) => ({
      id: row.id,
      displayName: `${row.given_name} ${row.family_name}`,
      job: row.job,
      roles: row.roles,
      countryCode: row.country_code,
      countryName: row.country_name,
      brandName: row.brand_name,
      locale: row.locale,
    })),
  );
}

/**
 * POST /auth/demo/token `{ "personId": "…" }`: a token for that person, no password asked,
 * also set as the standalone portal's session cookie.
 */
export async function issueDemoToken(
  db: Db,
  issuer: DemoIssuer,
  request: { body: Uint8Array; secureCookie: boolean },
): Promise<Response> {
  const { body } = request;
  let personId: unknown;
  try {
    personId = (JSON.parse(new TextDecoder().decode(body)) as { personId?: unknown }).personId;
  } catch {
    return error(400, ErrorCode.BAD_REQUEST, 'The body must be JSON: { "personId": "…" }');
  }
  if (typeof personId !== 'string' || personId.length === 0 || personId.length > 200) {
    return error(400, ErrorCode.BAD_USER_INPUT, 'personId must be a non-empty string');
  }
  const [person] = await db.query('select 1 from people where id = $1', [personId]);
  if (!person) return error(404, ErrorCode.NOT_FOUND, `No person with id "${personId}"`);
  const issued = await issuer.issueToken(personId);
  return jsonResponse(200, issued, {
    'cache-control': 'no-store',
    'set-cookie': sessionCookie({
      token: issued.accessToken,
      expiresAt: issued.expiresAt,
      secure: request.secureCookie,
    }),
  });
}

/** POST /auth/demo/sign-out: forgets the standalone portal's session cookie. */
export function signOutDemo(secureCookie: boolean): Response {
  return new Response(null, {
    status: 204,
    headers: { 'set-cookie': clearedSessionCookie(secureCookie), 'cache-control': 'no-store' },
  });
}
