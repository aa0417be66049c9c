import type { Db } from '../db/db.js';
import type { KpiBreakdown, KpiRollup, KpiUnit } from '../generated/resolvers.js';
import { refreshRollups } from './kpi-rollups.js';

/**
 * Test support for the barometer views: KPIs, measurements and targets written straight
 * into the tables (the roll-ups refreshed as an import would), and the places and people
 * a test needs beyond the seeded network.
 */

export interface FixtureKpi {
  code: string;
  unit: KpiUnit;
  rollup: KpiRollup;
  higherIsBetter?: boolean;
  currency?: string;
  breakdown?: KpiBreakdown;
}

/** The id a fixture KPI gets, like the catalogue's. */
export const fixtureKpiId = (brandId: string, countryCode: string, code: string) =>
  `kpi-${brandId}-${countryCode.toLowerCase()}-${code.toLowerCase()}`;

export async function insertKpis(
  db: Db,
  where: { brandId: string; countryCode: string },
  kpis: FixtureKpi[],
): Promise<void> {
  for (const [position, kpi] of kpis.entries()) {
    await db.query(
      `insert into kpis (id, code, brand_id, country_code, names, descriptions, unit, currency,
                         higher_is_better, rollup, period, breakdown, position)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'MONTH', $11, $12)`,
      [
        fixtureKpiId(where.brandId, where.countryCode, kpi.code),
        kpi.code,
        where.brandId,
        where.countryCode,
        JSON.stringify({ en: `${kpi.code} in English`, de: `${kpi.code} auf Deutsch` }),
        JSON.stringify({ en: `What ${kpi.code} measures` }),
        kpi.unit,
        kpi.currency ?? null,
        kpi.higherIsBetter ?? true,
        kpi.rollup,
        kpi.breakdown ?? 'NONE',
        position,
      ],
    );
  }
}

/** One month of a KPI at a dealer (or a team or person of it, by `subject`). */
export interface FixtureValue {
  kpiId: string;
  dealerId: string;
  /** YYYY-MM */
  month: string;
  value?: number;
  base?: number;
  target?: number;
  subject?: string;
}

/** Stores the values and targets given, then refreshes the roll-ups they touch. */
export async function insertKpiValues(db: Db, values: FixtureValue[]): Promise<void> {
  for (const v of values) {
    const key = [v.kpiId, v.dealerId, v.subject ?? '', `${v.month}-01`];
    if (v.value !== undefined) {
      await db.query(
        `insert into kpi_measurements (kpi_id, dealer_id, subject, period_start, month, value, base)
         values ($1, $2, $3, $4, $4, $5, $6)`,
        [...key, v.value, v.base ?? null],
      );
    }
    if (v.target !== undefined) {
      await db.query(
        `insert into kpi_targets (kpi_id, dealer_id, subject, period_start, month, target)
         values ($1, $2, $3, $4, $4, $5)`,
        [...key, v.target],
      );
    }
  }
  const keys = new Set(values.map((v) => `${v.kpiId}|${v.month}-01`));
  await refreshRollups(
    db,
    [...keys].map((key) => {
      const [kpiId, month] = key.split('|') as [string, string];
      return { kpiId, month };
    }),
  );
}

export async function insertDealer(
  db: Db,
  dealer: { id: string; regionId: string; brandId: string; name: string },
): Promise<void> {
  await db.query(
    `insert into dealers (id, region_id, brand_id, name, city) values ($1, $2, $3, $4, 'Testdorf')`,
    [dealer.id, dealer.regionId, dealer.brandId, dealer.name],
  );
}

/** A person with one role grant; dealer staff when `dealerId` is given. */
export async function insertPerson(
  db: Db,
  person: {
    id: string;
    brandId: string;
    countryCode: string;
    dealerId?: string;
    grant: [role: string, scopeType: string, scopeId: string | null];
  },
): Promise<void> {
  await db.query(
    `insert into people (id, given_name, family_name, email, job, dealer_id, brand_id,
                         country_code, locale)
     values ($1, 'Test', $1, $1 || '@example.test', $2, $3, $4, $5, 'de')`,
    [
      person.id,
      person.dealerId ? 'SALESPERSON' : 'REGION_MANAGER',
      person.dealerId ?? null,
      person.brandId,
      person.countryCode,
    ],
  );
  await db.query(
    'insert into person_roles (person_id, role, scope_type, scope_id) values ($1, $2, $3, $4)',
    [person.id, ...person.grant],
  );
}

/** A NORMAL help-desk ticket (answer within 8 hours, resolve within 3 days). */
export async function insertTicket(
  db: Db,
  ticket: {
    id: string;
    dealerId: string;
    reporterId: string;
    categoryId?: string;
    createdAt: string;
    respondedAt?: string;
    resolvedAt?: string;
  },
): Promise<void> {
  await db.query(
    `insert into tickets (id, kind, category_id, title, description, priority, status, dealer_id,
                          reporter_id, idempotency_key, created_at, responded_at,
                          resolution_started_at, resolved_at)
     values ($1, 'HELP_DESK', $2, 'Fixture', 'A fixture ticket', 'NORMAL',
             case when $6::timestamptz is null then 'TRIAGED' else 'RESOLVED' end, $3, $4, $1,
             $5, $7, $5, $6)`,
    [
      ticket.id,
      ticket.categoryId ?? 'category-it',
      ticket.dealerId,
      ticket.reporterId,
      ticket.createdAt,
      ticket.resolvedAt ?? null,
      ticket.respondedAt ?? null,
    ],
  );
}

/** A published article of a brand in a country, with tags; a must-read when asked. */
export async function insertArticle(
  db: Db,
  article: {
    id: string;
    brandId: string;
    countryCode: string;
    publishedAt: string;
    mustRead?: boolean;
    tags?: string[];
  },
): Promise<void> {
  await db.query(
    `insert into articles (id, brand_id, country_code, author_id, original_locale, published_at,
                           must_read, tags)
     values ($1, $2, $3, 'person-demo-admin', 'en', $4, $5, $6)`,
    [
      article.id,
      article.brandId,
      article.countryCode,
      article.publishedAt,
      article.mustRead ?? false,
      article.tags ?? [],
    ],
  );
}
