import type { DealerRow, Network, PersonRow } from '../server/src/seed/generate-network.js';
import { MockUserError } from './mock-api.js';
import { CATEGORIES } from './tickets-rules.js';

/** The scope of a barometer as the client asks for it. */
interface ScopeInput {
  level: 'GROUP' | 'COUNTRY' | 'REGION' | 'DEALER';
  id?: string | null;
  brandId: string;
}

/** A row of the engagement barometer, counted over a set of dealers. */
interface Place {
  level: ScopeInput['level'];
  id: string;
  name: string;
  dealers: readonly DealerRow[];
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2]|Q[1-4])$/;
const VITALS_APPS = ['admin', 'barometers', 'news', 'shell', 'ticketing', 'translations'];
const VITALS_LOCALES = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl'];
const VITALS_COUNTRIES = ['DE', 'ES', 'FR', 'GB', 'IT', 'NL', 'PL'];
const DAY_MS = 24 * 60 * 60 * 1000;
/** Tags handlers give tickets, as the demo tickets have them (server/src/seed/demo-tickets.ts). */
const TICKET_TAGS = ['garantie', 'teilelogistik', 'bremsen', 'tagliando'];

/** A stable number in [0, 1) for a text: the same network always shows the same figures. */
export function mockFraction(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 10_000) / 10_000;
}

const between = (text: string, low: number, high: number) =>
  Math.round(low + mockFraction(text) * (high - low));

/** The period before `period`: the month or quarter before. */
function previousPeriod(period: string): string {
  const [, year, part] = PERIOD.exec(period)!;
  const quarter = part!.startsWith('Q');
  const index = Number(quarter ? part!.slice(1) : part) - 1;
  const count = quarter ? 4 : 12;
  const before = index === 0 ? count : index;
  const y = index === 0 ? Number(year) - 1 : Number(year);
  return quarter ? `${y}-Q${before}` : `${y}-${String(before).padStart(2, '0')}`;
}

/**
 * The engagement barometer, the voice of the network and the portal's health, answered
 * from the seed network with stable made-up counts: who may see which scope follows the
 * server's rule (admins everything; region managers their region or country of their brand).
 */
export class MockBarometerInsightsApi {
  private readonly network: Network;

  constructor(network: Network) {
    this.network = network;
  }

  engagementBarometer(viewer: PersonRow | undefined, args: { scope: ScopeInput; period: string }) {
    const scope = this.scope(viewer, args.scope, args.period);
    const rows = this.children(scope, args.scope.brandId);
    const rollups = [scope, ...this.parents(scope, args.scope.brandId)];
    return {
      scope: this.scopeView(scope, args.scope.brandId),
      period: args.period,
      rows: rows.map((row) => this.engagementRow(row, args.period)),
      rollups: rollups.map((row) => this.engagementRow(row, args.period)),
    };
  }

  networkThemes(
    viewer: PersonRow | undefined,
    args: { scope: ScopeInput; period: string; locale?: string | null },
  ) {
    const scope = this.scope(viewer, args.scope, args.period);
    const regions = [...new Set(scope.dealers.map((dealer) => dealer.regionId))];
    const tags = [...new Set(this.network.articles.flatMap((article) => article.tags))].slice(0, 8);
    const themes = [
      ...CATEGORIES.map((category) => ({
        kind: 'TICKET_CATEGORY' as const,
        id: category.id,
        label: category.names[args.locale ?? 'en'] ?? category.names['en']!,
      })),
      ...tags.map((tag) => ({ kind: 'COMMENT_TOPIC' as const, id: tag, label: tag })),
      ...TICKET_TAGS.map((tag) => ({ kind: 'FEEDBACK_TAG' as const, id: tag, label: tag })),
    ];
    const counted = themes.map((theme) => {
      const countIn = (period: string, region: string) =>
        between(`${theme.id}|${period}|${region}`, 0, 9);
      const byRegion = regions
        .map((id) => ({ region: this.region(id), count: countIn(args.period, id) }))
        .filter((entry) => entry.count > 0)
        .sort((a, b) => b.count - a.count || a.region.name.localeCompare(b.region.name));
      const previous = previousPeriod(args.period);
      return {
        ...theme,
        count: byRegion.reduce((sum, entry) => sum + entry.count, 0),
        previousCount: regions.reduce((sum, id) => sum + countIn(previous, id), 0),
        byRegion,
      };
    });
    return counted
      .filter((theme) => theme.count + theme.previousCount > 0)
      .sort(
        (a, b) =>
          Math.abs(b.count - b.previousCount) - Math.abs(a.count - a.previousCount) ||
          b.count - a.count,
      )
      .slice(0, 30);
  }

  portalHealth(
    viewer: PersonRow | undefined,
    args: {
      days?: number | null;
      app?: string | null;
      locale?: string | null;
      countryCode?: string | null;
    },
  ) {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    if (!this.isAdmin(viewer)) throw new MockUserError('FORBIDDEN', 'Admins only');
    const days = args.days ?? 28;
    if (!Number.isInteger(days) || days < 1 || days > 90) {
      throw Object.assign(new MockUserError('BAD_USER_INPUT', 'days must be 1 to 90'), {
        extensions: { code: 'BAD_USER_INPUT', field: 'days', reason: 'OUT_OF_RANGE' },
      });
    }
    const filter = `${args.app ?? ''}|${args.locale ?? ''}|${args.countryCode ?? ''}`;
    const to = Date.parse('2026-11-20T00:00:00Z');
    const dayKeys = Array.from({ length: days }, (_, i) =>
      new Date(to - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10),
    );
    const pick = (keys: readonly string[], chosen: string | null | undefined) =>
      chosen ? keys.filter((key) => key === chosen) : keys;
    const rows = (keys: readonly string[]) =>
      keys.map((key) => this.vitals(`${filter}|${key}`, key));
    return {
      from: dayKeys[0]!,
      to: dayKeys.at(-1)!,
      byApp: rows(pick(VITALS_APPS, args.app)),
      byLocale: rows(pick(VITALS_LOCALES, args.locale)),
      byCountry: rows(pick(VITALS_COUNTRIES, args.countryCode)),
      byDay: rows(dayKeys),
    };
  }

  /** p75 values spread over good, needs improvement and poor, as real portals show. */
  private vitals(seed: string, key: string) {
    const samples = between(`${seed}|n`, 0, 400);
    if (samples === 0) return { key, samples, lcp: null, inp: null, cls: null, ttfb: null };
    return {
      key,
      samples,
      lcp: between(`${seed}|lcp`, 1200, 4800),
      inp: between(`${seed}|inp`, 80, 600),
      cls: between(`${seed}|cls`, 0, 30) / 100,
      ttfb: between(`${seed}|ttfb`, 150, 2000),
    };
  }

  private engagementRow(place: Place, period: string) {
    const peopleOf = this.network.people.filter((person) =>
      place.dealers.some((dealer) => dealer.id === person.dealerId),
    );
    const counts = place.dealers.map((dealer) => {
      const people = peopleOf.filter((person) => person.dealerId === dealer.id).length;
      const seed = `${dealer.id}|${period}`;
      const mustReads = between(`${seed}|mr`, 0, 3);
      const expected = people * mustReads;
      const resolved = between(`${seed}|tickets`, -2, 12);
      return {
        people,
        activePeople: Math.round(people * (0.4 + 0.6 * mockFraction(`${seed}|active`))),
        mustReadsExpected: expected,
        mustReadsAcknowledged: Math.round(expected * (0.5 + 0.5 * mockFraction(`${seed}|ack`))),
        ticketsResolved: Math.max(0, resolved),
        ticketsResolvedWithinSla: Math.round(
          Math.max(0, resolved) * (0.6 + 0.4 * mockFraction(`${seed}|sla`)),
        ),
      };
    });
    const sum = (key: keyof (typeof counts)[number]) =>
      counts.reduce((total, row) => total + row[key], 0);
    return {
      level: place.level,
      id: place.id,
      name: place.name,
      people: sum('people'),
      activePeople: sum('activePeople'),
      mustReadsExpected: sum('mustReadsExpected'),
      mustReadsAcknowledged: sum('mustReadsAcknowledged'),
      ticketsResolved: sum('ticketsResolved'),
      ticketsResolvedWithinSla: sum('ticketsResolvedWithinSla'),
    };
  }

  /** The scope the viewer asked for, or NOT_FOUND when it does not exist or is not theirs. */
  private scope(viewer: PersonRow | undefined, input: ScopeInput, period: string): Place {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    if (!PERIOD.test(period)) {
      throw Object.assign(new MockUserError('BAD_USER_INPUT', `No period "${period}"`), {
        extensions: { code: 'BAD_USER_INPUT', field: 'period', reason: 'INVALID_PERIOD' },
      });
    }
    const place = this.place(input);
    const brandDealers = place?.dealers.filter((dealer) => dealer.brandId === input.brandId);
    if (!place || !brandDealers?.length || !this.mayOpen(viewer, input)) {
      throw new MockUserError('NOT_FOUND', 'No such barometer scope');
    }
    return { ...place, dealers: brandDealers };
  }

  private place(input: ScopeInput): Place | undefined {
    const { dealers, regions, countries, brands } = this.network;
    switch (input.level) {
      case 'GROUP': {
        const brand = brands.find((candidate) => candidate.id === input.brandId);
        return brand && { level: 'GROUP', id: brand.id, name: brand.name, dealers };
      }
      case 'COUNTRY': {
        const country = countries.find((candidate) => candidate.code === input.id);
        const inCountry = new Set(
          regions.filter((r) => r.countryCode === input.id).map((region) => region.id),
        );
        return (
          country && {
            level: 'COUNTRY',
            id: country.code,
            name: country.name,
            dealers: dealers.filter((dealer) => inCountry.has(dealer.regionId)),
          }
        );
      }
      case 'REGION': {
        const region = regions.find((candidate) => candidate.id === input.id);
        return (
          region && {
            level: 'REGION',
            id: region.id,
            name: region.name,
            dealers: dealers.filter((dealer) => dealer.regionId === region.id),
          }
        );
      }
      default:
        return undefined;
    }
  }

  private mayOpen(viewer: PersonRow, input: ScopeInput): boolean {
    if (this.isAdmin(viewer)) return true;
    if (viewer.brandId !== input.brandId) return false;
    const region = this.network.regions.find((candidate) => candidate.id === input.id);
    return this.network.roles.some(
      (grant) =>
        grant.personId === viewer.id &&
        grant.role === 'REGION_MANAGER' &&
        ((grant.scopeType === 'region' && input.level === 'REGION' && grant.scopeId === input.id) ||
          (grant.scopeType === 'country' &&
            (input.level === 'COUNTRY'
              ? grant.scopeId === input.id
              : input.level === 'REGION' && region?.countryCode === grant.scopeId))),
    );
  }

  private isAdmin(viewer: PersonRow): boolean {
    return this.network.roles.some(
      (grant) => grant.personId === viewer.id && grant.role === 'ADMIN',
    );
  }

  /** A region's dealers, a country's regions, the group's countries: those with the brand's dealers. */
  private children(scope: Place, brandId: string): Place[] {
    const byName = (a: Place, b: Place) => a.name.localeCompare(b.name);
    if (scope.level === 'REGION') {
      return scope.dealers
        .map((dealer): Place => ({
          level: 'DEALER',
          id: dealer.id,
          name: dealer.name,
          dealers: [dealer],
        }))
        .sort(byName);
    }
    const level = scope.level === 'GROUP' ? 'COUNTRY' : 'REGION';
    const ids = new Set(
      scope.dealers.map((dealer) =>
        level === 'REGION' ? dealer.regionId : this.region(dealer.regionId).country.code,
      ),
    );
    return [...ids].map((id) => this.scopePlace({ level, id, brandId })).sort(byName);
  }

  /** The country above a region: its benchmark. */
  private parents(scope: Place, brandId: string): Place[] {
    if (scope.level !== 'REGION') return [];
    const country = this.region(scope.id).country.code;
    return [this.scopePlace({ level: 'COUNTRY', id: country, brandId })];
  }

  private scopePlace(input: ScopeInput): Place {
    const place = this.place(input)!;
    return {
      ...place,
      dealers: place.dealers.filter((dealer) => dealer.brandId === input.brandId),
    };
  }

  private scopeView(scope: Place, brandId: string) {
    return {
      level: scope.level,
      id: scope.level === 'GROUP' ? null : scope.id,
      name: scope.name,
      brand: this.network.brands.find((brand) => brand.id === brandId)!,
      country: null,
    };
  }

  private region(id: string) {
    const region = this.network.regions.find((candidate) => candidate.id === id)!;
    const country = this.network.countries.find((c) => c.code === region.countryCode)!;
    return { id: region.id, name: region.name, country };
  }
}
