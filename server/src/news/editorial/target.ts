import { isAdmin } from '../../access/guard.js';
import type { Db } from '../../db/db.js';
import type { ArticleTargetInput, Job, Role } from '../../generated/resolvers.js';
import { invalidField } from '../../graphql/errors.js';
import type { Principal } from '../../org/principal.js';
import { editedCommunities } from '../visibility.js';

const MAX_AUDIENCES = 200;

/** One stored audience row: every row names its country, derived from its region or dealer. */
export interface AudienceRow {
  countryCode: string;
  regionId: string | null;
  dealerId: string | null;
  job: Job | null;
  role: Role | null;
}

/** A target as stored on `articles` and `article_audiences`. */
export interface CleanTarget {
  brandId: string;
  /** The one country of the article, or null for several (then each has audience rows). */
  countryCode: string | null;
  audiences: AudienceRow[];
  mustRead: boolean;
  mustReadBy: Date | null;
  imageUrl: string | null;
}

/** Uploaded pictures and the demo media: the only images the portal's CSP lets in. */
const MEDIA_PATH = /^\/media\/(?!.*\.\.)[A-Za-z0-9._/-]{1,200}\.(png|jpg|gif|webp|svg)$/;

/** The countries the caller may publish in for a brand: their communities'; admins any. */
async function countriesAllowed(db: Db, caller: Principal, brandId: string): Promise<Set<string>> {
  const rows = await db.query<{ country_code: string }>(
    `select country_code from communities
     where brand_id = $1 and ($2 or id = any($3::text[]))`,
    [brandId, isAdmin(caller), editedCommunities(caller)],
  );
  return new Set(rows.map((row) => row.country_code));
}

/** The country, brand and region of each region and dealer named, by id. */
async function placesOf(db: Db, audiences: ArticleTargetInput['audiences']) {
  const ids = (audiences ?? []).flatMap((row) => [row.regionId, row.dealerId]);
  const rows = await db.query<{
    id: string;
    country_code: string;
    region_id: string;
    brand_id: string | null;
  }>(
    `select r.id, r.country_code, r.id as region_id, null as brand_id
     from regions r where r.id = any($1::text[])
     union all
     select d.id, r.country_code, d.region_id, d.brand_id
     from dealers d join regions r on r.id = d.region_id where d.id = any($1::text[])`,
    [ids.filter((id): id is string => typeof id === 'string')],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * A target as it will be stored, or BAD_USER_INPUT naming the field refused: no country,
 * a country, region or dealer outside the caller's communities (unknown ids get the same
 * answer), a deadline in the past, a picture that is not one of the portal's.
 *
 * Audiences narrow the countries they name; a listed country no audience names is meant
 * whole. One country goes on the article itself; several go on its audience rows.
 */
export async function cleanTarget(
  db: Db,
  caller: Principal,
  input: ArticleTargetInput,
  now: Date,
): Promise<CleanTarget> {
  const countries = [...new Set(input.countries)];
  if (countries.length === 0) {
    throw invalidField('countries', 'REQUIRED', 'Choose at least one country');
  }
  const allowed = await countriesAllowed(db, caller, input.brandId);
  if (countries.some((code) => !allowed.has(code))) {
    throw invalidField('countries', 'OUTSIDE_COMMUNITIES', 'A country is outside your communities');
  }
  const requested = input.audiences ?? [];
  if (requested.length > MAX_AUDIENCES) {
    throw invalidField('audiences', 'TOO_LONG', `At most ${MAX_AUDIENCES} audiences`);
  }
  const places = await placesOf(db, requested);
  const outside = () =>
    invalidField(
      'audiences',
      'OUTSIDE_COMMUNITIES',
      'An audience lies outside the countries chosen',
    );
  const audiences = requested.map((row): AudienceRow => {
    const dealer = row.dealerId ? places.get(row.dealerId) : undefined;
    const region = row.regionId ? places.get(row.regionId) : undefined;
    if (
      (row.dealerId && (!dealer || dealer.brand_id !== input.brandId)) ||
      (row.regionId && !region)
    ) {
      throw outside();
    }
    if (dealer && region && dealer.region_id !== region.id) throw outside();
    const countryCode = dealer?.country_code ?? region?.country_code ?? row.countryCode;
    if (!countryCode || !countries.includes(countryCode)) throw outside();
    if (row.countryCode && row.countryCode !== countryCode) throw outside();
    return {
      countryCode,
      regionId: row.regionId ?? null,
      dealerId: row.dealerId ?? null,
      job: row.job ?? null,
      role: row.role ?? null,
    };
  });
  const single = countries.length === 1;
  if (!single || audiences.length > 0) {
    for (const code of countries) {
      if (!audiences.some((row) => row.countryCode === code)) {
        audiences.push({
          countryCode: code,
          regionId: null,
          dealerId: null,
          job: null,
          role: null,
        });
      }
    }
  }

  const mustRead = input.mustRead ?? false;
  const mustReadBy = mustRead && input.mustReadBy ? new Date(input.mustReadBy) : null;
  if (mustReadBy && (Number.isNaN(mustReadBy.getTime()) || mustReadBy <= now)) {
    throw invalidField('mustReadBy', 'IN_THE_PAST', 'The deadline has to be in the future');
  }
  const imageUrl = input.imageUrl?.trim() || null;
  if (imageUrl && !MEDIA_PATH.test(imageUrl)) {
    throw invalidField('imageUrl', 'NOT_AN_IMAGE', 'Upload the picture to use it');
  }
  return {
    brandId: input.brandId,
    countryCode: single ? countries[0]! : null,
    audiences: single && audiences.every((row) => isWholeCountry(row)) ? [] : audiences,
    mustRead,
    mustReadBy,
    imageUrl,
  };
}

function isWholeCountry(row: AudienceRow): boolean {
  return !row.regionId && !row.dealerId && !row.job && !row.role;
}
