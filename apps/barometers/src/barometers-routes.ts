import type {
  BarometerComparison,
  BarometerLevel,
  BarometerScopeInput,
  KpiStatus,
  Role,
} from '@piazza/shared/graphql';
import {
  formatBarometerPeriod,
  lastCompletePeriod,
  parseBarometerPeriod,
} from '../../../shared/src/barometers/periods.js';

export const APP_ROUTE = 'barometers';

/** The app's sections, as its navigation lists them, each with the roles that see it. */
export const SECTIONS = [
  { section: 'network', path: '', roles: ['REGION_MANAGER', 'ADMIN'] },
  { section: 'engagement', path: 'engagement', roles: ['REGION_MANAGER', 'ADMIN'] },
  { section: 'voice', path: 'voice', roles: ['REGION_MANAGER', 'ADMIN'] },
  { section: 'pulse', path: 'pulse', roles: ['REGION_MANAGER', 'EDITOR', 'ADMIN'] },
  { section: 'health', path: 'health', roles: ['ADMIN'] },
  { section: 'import', path: 'import', roles: ['REGION_MANAGER', 'ADMIN'] },
] as const satisfies readonly { section: string; path: string; roles: readonly Role[] }[];
export type Section = (typeof SECTIONS)[number]['section'];

/** The sections a person with these roles sees, in the navigation's order. */
export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter(({ roles: allowed }) => allowed.some((role) => roles.includes(role))).map(
    ({ section }) => section,
  );
}

/** The sections whose screens show the part of the network and the period of the scope bar. */
export const SCOPED_SECTIONS: readonly Section[] = ['network', 'engagement', 'voice'];

/** A screen of the app; the dealer page and a survey belong to their sections. */
export type BarometersRoute =
  | { screen: 'network' | 'engagement' | 'voice' | 'pulse' | 'health' | 'import' }
  | { screen: 'dealer'; dealerId: string }
  | { screen: 'survey'; surveyId: string };

/** The section a route belongs to, for the navigation and the role check. */
export function sectionOf(route: BarometersRoute): Section {
  if (route.screen === 'dealer') return 'network';
  if (route.screen === 'survey') return 'pulse';
  return route.screen;
}

/**
 * The screen at a location, or undefined when the app has none there: `barometers`,
 * `barometers/dealers/<id>`, `barometers/engagement`, `…/voice`, `…/pulse`,
 * `…/pulse/<id or new>`, `…/health`, `…/import`. `appPath` ends with a slash.
 */
export function routeOf(
  location: { pathname: string },
  appPath: string,
): BarometersRoute | undefined {
  if (!`${location.pathname}/`.startsWith(appPath)) return undefined;
  const parts = location.pathname
    .slice(appPath.length)
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  const [first, second, ...rest] = parts;
  if (rest.length > 0) return undefined;
  if (first === undefined) return { screen: 'network' };
  if (second !== undefined) {
    if (first === 'dealers') return { screen: 'dealer', dealerId: second };
    if (first === 'pulse') return { screen: 'survey', surveyId: second };
    return undefined;
  }
  const section = SECTIONS.find(({ path }) => path === first && path !== '');
  return section ? { screen: section.section } : undefined;
}

const LEVELS: readonly BarometerLevel[] = ['GROUP', 'COUNTRY', 'REGION', 'DEALER'];

/** `REGION:region-de-1` (the group: `GROUP`), as the address writes a scope. */
export function scopeParam(scope: { level: BarometerLevel; id?: string | null }): string {
  return scope.id ? `${scope.level}:${scope.id}` : scope.level;
}

/** The scope the address names, or undefined when it names none or a malformed one. */
export function scopeOf(search: URLSearchParams): BarometerScopeInput | undefined {
  const [level, ...id] = (search.get('scope') ?? '').split(':');
  const brandId = search.get('brand');
  if (!brandId || !LEVELS.includes(level as BarometerLevel)) return undefined;
  const scopeId = id.join(':');
  if ((level === 'GROUP') !== (scopeId === '')) return undefined;
  return { level: level as BarometerLevel, id: scopeId || null, brandId };
}

/** The period of the address, or the last month that is over (what a barometer opens on). */
export function periodOf(search: URLSearchParams, today: Date = new Date()): string {
  const period = parseBarometerPeriod(search.get('period') ?? '');
  return formatBarometerPeriod(
    period ?? lastCompletePeriod('MONTH', today.toISOString().slice(0, 10)),
  );
}

/** `compare=year` compares with the same period last year; anything else, the previous one. */
export const comparisonOf = (search: URLSearchParams): BarometerComparison =>
  search.get('compare') === 'year' ? 'SAME_PERIOD_LAST_YEAR' : 'PREVIOUS_PERIOD';

export const compareParam = (comparison: BarometerComparison): string | null =>
  comparison === 'SAME_PERIOD_LAST_YEAR' ? 'year' : null;

/** How the network view orders and narrows its rows, as the address holds it. */
export interface NetworkFilters {
  /** A KPI's code (by its attainment), or '' for the name. */
  sort: string;
  dir: 'asc' | 'desc';
  /** Only rows with this status on any KPI; '' for all. */
  status: KpiStatus | '';
  /** Narrows the rows by name or city. */
  q: string;
}

const STATUSES: readonly KpiStatus[] = ['MET', 'NEAR', 'MISSED', 'NO_DATA'];

export function networkFiltersOf(search: URLSearchParams): NetworkFilters {
  const status = search.get('status') ?? '';
  const sort = search.get('sort') ?? '';
  return {
    sort,
    // By name A to Z, by attainment the best first, unless the address says otherwise.
    dir: (search.get('dir') ?? (sort ? 'desc' : 'asc')) === 'desc' ? 'desc' : 'asc',
    status: STATUSES.includes(status as KpiStatus) ? (status as KpiStatus) : '',
    q: search.get('q') ?? '',
  };
}

/**
 * A portal path with the address's parameters changed: null or '' removes one. Keeps the
 * others, so that a link or a picker changes one thing and the rest of the view stays.
 */
export function pathWith(
  path: string,
  search: URLSearchParams,
  changes: Record<string, string | null> = {},
): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  return params.size ? `${path}?${params}` : path;
}

/** The portal path of a section (`barometers`, `barometers/voice`…). */
export function sectionPath(section: Section): string {
  const { path } = SECTIONS.find((entry) => entry.section === section)!;
  return path ? `${APP_ROUTE}/${path}` : APP_ROUTE;
}

export const dealerPath = (dealerId: string): string =>
  `${APP_ROUTE}/dealers/${encodeURIComponent(dealerId)}`;

/** The parameters the scope bar sets, carried from one scoped screen to another. */
export const SCOPE_PARAMS = ['scope', 'brand', 'period'] as const;

/** Only the scope bar's parameters of an address: what a link to another section keeps. */
export function scopeSearch(search: URLSearchParams): URLSearchParams {
  return new URLSearchParams(
    SCOPE_PARAMS.flatMap((name) => {
      const value = search.get(name);
      return value ? [[name, value]] : [];
    }),
  );
}
