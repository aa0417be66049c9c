import type {
  DealerRow,
  Network,
  PersonRoleRow,
  PersonRow,
  RoleCode,
} from '../server/src/seed/generate-network.js';
import { MockUserError, type MockAppDefinition } from './mock-api.js';

const MAX_COHORT = 500;
const MAX_REASON = 500;
const MIN_RETENTION_DAYS = 30;
const MAX_RETENTION_DAYS = 3650;
const DAY_MS = 24 * 60 * 60 * 1000;

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface Rollout {
  wave: 'PILOT' | 'EVERYONE';
  countries: string[];
  dealers: string[];
  updatedAt: string;
  updatedBy: string;
}

interface GrantView {
  role: RoleCode;
  scope: { type: string; id: string | null; name: string };
}

interface AuditRow {
  id: number;
  at: string;
  actorId: string;
  actorGrants: GrantView[];
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown>;
}

/** One page of `items` after the cursor (an item's key, base64), as a GraphQL connection. */
function page<T>(items: T[], key: (item: T) => string, args: PageArgs, max: number) {
  const first = args.first ?? 25;
  if (first < 1 || first > max) {
    throw new MockUserError('BAD_USER_INPUT', `first must be between 1 and ${max}, got ${first}`);
  }
  const start = args.after ? items.findIndex((item) => key(item) === atob(args.after!)) + 1 : 0;
  const slice = items.slice(start, start + first);
  return {
    edges: slice.map((item) => ({ cursor: btoa(key(item)), node: item })),
    pageInfo: {
      endCursor: slice.length ? btoa(key(slice.at(-1)!)) : null,
      hasNextPage: start + first < items.length,
    },
  };
}

/**
 * The admin side of the API, answered like the server does for admins (everyone else is
 * refused, as the admin screens are all the mocks serve): people, roll-out waves, the
 * audit log and the GDPR requests. Changes live in this object, so a test sees its own.
 */
export class MockAdminApi {
  private readonly network: Network;
  private readonly apps: readonly MockAppDefinition[];
  private readonly rolesByPerson = new Map<string, PersonRoleRow[]>();
  private readonly erased = new Set<string>();
  private readonly rollouts = new Map<string, Rollout>();
  private readonly audit: AuditRow[] = [];
  private retentionDays = 730;

  constructor(network: Network, apps: readonly MockAppDefinition[]) {
    this.network = network;
    // By name, as the server lists them.
    this.apps = [...apps].sort((a, b) => a.name.localeCompare(b.name));
    for (const row of network.roles) {
      this.rolesByPerson.set(row.personId, [...(this.rolesByPerson.get(row.personId) ?? []), row]);
    }
  }

  people(viewer: PersonRow | undefined, args: PageArgs & { search?: string | null }) {
    this.requireAdmin(viewer);
    const search = args.search?.trim() ?? '';
    const text = search.toLowerCase();
    const matches = this.network.people.filter(
      (person) =>
        person.id === search ||
        (!this.erased.has(person.id) &&
          `${person.givenName} ${person.familyName}\n${person.email}`.toLowerCase().includes(text)),
    );
    const sortKey = (person: PersonRow) =>
      this.erased.has(person.id)
        ? ['', '', person.id]
        : [person.familyName, person.givenName, person.id];
    matches.sort((a, b) => sortKey(a).join('\u0000').localeCompare(sortKey(b).join('\u0000')));
    const result = page(matches, (person) => person.id, args, 100);
    return {
      ...result,
      edges: result.edges.map((edge) => ({ ...edge, node: this.view(edge.node) })),
    };
  }

  person(viewer: PersonRow | undefined, args: { id: string }) {
    this.requireAdmin(viewer);
    return this.view(this.find(args.id));
  }

  /** The dealers within the caller's scopes, as the server answers anyone signed in. */
  dealers(viewer: PersonRow | undefined, args: PageArgs & { search?: string | null }) {
    if (viewer === undefined) throw new MockUserError('UNAUTHENTICATED', 'Sign in to see this');
    const text = args.search?.trim().toLowerCase() ?? '';
    const matches = this.network.dealers
      .filter((dealer) => this.reaches(viewer, dealer))
      .filter((dealer) => `${dealer.name}\n${dealer.city}`.toLowerCase().includes(text))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    const result = page(matches, (dealer) => dealer.id, { first: 50, ...args }, 200);
    return {
      ...result,
      edges: result.edges.map((edge) => ({ ...edge, node: this.dealer(edge.node.id) })),
    };
  }

  /** The regions of `countries` where the viewer reaches dealers of the brand, by name. */
  regions(viewer: PersonRow | undefined, args: { brandId: string; countries: string[] }) {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    const reached = new Set(
      this.network.dealers
        .filter((dealer) => dealer.brandId === args.brandId && this.reaches(viewer, dealer))
        .map((dealer) => dealer.regionId),
    );
    return this.network.regions
      .filter((region) => reached.has(region.id) && args.countries.includes(region.countryCode))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map((region) => ({ ...region, country: this.country(region.countryCode) }));
  }

  countries(viewer: PersonRow | undefined) {
    if (!viewer) throw new MockUserError('UNAUTHENTICATED', 'Sign in first');
    return [...this.network.countries]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((country) => this.country(country.code));
  }

  appRollouts(viewer: PersonRow | undefined) {
    this.requireAdmin(viewer);
    return this.apps.map((app) => this.rolloutView(app));
  }

  setAppRollout(
    viewer: PersonRow | undefined,
    {
      input,
    }: { input: { app: string; wave: Rollout['wave']; countries?: string[]; dealers?: string[] } },
  ) {
    const admin = this.requireAdmin(viewer);
    const app = this.apps.find((candidate) => candidate.name === input.app);
    if (!app) throw new MockUserError('BAD_USER_INPUT', `No app is called "${input.app}"`);
    const pilot = input.wave === 'PILOT';
    const countries = pilot ? [...new Set(input.countries ?? [])] : [];
    const dealers = pilot ? [...new Set(input.dealers ?? [])] : [];
    const unknown = [
      ...countries.filter((code) => !this.network.countries.some((c) => c.code === code)),
      ...dealers.filter((id) => !this.network.dealers.some((d) => d.id === id)),
    ];
    if ((pilot && countries.length + dealers.length === 0) || unknown.length > 0) {
      throw new MockUserError('BAD_USER_INPUT', 'A pilot needs known countries or dealers');
    }
    if (countries.length + dealers.length > MAX_COHORT) {
      throw new MockUserError('BAD_USER_INPUT', `A cohort holds at most ${MAX_COHORT}`);
    }
    const at = new Date().toISOString();
    this.rollouts.set(app.name, {
      wave: input.wave,
      countries,
      dealers,
      updatedAt: at,
      updatedBy: admin.id,
    });
    this.record(admin, 'app.rollout', ['app', app.name], { wave: input.wave, countries, dealers });
    return this.rolloutView(app);
  }

  auditLog(
    viewer: PersonRow | undefined,
    args: PageArgs & { filter?: { actorId?: string; targetId?: string; action?: string } | null },
  ) {
    this.requireAdmin(viewer);
    const filter = args.filter ?? {};
    const entries = this.audit
      .filter(
        (entry) =>
          (!filter.actorId || entry.actorId === filter.actorId) &&
          (!filter.targetId || entry.targetId === filter.targetId) &&
          (!filter.action || entry.action === filter.action),
      )
      .reverse();
    const result = page(entries, (entry) => String(entry.id), { first: 50, ...args }, 200);
    return {
      edges: result.edges.map((edge) => ({ ...edge, node: this.entryView(edge.node) })),
      pageInfo: result.pageInfo,
      retentionDays: this.retentionDays,
    };
  }

  setAuditRetention(viewer: PersonRow | undefined, { days }: { days: number }) {
    const admin = this.requireAdmin(viewer);
    if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
      throw new MockUserError('BAD_USER_INPUT', 'Retention must be between 30 and 3650 days');
    }
    this.record(admin, 'audit.retention', ['setting', 'audit_retention_days'], {
      from: this.retentionDays,
      to: days,
    });
    this.retentionDays = days;
    const oldest = Date.now() - days * DAY_MS;
    this.audit.splice(
      0,
      this.audit.length,
      ...this.audit.filter((e) => Date.parse(e.at) >= oldest),
    );
    return this.auditLog(viewer, {});
  }

  exportPersonData(viewer: PersonRow | undefined, { personId }: { personId: string }) {
    const admin = this.requireAdmin(viewer);
    const person = this.view(this.find(personId));
    this.record(admin, 'person.export', ['person', personId], {});
    const exportedAt = new Date().toISOString();
    return {
      fileName: `piazza-${personId}-${exportedAt.slice(0, 10)}.json`,
      json: JSON.stringify(
        { format: 'piazza-personal-data/1', personId, exportedAt, person },
        null,
        2,
      ),
    };
  }

  erasePerson(viewer: PersonRow | undefined, args: { personId: string; reason: string }) {
    const admin = this.requireAdmin(viewer);
    const reason = args.reason.trim();
    if (reason.length === 0 || reason.length > MAX_REASON) {
      throw new MockUserError('BAD_USER_INPUT', 'Give the reason for the erasure');
    }
    if (args.personId === admin.id) {
      throw new MockUserError('BAD_USER_INPUT', 'Another admin must erase your own data');
    }
    const person = this.find(args.personId);
    if (!this.erased.has(person.id)) {
      this.erased.add(person.id);
      this.record(admin, 'person.erase', ['person', person.id], { reason });
    }
    return this.view(person);
  }

  /** Whether the person exists and their data was not erased: someone who can be given work. */
  isActive(personId: string): boolean {
    return this.network.people.some((p) => p.id === personId) && !this.erased.has(personId);
  }

  /** The viewer when an admin, else the server's UNAUTHENTICATED or FORBIDDEN. */
  requireAdmin(viewer: PersonRow | undefined): PersonRow {
    if (viewer === undefined) throw new MockUserError('UNAUTHENTICATED', 'Sign in to see this');
    const admin = this.rolesOf(viewer.id).some(
      (row) => row.role === 'ADMIN' && row.scopeType === 'group',
    );
    if (!admin) throw new MockUserError('FORBIDDEN', 'Your roles do not allow this');
    return viewer;
  }

  /**
   * Whether one of the person's grants (of `role`, when given) covers a dealer (server:
   * access/org-scope.ts).
   */
  reaches(person: PersonRow, dealer: DealerRow, role?: RoleCode): boolean {
    const country = this.network.regions.find((r) => r.id === dealer.regionId)!.countryCode;
    const brand = this.network.brands.find((b) => b.id === dealer.brandId)!.code;
    const community = `community-${brand}-${country.toLowerCase()}`;
    const covered: Record<PersonRoleRow['scopeType'], string | null> = {
      group: null,
      brand: dealer.brandId,
      country,
      region: dealer.regionId,
      dealer: dealer.id,
      community,
      locale: '',
    };
    return this.rolesOf(person.id).some(
      (grant) =>
        (role === undefined || grant.role === role) &&
        (grant.scopeType === 'group' || covered[grant.scopeType] === grant.scopeId),
    );
  }

  private find(personId: string): PersonRow {
    const person = this.network.people.find((candidate) => candidate.id === personId);
    if (!person)
      throw new MockUserError('NOT_FOUND', 'No such person, or it is not available to you');
    return person;
  }

  private record(
    actor: PersonRow,
    action: string,
    [targetType, targetId]: [string, string],
    details: Record<string, unknown>,
  ) {
    this.audit.push({
      id: this.audit.length + 1,
      at: new Date().toISOString(),
      actorId: actor.id,
      actorGrants: this.grants(actor.id),
      action,
      targetType,
      targetId,
      details,
    });
  }

  private view(person: PersonRow) {
    const erased = this.erased.has(person.id);
    const team = this.network.teams.find((candidate) => candidate.id === person.teamId);
    return {
      id: person.id,
      displayName: erased ? '' : `${person.givenName} ${person.familyName}`,
      job: person.job,
      dealer: person.dealerId ? this.dealer(person.dealerId) : null,
      team: team ? { id: team.id, kind: team.kind } : null,
      country: this.country(person.countryCode),
      brand: this.network.brands.find((brand) => brand.id === person.brandId)!,
      email: erased ? null : person.email,
      grants: erased ? [] : this.grants(person.id),
      erased,
    };
  }

  private rolesOf(personId: string): PersonRoleRow[] {
    return this.rolesByPerson.get(personId) ?? [];
  }

  private grants(personId: string): GrantView[] {
    return this.rolesOf(personId).map((row) => ({
      role: row.role,
      scope: { type: row.scopeType.toUpperCase(), id: row.scopeId, name: this.scopeName(row) },
    }));
  }

  private scopeName({ scopeType, scopeId }: PersonRoleRow): string {
    const { brands, countries, regions, dealers, communities } = this.network;
    switch (scopeType) {
      case 'group':
        return '';
      case 'brand':
        return brands.find((brand) => brand.id === scopeId)?.name ?? '';
      case 'country':
        return countries.find((country) => country.code === scopeId)?.name ?? '';
      case 'region':
        return regions.find((region) => region.id === scopeId)?.name ?? '';
      case 'dealer':
        return dealers.find((dealer) => dealer.id === scopeId)?.name ?? '';
      case 'community': {
        const community = communities.find((candidate) => candidate.id === scopeId)!;
        const brand = brands.find((candidate) => candidate.id === community.brandId)!;
        return `${brand.name} · ${this.country(community.countryCode).name}`;
      }
      case 'locale':
        return scopeId ?? '';
    }
  }

  private country(code: string) {
    const country = this.network.countries.find((candidate) => candidate.code === code)!;
    return { code: country.code, name: country.name };
  }

  /** A dealer as the API gives it, with its region and brand. */
  dealer(id: string) {
    const dealer = this.network.dealers.find((candidate) => candidate.id === id)!;
    const region = this.network.regions.find((candidate) => candidate.id === dealer.regionId)!;
    return {
      id: dealer.id,
      name: dealer.name,
      city: dealer.city,
      region: { id: region.id, name: region.name, country: this.country(region.countryCode) },
      brand: this.network.brands.find((brand) => brand.id === dealer.brandId)!,
    };
  }

  private rolloutView(app: MockAppDefinition) {
    const rollout = this.rollouts.get(app.name);
    const countries = rollout?.countries ?? [];
    const dealers = rollout?.dealers ?? [];
    const pilot = rollout?.wave === 'PILOT';
    const reach = this.network.people.filter((person) => {
      if (this.erased.has(person.id)) return false;
      const roles = this.rolesOf(person.id).map((row) => row.role);
      if (!roles.some((role) => app.roles.includes(role))) return false;
      return (
        !pilot ||
        roles.includes('ADMIN') ||
        countries.includes(person.countryCode) ||
        (person.dealerId !== null && dealers.includes(person.dealerId))
      );
    }).length;
    return {
      app: app.name,
      wave: rollout?.wave ?? 'EVERYONE',
      countries: countries.map((code) => this.country(code)),
      dealers: dealers.map((id) => this.dealer(id)),
      reach,
      updatedAt: rollout?.updatedAt ?? null,
      updatedBy: rollout ? this.view(this.find(rollout.updatedBy)) : null,
    };
  }

  private entryView(entry: AuditRow) {
    return {
      id: String(entry.id),
      at: entry.at,
      actor: this.view(this.find(entry.actorId)),
      actorGrants: entry.actorGrants,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      details: JSON.stringify(entry.details),
    };
  }
}
