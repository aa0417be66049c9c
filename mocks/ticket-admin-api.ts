import type { Network, PersonRow } from '../server/src/seed/generate-network.js';
import type { MockAdminApi } from './admin-api.js';
import { MockUserError } from './mock-api.js';
import { invalid } from './newsroom-rules.js';
import {
  CATEGORIES,
  DEFAULT_QUEUE,
  SLA_MINUTES,
  queuesOf,
  type Kind,
  type QueueRow,
} from './tickets-rules.js';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
type Priority = (typeof PRIORITIES)[number];
const LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'];
/** server/src/tickets/ticket-categories-admin.ts and ticket-sla.ts */
const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;
const MAX_NAME = 80;
const MAX_TARGET_MINUTES = 525_600;

interface Target {
  priority: Priority;
  respondWithinMinutes: number;
  resolveWithinMinutes: number;
}

interface CategoryRow {
  id: string;
  kind: Kind;
  code: string;
  names: Record<string, string>;
  active: boolean;
  defaultQueueId: string | null;
  slaTargets: Target[];
}

interface QueueInput {
  id?: string | null;
  name: string;
  brandId?: string | null;
  countryCode?: string | null;
  memberIds: string[];
}

interface CategoryInput {
  id?: string | null;
  kind: Kind;
  code: string;
  names: { locale: string; name: string }[];
  active?: boolean | null;
  defaultQueueId?: string | null;
  slaTargets?: Target[] | null;
}

/** A kind's targets as migration 0014 seeds them: twice the time to resolve a non-conformity. */
function defaultTargets(kind: Kind): Target[] {
  return PRIORITIES.map((priority) => ({
    priority,
    respondWithinMinutes: SLA_MINUTES[priority]!.respond,
    resolveWithinMinutes: SLA_MINUTES[priority]!.resolve * (kind === 'NON_CONFORMITY' ? 2 : 1),
  }));
}

function checkTargets(targets: readonly Target[]): void {
  const seen = new Set<string>();
  targets.forEach((target, i) => {
    if (seen.has(target.priority)) throw invalid(`slaTargets.${i}.priority`, 'DUPLICATE');
    seen.add(target.priority);
    for (const field of ['respondWithinMinutes', 'resolveWithinMinutes'] as const) {
      if (target[field] < 1) throw invalid(`slaTargets.${i}.${field}`, 'TOO_SMALL');
      if (target[field] > MAX_TARGET_MINUTES)
        throw invalid(`slaTargets.${i}.${field}`, 'TOO_LARGE');
    }
    if (target.resolveWithinMinutes < target.respondWithinMinutes) {
      throw invalid(`slaTargets.${i}.resolveWithinMinutes`, 'BEFORE_RESPONSE');
    }
  });
}

/**
 * The admins' ticket categories and teams as the server answers them (adminTicketCategories,
 * adminTicketQueues, saveTicketCategory, saveTicketQueue): the same refusals, each naming
 * its field, and the changes kept in this object so that a test sees its own.
 */
export class MockTicketAdminApi {
  private readonly network: Network;
  private readonly org: MockAdminApi;
  private readonly queues: QueueRow[];
  private readonly categories: CategoryRow[];
  private counter = 0;

  constructor(network: Network, org: MockAdminApi) {
    this.network = network;
    this.org = org;
    this.queues = queuesOf(network);
    this.categories = CATEGORIES.map((category) => ({
      ...category,
      names: { ...category.names },
      active: true,
      defaultQueueId: DEFAULT_QUEUE[category.kind] ?? null,
      slaTargets: defaultTargets(category.kind),
    }));
  }

  adminTicketCategories(viewer: PersonRow | undefined, args: { locale?: string | null }) {
    const admin = this.org.requireAdmin(viewer);
    return this.categories.map((row) => this.view(row, args.locale ?? admin.locale));
  }

  adminTicketQueues(viewer: PersonRow | undefined) {
    this.org.requireAdmin(viewer);
    return [...this.queues]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((row) => this.queueView(row));
  }

  /** server/src/tickets/ticket-queues-admin.ts */
  saveTicketQueue(viewer: PersonRow | undefined, { input }: { input: QueueInput }) {
    this.org.requireAdmin(viewer);
    const name = input.name.trim().replace(/\s+/g, ' ');
    if (!name) throw invalid('name', 'REQUIRED');
    if (name.length > MAX_NAME) throw invalid('name', 'TOO_LONG');
    const stored = input.id ? this.queues.find((q) => q.id === input.id) : undefined;
    if (input.id && !stored) throw new MockUserError('NOT_FOUND', 'No such ticket queue');
    const lower = name.toLowerCase();
    if (this.queues.some((q) => q.name.toLowerCase() === lower && q.id !== input.id)) {
      throw invalid('name', 'TAKEN');
    }
    const brandId = input.brandId || null;
    const countryCode = input.countryCode || null;
    if (brandId && !this.network.brands.some((b) => b.id === brandId)) {
      throw invalid('brandId', 'UNKNOWN_BRAND');
    }
    if (countryCode && !this.network.countries.some((c) => c.code === countryCode)) {
      throw invalid('countryCode', 'UNKNOWN_COUNTRY');
    }
    input.memberIds.forEach((id, i) => {
      if (input.memberIds.indexOf(id) !== i) throw invalid(`memberIds.${i}`, 'DUPLICATE');
    });
    input.memberIds.forEach((id, i) => {
      if (!this.org.isActive(id)) throw invalid(`memberIds.${i}`, 'UNKNOWN_PERSON');
    });
    const row: QueueRow = stored ?? {
      id: `queue-mock-${++this.counter}`,
      name,
      brandId,
      countryCode,
      memberIds: [],
    };
    Object.assign(row, { name, brandId, countryCode, memberIds: [...input.memberIds] });
    if (!stored) this.queues.push(row);
    return this.queueView(row);
  }

  saveTicketCategory(
    viewer: PersonRow | undefined,
    args: { input: CategoryInput; locale?: string | null },
  ) {
    const admin = this.org.requireAdmin(viewer);
    const { input } = args;
    if (!CODE.test(input.code)) throw invalid('code', 'INVALID_CODE');
    const names: Record<string, string> = {};
    input.names.forEach(({ locale, name }, i) => {
      if (!LOCALES.includes(locale)) throw invalid(`names.${i}.locale`, 'UNKNOWN_LOCALE');
      if (locale in names) throw invalid(`names.${i}.locale`, 'DUPLICATE');
      const trimmed = name.trim().replace(/\s+/g, ' ');
      if (!trimmed) throw invalid(`names.${i}.name`, 'REQUIRED');
      if (trimmed.length > MAX_NAME) throw invalid(`names.${i}.name`, 'TOO_LONG');
      names[locale] = trimmed;
    });
    if (!names['en']) throw invalid('names', 'REQUIRED');
    const targets = input.slaTargets ?? [];
    checkTargets(targets);
    if (this.categories.some((c) => c.code === input.code && c.id !== input.id)) {
      throw invalid('code', 'TAKEN');
    }
    if (input.defaultQueueId && !this.queues.some((q) => q.id === input.defaultQueueId)) {
      throw invalid('defaultQueueId', 'UNKNOWN_QUEUE');
    }
    const stored = input.id ? this.categories.find((c) => c.id === input.id) : undefined;
    if (input.id && !stored) throw new MockUserError('NOT_FOUND', 'No such ticket category');
    const row: CategoryRow = stored ?? {
      id: `category-mock-${++this.counter}`,
      kind: input.kind,
      code: input.code,
      names,
      active: true,
      defaultQueueId: null,
      slaTargets: defaultTargets(input.kind),
    };
    Object.assign(row, {
      kind: input.kind,
      code: input.code,
      names,
      active: input.active ?? true,
      defaultQueueId: input.defaultQueueId ?? null,
      slaTargets: row.slaTargets.map(
        (current) => targets.find((t) => t.priority === current.priority) ?? current,
      ),
    });
    if (!stored) this.categories.push(row);
    return this.view(row, args.locale ?? admin.locale);
  }

  private view(row: CategoryRow, locale: string) {
    const queue = this.queues.find((q) => q.id === row.defaultQueueId);
    return {
      id: row.id,
      kind: row.kind,
      code: row.code,
      name: row.names[locale] ?? row.names['en']!,
      active: row.active,
      names: LOCALES.filter((l) => l in row.names)
        .sort()
        .map((l) => ({ locale: l, name: row.names[l]! })),
      defaultQueue: queue ? this.queueView(queue) : null,
      slaTargets: row.slaTargets,
    };
  }

  private queueView(row: QueueRow) {
    const people = row.memberIds.map((id) => this.network.people.find((p) => p.id === id)!);
    return {
      id: row.id,
      name: row.name,
      brand: this.network.brands.find((b) => b.id === row.brandId) ?? null,
      country: this.network.countries.find((c) => c.code === row.countryCode) ?? null,
      members: people
        .sort(
          (a, b) =>
            a.familyName.localeCompare(b.familyName) || a.givenName.localeCompare(b.givenName),
        )
        .map((p) => ({
          id: p.id,
          displayName: this.org.isActive(p.id) ? `${p.givenName} ${p.familyName}` : null,
        })),
    };
  }
}
