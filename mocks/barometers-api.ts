import type { DealerRow, Network, PersonRow } from '../server/src/seed/generate-network.js';
import {
  kpiCurrency,
  kpiDefinitions,
  kpiId,
  type KpiDefinition,
} from '../server/src/seed/data/kpis.js';
import {
  formatBarometerPeriod,
  lastCompletePeriod,
  parseBarometerPeriod,
  periodMonths,
  previousPeriod,
  samePeriodLastYear,
  trailingPeriods,
  type BarometerPeriod,
} from '../shared/src/barometers/periods.js';
import { MOCK_REFERENCE_DATE } from './fixtures.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';

type Level = 'GROUP' | 'COUNTRY' | 'REGION' | 'DEALER';
type Status = 'MET' | 'NEAR' | 'MISSED' | 'NO_DATA';
interface ScopeInput {
  level: Level;
  id?: string | null;
  brandId: string;
}
interface Scope {
  level: Level;
  id: string | null;
  name: string;
  brand: Network['brands'][number];
  country: Network['countries'][number] | null;
}
/** One dealer's figures for a KPI in a month (a RATIO's value counts successes of `base`). */
interface Figures {
  value: number;
  base: number | null;
  target: number;
}

/** The largest CSV the import takes, as the server: bigger files are refused unread. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_ERRORS = 200;
const REQUIRED_COLUMNS = ['dealer_id', 'kpi_code', 'period', 'value'];
const OPTIONAL_COLUMNS = ['base', 'target', 'subject'];

/**
 * How a KPI behaves at a medium dealer, like the server's seed (kpi-history.ts) in small:
 * volumes a month with their season, scores around a level, ratios over a monthly base.
 */
const MODELS: Record<string, { kind: 'VOLUME' | 'SCORE' | 'RATIO'; level: number; base?: number }> =
  {
    NEW_VEHICLE_SALES: { kind: 'VOLUME', level: 24 },
    USED_VEHICLE_SALES: { kind: 'VOLUME', level: 17 },
    SERVICE_REVENUE: { kind: 'VOLUME', level: 92_000 },
    ACCESSORIES_SALES: { kind: 'VOLUME', level: 13_500 },
    WORKSHOP_HOURS_SOLD: { kind: 'VOLUME', level: 540 },
    CSI: { kind: 'SCORE', level: 86 },
    NPS: { kind: 'SCORE', level: 42 },
    LEAD_RESPONSE_TIME: { kind: 'SCORE', level: 95 },
    LEAD_CONVERSION: { kind: 'RATIO', level: 0.15, base: 110 },
    FIRST_TIME_FIX_RATE: { kind: 'RATIO', level: 0.87, base: 280 },
  };
/** January…December: showrooms sag in August and December, workshops peak with tyres. */
const SEASON = [0.9, 0.92, 1.12, 1.05, 1.05, 1.08, 1.0, 0.7, 1.08, 1.06, 1.02, 0.82];

/** A stable draw in [0, 1) for a name: the same figures on every run, in every test. */
function draw(name: string): number {
  let hash = 2166136261;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296;
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/**
 * The barometers of the mock network: two years of monthly KPIs per dealer up to the
 * month before the reference date, scopes as the server grants them (region managers
 * their regions or countries in their brand, admins each brand's group), and the CSV
 * import validated row by row, all or nothing.
 */
export class MockBarometersApi {
  /** Measurements imported here, by dealer|code|subject|month, over the generated ones. */
  private readonly imported = new Map<string, Figures>();
  private readonly lastMonth: string;

  constructor(
    private readonly network: Network,
    today: string = MOCK_REFERENCE_DATE,
  ) {
    this.lastMonth = formatBarometerPeriod(lastCompletePeriod('MONTH', today.slice(0, 10)));
  }

  barometerScopes(viewer: PersonRow | undefined): Scope[] {
    if (!viewer) return [];
    if (this.isAdmin(viewer)) {
      return [...this.network.brands]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((brand) => ({ level: 'GROUP', id: null, name: brand.name, brand, country: null }));
    }
    const grants = this.managerGrants(viewer);
    const brand = this.brand(viewer.brandId);
    return [
      ...grants.country.map((code) => this.countryScope(code, brand)),
      ...grants.region.map((id) => this.regionScope(id, brand)),
    ];
  }

  barometer(
    viewer: PersonRow | undefined,
    args: { scope: ScopeInput; period: string; compareTo?: string | null; locale?: string | null },
  ) {
    const scope = this.assertScope(viewer, args.scope);
    const period = this.period(args.period);
    const comparison =
      args.compareTo === 'SAME_PERIOD_LAST_YEAR'
        ? samePeriodLastYear(period)
        : previousPeriod(period);
    const locale = args.locale ?? viewer!.locale;
    const kpis = this.kpis(scope, locale);
    const children = this.children(viewer!, scope);
    const trend = trailingPeriods(period, 12);
    const row = (
      level: Level,
      id: string,
      name: string,
      dealers: DealerRow[],
      city: string | null = null,
    ) => ({
      level,
      id,
      name,
      city,
      cells: kpis.map((kpi) => ({
        ...this.cell(kpi.definition, dealers, period),
        kpiId: kpi.id,
        currency: kpi.currency,
        comparison: this.rollup(kpi.definition, dealers, comparison)?.actual ?? null,
        trend: trend.map((p) => this.rollup(kpi.definition, dealers, p)?.actual ?? null),
        rank: null as number | null,
        rankOf: null as number | null,
      })),
    });
    const rows = children.map((child) =>
      row(child.level, child.id, child.name, child.dealers, child.city),
    );
    rankSiblings(rows);
    const rollups = this.rollupScopes(viewer!, scope).map((s) =>
      row(s.level, s.id ?? s.brand.id, s.name, this.dealersOf(viewer!, s)),
    );
    return {
      scope,
      period: formatBarometerPeriod(period),
      comparisonPeriod: formatBarometerPeriod(comparison),
      trendPeriods: trend.map(formatBarometerPeriod),
      // GraphQL answers the fields asked for: the catalogue entry beside them stays here.
      kpis,
      rows,
      rollups,
    };
  }

  dealerBarometer(
    viewer: PersonRow | undefined,
    args: { dealerId: string; period: string; locale?: string | null },
  ) {
    const dealer = this.network.dealers.find((d) => d.id === args.dealerId);
    if (!dealer || !this.maySee(viewer, dealer)) {
      throw new MockUserError('NOT_FOUND', 'No such dealer');
    }
    const period = this.period(args.period);
    const region = this.network.regions.find((r) => r.id === dealer.regionId)!;
    const brand = this.brand(dealer.brandId);
    const scope = this.regionScope(region.id, brand);
    const siblings = this.dealersOf(viewer!, scope);
    const locale = args.locale ?? viewer!.locale;
    const months = trailingPeriods({ kind: 'MONTH', ...lastMonthOf(period) }, 24);
    const people = this.network.people.filter((p) => p.dealerId === dealer.id);
    const kpis = this.kpis(scope, locale).map((kpi) => {
      const rows = siblings.map((sibling) => ({
        id: sibling.id,
        ...this.cell(kpi.definition, [sibling], period),
      }));
      const ranked = rows
        .filter((r) => r.attainment !== null)
        .sort((a, b) => b.attainment! - a.attainment!);
      const current = rows.find((r) => r.id === dealer.id)!;
      const position = ranked.findIndex((r) => r.id === dealer.id);
      return {
        kpi,
        current: {
          kpiId: kpi.id,
          actual: current.actual,
          target: current.target,
          attainment: current.attainment,
          status: current.status,
          comparison: null,
          trend: [],
          rank: position < 0 ? null : position + 1,
          rankOf: position < 0 ? null : ranked.length,
        },
        points: months.map((month) => {
          const figures = this.rollup(kpi.definition, [dealer], month);
          return {
            period: formatBarometerPeriod(month),
            actual: figures?.actual ?? null,
            target: figures?.target ?? null,
          };
        }),
        breakdown: this.breakdown(kpi.definition, dealer, people, period),
      };
    });
    const seed = (name: string, max: number) => Math.floor(draw(`${dealer.id}:${name}`) * max);
    const resolved = 8 + seed('resolved', 30);
    const active = Math.round(people.length * (0.55 + draw(`${dealer.id}:active`) * 0.4));
    const expected = people.length * (2 + seed('mustReads', 3));
    const ticketsResolvedWithinSla = resolved - seed('late', Math.ceil(resolved / 4));
    return {
      dealer: {
        ...dealer,
        region: { ...region, country: this.country(region.countryCode) },
        brand,
      },
      period: formatBarometerPeriod(period),
      kpis,
      tickets: {
        openOnTrack: 2 + seed('onTrack', 9),
        openAtRisk: seed('atRisk', 4),
        openBreached: seed('breached', 3),
        resolved,
        resolvedWithinSla: ticketsResolvedWithinSla,
      },
      engagement: {
        level: 'DEALER',
        id: dealer.id,
        name: dealer.name,
        people: people.length,
        activePeople: active,
        mustReadsExpected: expected,
        mustReadsAcknowledged: Math.round(expected * (0.6 + draw(`${dealer.id}:ack`) * 0.38)),
        ticketsResolved: resolved,
        ticketsResolvedWithinSla,
      },
    };
  }

  importKpiMeasurements(viewer: PersonRow | undefined, args: { csv: string }) {
    if (!viewer || (!this.isAdmin(viewer) && !this.isManager(viewer))) {
      throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    }
    const report = {
      stored: false,
      rows: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      moreErrors: false,
    };
    const errors: { line: number; column: string | null; reason: string; value: string | null }[] =
      [];
    const fail = (
      line: number,
      reason: string,
      column: string | null = null,
      value: string | null = null,
    ) => errors.push({ line, column, reason, value: value === null ? null : value.slice(0, 80) });
    const done = () => ({
      ...report,
      moreErrors: errors.length > MAX_ERRORS,
      errors: errors.slice(0, MAX_ERRORS),
    });
    if (new TextEncoder().encode(args.csv).length > MAX_IMPORT_BYTES) {
      fail(1, 'FILE_TOO_LARGE');
      return done();
    }
    const lines = parseCsv(args.csv.replace(/^\uFEFF/, ''));
    if (lines.length === 0 || (lines.length === 1 && lines[0]!.fields.every((f) => f === ''))) {
      fail(1, 'EMPTY_FILE');
      return done();
    }
    const [head, ...body] = lines;
    const header = head!.fields.map((field) => field.trim().toLowerCase());
    header.forEach((column) => {
      if (![...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].includes(column))
        fail(1, 'UNKNOWN_COLUMN', column, column);
    });
    for (const column of REQUIRED_COLUMNS) {
      if (!header.includes(column)) fail(1, 'MISSING_COLUMN', column);
    }
    if (errors.length > 0) return done();
    const seen = new Set<string>();
    const changes = new Map<string, Figures>();
    for (const { line, fields, malformed } of body) {
      if (fields.length === 1 && fields[0] === '') continue;
      report.rows += 1;
      if (malformed || fields.length !== header.length) {
        fail(line, 'MALFORMED_LINE');
        continue;
      }
      const get = (column: string) => fields[header.indexOf(column)]?.trim() ?? '';
      const before = errors.length;
      const dealer = this.network.dealers.find((d) => d.id === get('dealer_id'));
      if (!dealer) fail(line, 'UNKNOWN_DEALER', 'dealer_id', get('dealer_id'));
      else if (!this.maySee(viewer, dealer))
        fail(line, 'DEALER_OUT_OF_SCOPE', 'dealer_id', get('dealer_id'));
      const definition = kpiDefinitions.find((k) => k.code === get('kpi_code'));
      if (!definition) fail(line, 'UNKNOWN_KPI', 'kpi_code', get('kpi_code'));
      const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(get('period')) ? get('period') : undefined;
      if (!month) fail(line, 'INVALID_PERIOD', 'period', get('period'));
      const number = (column: string) => {
        const text = get(column);
        if (text === '') return null;
        const value = Number(text);
        if (!Number.isFinite(value)) fail(line, 'NOT_A_NUMBER', column, text);
        return value;
      };
      const value = number('value');
      if (value === null) fail(line, 'NOT_A_NUMBER', 'value', '');
      const base = number('base');
      const target = number('target');
      if (definition?.rollup === 'RATIO' && base === null) fail(line, 'BASE_REQUIRED', 'base');
      const subject = get('subject');
      if (subject && dealer && !this.subjectsOf(dealer).includes(subject)) {
        fail(line, 'UNKNOWN_SUBJECT', 'subject', subject);
      }
      const key = `${get('dealer_id')}|${get('kpi_code')}|${subject}|${get('period')}`;
      if (seen.has(key)) fail(line, 'DUPLICATE_ROW', null, key.replaceAll('|', ','));
      seen.add(key);
      if (errors.length > before || !dealer || !definition || !month) continue;
      const figures = { value: value!, base, target: target ?? Number.NaN };
      const existing =
        this.imported.get(key) ?? (subject ? undefined : this.generated(definition, dealer, month));
      if (!existing) report.inserted += 1;
      else if (
        existing.value === figures.value &&
        existing.base === figures.base &&
        (target === null || existing.target === target)
      )
        report.unchanged += 1;
      else report.updated += 1;
      changes.set(key, { ...figures, target: target ?? existing?.target ?? Number.NaN });
    }
    if (errors.length === 0) {
      for (const [key, figures] of changes) this.imported.set(key, figures);
      report.stored = true;
    }
    return done();
  }

  // --- Scopes -------------------------------------------------------------------------

  private isAdmin(person: PersonRow): boolean {
    return this.network.roles.some((r) => r.personId === person.id && r.role === 'ADMIN');
  }

  private isManager(person: PersonRow): boolean {
    const { region, country } = this.managerGrants(person);
    return region.length + country.length > 0;
  }

  private managerGrants(person: PersonRow) {
    const grants = this.network.roles.filter(
      (r) => r.personId === person.id && r.role === 'REGION_MANAGER' && r.scopeId !== null,
    );
    return {
      region: grants.filter((g) => g.scopeType === 'region').map((g) => g.scopeId!),
      country: grants.filter((g) => g.scopeType === 'country').map((g) => g.scopeId!),
    };
  }

  /** The server's dealersInBarometerScope: admins all, managers their brand's in their grants. */
  private maySee(viewer: PersonRow | undefined, dealer: DealerRow): boolean {
    if (!viewer) return false;
    if (this.isAdmin(viewer)) return true;
    const { region, country } = this.managerGrants(viewer);
    const countryCode = this.network.regions.find((r) => r.id === dealer.regionId)?.countryCode;
    return (
      dealer.brandId === viewer.brandId &&
      (region.includes(dealer.regionId) || country.includes(countryCode ?? ''))
    );
  }

  private brand(id: string) {
    return this.network.brands.find((b) => b.id === id)!;
  }

  private country(code: string) {
    return this.network.countries.find((c) => c.code === code)!;
  }

  private countryScope(code: string, brand: Scope['brand']): Scope {
    const country = this.country(code);
    return { level: 'COUNTRY', id: code, name: country.name, brand, country };
  }

  private regionScope(id: string, brand: Scope['brand']): Scope {
    const region = this.network.regions.find((r) => r.id === id)!;
    return {
      level: 'REGION',
      id,
      name: region.name,
      brand,
      country: this.country(region.countryCode),
    };
  }

  /** The scope when the viewer may open it and its brand has dealers there; NOT_FOUND else. */
  private assertScope(viewer: PersonRow | undefined, input: ScopeInput): Scope {
    const brand = this.network.brands.find((b) => b.id === input.brandId);
    const notFound = new MockUserError('NOT_FOUND', 'No such barometer scope');
    if (!viewer || !brand) throw notFound;
    let scope: Scope | undefined;
    if (input.level === 'GROUP' && !input.id) {
      scope = { level: 'GROUP', id: null, name: brand.name, brand, country: null };
    } else if (
      input.level === 'COUNTRY' &&
      this.network.countries.some((c) => c.code === input.id)
    ) {
      scope = this.countryScope(input.id!, brand);
    } else if (input.level === 'REGION' && this.network.regions.some((r) => r.id === input.id)) {
      scope = this.regionScope(input.id!, brand);
    }
    if (!scope || this.dealersOf(viewer, scope).length === 0) throw notFound;
    if (scope.level === 'GROUP' && !this.isAdmin(viewer)) throw notFound;
    return scope;
  }

  private dealersOf(viewer: PersonRow, scope: Scope): DealerRow[] {
    return this.network.dealers.filter((dealer) => {
      if (dealer.brandId !== scope.brand.id || !this.maySee(viewer, dealer)) return false;
      if (scope.level === 'REGION') return dealer.regionId === scope.id;
      if (scope.level === 'COUNTRY') {
        return this.network.regions.find((r) => r.id === dealer.regionId)?.countryCode === scope.id;
      }
      return true;
    });
  }

  private children(viewer: PersonRow, scope: Scope) {
    const dealers = this.dealersOf(viewer, scope);
    if (scope.level === 'REGION') {
      return dealers.map((d) => ({
        level: 'DEALER' as Level,
        id: d.id,
        name: d.name,
        city: d.city,
        dealers: [d],
      }));
    }
    if (scope.level === 'COUNTRY') {
      return this.network.regions
        .filter((r) => r.countryCode === scope.id)
        .map((r) => ({
          level: 'REGION' as Level,
          id: r.id,
          name: r.name,
          city: null,
          dealers: dealers.filter((d) => d.regionId === r.id),
        }))
        .filter((row) => row.dealers.length > 0);
    }
    return this.network.countries
      .map((c) => ({
        level: 'COUNTRY' as Level,
        id: c.code,
        name: c.name,
        city: null,
        dealers: dealers.filter(
          (d) => this.network.regions.find((r) => r.id === d.regionId)?.countryCode === c.code,
        ),
      }))
      .filter((row) => row.dealers.length > 0);
  }

  /** The scope itself, then its parents the viewer may open (their whole country, the group). */
  private rollupScopes(viewer: PersonRow, scope: Scope): Scope[] {
    const admin = this.isAdmin(viewer);
    const parents: Scope[] = [];
    if (scope.level === 'REGION') {
      const country = scope.country!.code;
      if (admin || this.managerGrants(viewer).country.includes(country)) {
        parents.push(this.countryScope(country, scope.brand));
      }
    }
    if (scope.level !== 'GROUP' && admin) {
      parents.push({
        level: 'GROUP',
        id: null,
        name: scope.brand.name,
        brand: scope.brand,
        country: null,
      });
    }
    return [scope, ...parents];
  }

  // --- Figures --------------------------------------------------------------------------

  private period(text: string): BarometerPeriod {
    const period = parseBarometerPeriod(text);
    if (!period) throw invalid('period', 'INVALID_PERIOD');
    return period;
  }

  /** The KPIs of the scope's country (the group: the brand's codes, in euros). */
  private kpis(scope: Scope, locale: string) {
    const countryCode = scope.country?.code ?? 'GROUP';
    const language = locale.slice(0, 2) as keyof KpiDefinition['names'];
    return kpiDefinitions.map((definition) => ({
      definition,
      id: kpiId(scope.brand.code, countryCode, definition.code),
      code: definition.code,
      name: definition.names[language] ?? definition.names.en,
      description: definition.descriptions[language] ?? definition.descriptions.en,
      unit: definition.unit,
      currency: definition.unit === 'CURRENCY' ? kpiCurrency(scope.country?.code ?? '') : null,
      higherIsBetter: definition.higherIsBetter,
      rollup: definition.rollup,
      period: 'MONTH',
      breakdown: definition.breakdown,
    }));
  }

  /** A dealer's generated figures in a month; none after the last complete month or when missed. */
  private generated(
    definition: KpiDefinition,
    dealer: DealerRow,
    month: string,
  ): Figures | undefined {
    const model = MODELS[definition.code];
    if (!model || month > this.lastMonth) return undefined;
    const key = `${dealer.id}:${definition.code}:${month}`;
    // A few dealers report late: their cell reads "no data" rather than a made-up zero.
    if (draw(`${key}:missing`) < 0.02) return undefined;
    const size = 0.6 + draw(`${dealer.id}:size`);
    const quality = draw(`${dealer.id}:${definition.code}:quality`) * 2 - 1;
    const noise = draw(key) * 2 - 1;
    const season = SEASON[Number(month.slice(5, 7)) - 1]!;
    const ambition = 0.5 + draw(`${dealer.id}:${definition.code}:${month.slice(0, 4)}`);
    if (model.kind === 'VOLUME') {
      const expected = model.level * size * season * (1 + quality * 0.1);
      const decimals = definition.unit === 'HOURS' ? 1 : 0;
      return {
        value: round(expected * (1 + noise * 0.12), decimals),
        base: null,
        target: round(model.level * size * season * (1 + 0.04 * ambition), decimals),
      };
    }
    if (model.kind === 'SCORE') {
      const spread = definition.higherIsBetter ? model.level * 0.06 : -model.level * 0.25;
      const value = round(model.level + quality * spread + noise * model.level * 0.04, 1);
      const better = definition.higherIsBetter ? 1 : -1;
      return {
        value,
        base: null,
        target: round(model.level + better * ambition * model.level * 0.02, 1),
      };
    }
    const base = Math.round(model.base! * size * season);
    const rate = Math.min(1, Math.max(0, model.level + quality * 0.03 + noise * 0.03));
    return {
      value: Math.round(rate * base),
      base,
      target: round(model.level + 0.01 * ambition, 3),
    };
  }

  private figures(
    definition: KpiDefinition,
    dealer: DealerRow,
    month: string,
  ): Figures | undefined {
    const imported = this.imported.get(`${dealer.id}|${definition.code}||${month}`);
    const generated = this.generated(definition, dealer, month);
    if (!imported) return generated;
    return Number.isNaN(imported.target)
      ? { ...imported, target: generated?.target ?? Number.NaN }
      : imported;
  }

  /** The dealers' actual and target in a period, rolled up as the KPI says; none unmeasured. */
  private rollup(
    definition: KpiDefinition,
    dealers: readonly DealerRow[],
    period: BarometerPeriod,
  ): { actual: number | null; target: number | null } | undefined {
    const months = periodMonths(period).map((day) => day.slice(0, 7));
    const all = dealers.flatMap((dealer) =>
      months.flatMap((month) => {
        const figures = this.figures(definition, dealer, month);
        return figures ? [{ dealer: dealer.id, ...figures }] : [];
      }),
    );
    if (all.length === 0) return undefined;
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    const targets = all.filter((f) => !Number.isNaN(f.target));
    if (definition.rollup === 'SUM') {
      return {
        actual: sum(all.map((f) => f.value)),
        target: targets.length ? sum(targets.map((f) => f.target)) : null,
      };
    }
    if (definition.rollup === 'AVERAGE') {
      return {
        actual: round(sum(all.map((f) => f.value)) / all.length, 1),
        target: targets.length
          ? round(sum(targets.map((f) => f.target)) / targets.length, 1)
          : null,
      };
    }
    const bases = sum(all.map((f) => f.base ?? 0));
    return {
      actual: bases === 0 ? null : round(sum(all.map((f) => f.value)) / bases, 4),
      target:
        bases === 0 || !targets.length
          ? null
          : round(sum(targets.map((f) => f.target * (f.base ?? 0))) / bases, 4),
    };
  }

  private cell(definition: KpiDefinition, dealers: readonly DealerRow[], period: BarometerPeriod) {
    const figures = this.rollup(definition, dealers, period);
    const actual = figures?.actual ?? null;
    const target = figures?.target ?? null;
    const attainment =
      actual === null || target === null || actual === 0 || target === 0
        ? null
        : round(definition.higherIsBetter ? actual / target : target / actual, 4);
    const status: Status =
      attainment === null
        ? 'NO_DATA'
        : attainment >= 1
          ? 'MET'
          : attainment >= 0.9
            ? 'NEAR'
            : 'MISSED';
    return { actual, target, attainment, status };
  }

  private subjectsOf(dealer: DealerRow): string[] {
    return [
      ...this.network.teams.filter((t) => t.dealerId === dealer.id).map((t) => t.id),
      ...this.network.people.filter((p) => p.dealerId === dealer.id).map((p) => p.id),
    ];
  }

  /** The salespeople's share of a PERSON KPI, the workshop team's of a TEAM one. */
  private breakdown(
    definition: KpiDefinition,
    dealer: DealerRow,
    people: readonly PersonRow[],
    period: BarometerPeriod,
  ) {
    const figures = this.rollup(definition, [dealer], period);
    if (definition.breakdown === 'NONE' || !figures) return [];
    const subjects =
      definition.breakdown === 'PERSON'
        ? people
            .filter((p) => p.job === 'SALESPERSON')
            .map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}` }))
        : this.network.teams
            .filter((t) => t.dealerId === dealer.id && t.kind === 'WORKSHOP')
            .map((t) => ({ id: t.id, name: t.kind }));
    const weights = subjects.map((s) => 0.5 + draw(`${s.id}:${definition.code}`));
    const total = weights.reduce((sum, w) => sum + w, 0);
    return subjects.map((subject, i) => ({
      ...subject,
      actual: figures.actual === null ? null : Math.round((figures.actual * weights[i]!) / total),
      target: figures.target === null ? null : Math.round(figures.target / subjects.length),
    }));
  }
}

/** The last month of a period: a quarter's chart ends with its third month. */
function lastMonthOf(period: BarometerPeriod): { year: number; index: number } {
  return period.kind === 'MONTH' ? period : { year: period.year, index: period.index * 3 };
}

/** Ranks each KPI's cells among the rows by attainment, 1 the best; rows without one unranked. */
function rankSiblings(
  rows: { cells: { attainment: number | null; rank: number | null; rankOf: number | null }[] }[],
) {
  const columns = rows[0]?.cells.length ?? 0;
  for (let column = 0; column < columns; column++) {
    const ranked = rows.map((row) => row.cells[column]!).filter((cell) => cell.attainment !== null);
    ranked.sort((a, b) => b.attainment! - a.attainment!);
    ranked.forEach((cell, index) => {
      cell.rank = index + 1;
      cell.rankOf = ranked.length;
    });
  }
}

/** RFC 4180 lines with their line number; `malformed` for an unclosed quote. */
function parseCsv(text: string): { line: number; fields: string[]; malformed: boolean }[] {
  const lines: { line: number; fields: string[]; malformed: boolean }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      lines.push({ line: start, fields, malformed: false });
      fields = [];
      field = '';
      line++;
      start = line;
    } else field += char;
  }
  if (field !== '' || fields.length > 0 || quoted) {
    fields.push(field);
    lines.push({ line: start, fields, malformed: quoted });
  }
  return lines;
}
