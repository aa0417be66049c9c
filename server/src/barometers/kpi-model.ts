import type { Db } from '../db/db.js';
import type { Kpi } from '../generated/resolvers.js';
import { contentLocale } from '../i18n/locales.js';

/** A KPI as the views compute with it: the GraphQL Kpi and the country it belongs to. */
export interface KpiModel extends Kpi {
  countryCode: string;
}

/**
 * The content language a barometer is asked in: the requested locale, else the caller's,
 * a regional variant reading its base language; English when the portal has no such
 * locale (a KPI's name is always present in English).
 */
export function kpiLocale(requested: string | null | undefined, callerLocale: string): string {
  return contentLocale(requested ?? callerLocale) ?? 'en';
}

/** SQL: a localised text of `kpis k` from a jsonb column, English when untranslated. */
const localised = (column: string, locale: string) =>
  `coalesce(k.${column} ->> ${locale}, k.${column} ->> 'en')`;

/** The columns of a KpiModel over `kpis k`, named in the locale given as the SQL `locale`. */
function kpiColumns(locale: string): string {
  return `k.id, k.code, ${localised('names', locale)} as name,
    ${localised('descriptions', locale)} as description, k.unit, k.currency,
    k.higher_is_better as "higherIsBetter", k.rollup, k.period, k.breakdown,
    k.country_code as "countryCode"`;
}

/**
 * The KPIs of a brand, in catalogue order: those of one country, or (no country) of every
 * country, ordered by country within each position.
 */
export function loadKpis(
  db: Db,
  where: { brandId: string; countryCode: string | null; locale: string },
): Promise<KpiModel[]> {
  return db.query<KpiModel>(
    `select ${kpiColumns('$3::text')} from kpis k
     where k.brand_id = $1 and ($2::text is null or k.country_code = $2)
     order by k.position, k.code, k.country_code`,
    [where.brandId, where.countryCode, where.locale],
  );
}
