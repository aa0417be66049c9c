import type { Network } from '../server/src/seed/network-types.js';
import { isTag } from '../shared/src/text/tags.js';
import { invalid } from './newsroom-rules.js';

/*
 * The rules of a ticket's input as the server applies them (server/src/tickets/
 * ticket-input.ts), for the mocks: its categories, texts and non-conformity.
 */

export type Kind = 'HELP_DESK' | 'NON_CONFORMITY' | 'REQUEST';

/** The categories of server/migrations/0013_tickets.sql, named in every portal locale. */
export const CATEGORIES: readonly {
  id: string;
  kind: Kind;
  code: string;
  names: Record<string, string>;
}[] = [
  {
    id: 'category-it',
    kind: 'HELP_DESK',
    code: 'IT',
    names: {
      en: 'IT',
      it: 'Informatica',
      fr: 'Informatique',
      es: 'Informática',
      de: 'IT',
      nl: 'IT',
      pl: 'IT',
    },
  },
  {
    id: 'category-crm-duplicate',
    kind: 'HELP_DESK',
    code: 'CRM_DUPLICATE_CUSTOMER',
    names: {
      en: 'CRM: duplicate customer record',
      it: 'CRM: cliente duplicato',
      fr: 'CRM : fiche client en double',
      es: 'CRM: cliente duplicado',
      de: 'CRM: doppelter Kundendatensatz',
      nl: 'CRM: dubbele klantrecord',
      pl: 'CRM: zduplikowany rekord klienta',
    },
  },
  {
    id: 'category-crm-wrong-data',
    kind: 'HELP_DESK',
    code: 'CRM_WRONG_CUSTOMER_DATA',
    names: {
      en: 'CRM: wrong customer data',
      it: 'CRM: dati cliente errati',
      fr: 'CRM : données client erronées',
      es: 'CRM: datos de cliente erróneos',
      de: 'CRM: falsche Kundendaten',
      nl: 'CRM: onjuiste klantgegevens',
      pl: 'CRM: błędne dane klienta',
    },
  },
  {
    id: 'category-crm-missing-data',
    kind: 'HELP_DESK',
    code: 'CRM_MISSING_DATA',
    names: {
      en: 'CRM: missing data',
      it: 'CRM: dati mancanti',
      fr: 'CRM : données manquantes',
      es: 'CRM: datos que faltan',
      de: 'CRM: fehlende Daten',
      nl: 'CRM: ontbrekende gegevens',
      pl: 'CRM: brakujące dane',
    },
  },
  {
    id: 'category-nc-sales',
    kind: 'NON_CONFORMITY',
    code: 'SALES_PROCESS',
    names: {
      en: 'Sales process',
      it: 'Processo di vendita',
      fr: 'Processus de vente',
      es: 'Proceso de venta',
      de: 'Verkaufsprozess',
      nl: 'Verkoopproces',
      pl: 'Proces sprzedaży',
    },
  },
  {
    id: 'category-nc-workshop',
    kind: 'NON_CONFORMITY',
    code: 'WORKSHOP_PROCESS',
    names: {
      en: 'Workshop process',
      it: 'Processo di officina',
      fr: 'Processus atelier',
      es: 'Proceso de taller',
      de: 'Werkstattprozess',
      nl: 'Werkplaatsproces',
      pl: 'Proces warsztatowy',
    },
  },
  {
    id: 'category-nc-parts',
    kind: 'NON_CONFORMITY',
    code: 'PARTS_LOGISTICS',
    names: {
      en: 'Parts logistics',
      it: 'Logistica ricambi',
      fr: 'Logistique pièces',
      es: 'Logística de recambios',
      de: 'Teilelogistik',
      nl: 'Onderdelenlogistiek',
      pl: 'Logistyka części',
    },
  },
  {
    id: 'category-nc-warranty',
    kind: 'NON_CONFORMITY',
    code: 'WARRANTY',
    names: {
      en: 'Warranty',
      it: 'Garanzia',
      fr: 'Garantie',
      es: 'Garantía',
      de: 'Garantie',
      nl: 'Garantie',
      pl: 'Gwarancja',
    },
  },
  {
    id: 'category-request-other',
    kind: 'REQUEST',
    code: 'OTHER',
    names: {
      en: 'Other request',
      it: 'Altra richiesta',
      fr: 'Autre demande',
      es: 'Otra solicitud',
      de: 'Sonstige Anfrage',
      nl: 'Overig verzoek',
      pl: 'Inne zgłoszenie',
    },
  },
];

const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;
export const MAX_TITLE = 120;
export const MAX_DESCRIPTION = 5000;
export const MAX_COMMENT = 2000;
const MAX_CUSTOMER_REFERENCE = 60;

export interface NonConformity {
  vin: string | null;
  customerReference: string | null;
  severity: string;
}

/** Plain text as the server stores it: trimmed, REQUIRED when empty, TOO_LONG past `max`. */
export function text(field: string, value: string | null | undefined, max: number): string {
  const clean = (value ?? '').trim();
  if (clean === '') throw invalid(field, 'REQUIRED');
  if ([...clean].length > max) throw invalid(field, 'TOO_LONG');
  return clean;
}

/** A non-conformity's own fields as stored: required for that kind, refused for others. */
export function nonConformity(
  kind: Kind,
  given: (Partial<NonConformity> & { severity: string }) | null | undefined,
): NonConformity | null {
  if (kind === 'NON_CONFORMITY' && !given) throw invalid('nonConformity', 'REQUIRED');
  if (kind !== 'NON_CONFORMITY' && given) throw invalid('nonConformity', 'NOT_APPLICABLE');
  if (!given) return null;
  const vin = given.vin?.trim().toUpperCase() || null;
  if (vin !== null && !VIN.test(vin)) throw invalid('nonConformity.vin', 'INVALID_VIN');
  const reference = given.customerReference?.trim()
    ? text('nonConformity.customerReference', given.customerReference, MAX_CUSTOMER_REFERENCE)
    : null;
  if (vin === null && reference === null) throw invalid('nonConformity.vin', 'REQUIRED');
  return { vin, customerReference: reference, severity: given.severity };
}

/** A checklist as stored (server/src/tickets/ticket-checklist.ts): at most 20 one-line items. */
export function checklistOf(labels: readonly string[] | null | undefined): string[] {
  const given = labels ?? [];
  if (given.length > 20) throw invalid('checklist', 'TOO_MANY');
  return given.map((label, i) => text(`checklist.${i}`, label, 200).replace(/\s+/g, ' '));
}

/** A ticket's tags as stored (server/src/tickets/ticket-tags.ts): at most 10, sorted. */
export function ticketTagsOf(tags: readonly string[]): string[] {
  const clean = tags.map((given, i) => {
    const tag = given.trim().replace(/^#/, '').toLowerCase();
    if (tag === '') throw invalid(`tags.${i}`, 'REQUIRED');
    if (!isTag(tag)) throw invalid(`tags.${i}`, 'INVALID_TAG');
    return tag;
  });
  const unique = [...new Set(clean)].sort();
  if (unique.length > 10) throw invalid('tags', 'TOO_MANY');
  return unique;
}

export type SlaState = 'ON_TRACK' | 'AT_RISK' | 'BREACHED' | 'MET';

/**
 * The response and resolution targets in minutes by priority (migration 0014's defaults,
 * which every category starts from); a non-conformity gets twice the time to resolve.
 */
export const SLA_MINUTES: Record<string, { respond: number; resolve: number }> = {
  URGENT: { respond: 60, resolve: 480 },
  HIGH: { respond: 240, resolve: 1440 },
  NORMAL: { respond: 480, resolve: 4320 },
  LOW: { respond: 1440, resolve: 10080 },
};
const MINUTE_MS = 60_000;

/** The clocks a ticket keeps for its service levels (server/src/tickets/ticket-sla.ts). */
export interface SlaClocks {
  kind: Kind;
  priority: string;
  createdAt: string;
  respondedAt: string | null;
  resolutionStartedAt: string;
  resolvedAt: string | null;
}

/** A ticket's deadlines and state at `now`, as the server's SLA_JOIN computes them. */
export function slaOf(clocks: SlaClocks, now: number) {
  const target = SLA_MINUTES[clocks.priority]!;
  const resolveMinutes = target.resolve * (clocks.kind === 'NON_CONFORMITY' ? 2 : 1);
  const respondBy = Date.parse(clocks.createdAt) + target.respond * MINUTE_MS;
  const resolveBy = Date.parse(clocks.resolutionStartedAt) + resolveMinutes * MINUTE_MS;
  const at = (iso: string | null) => (iso === null ? now : Date.parse(iso));
  let state: SlaState = 'ON_TRACK';
  if (at(clocks.respondedAt) > respondBy || at(clocks.resolvedAt) > resolveBy) state = 'BREACHED';
  else if (clocks.resolvedAt !== null) state = 'MET';
  else if (
    (clocks.respondedAt === null && respondBy - now < (target.respond * MINUTE_MS) / 4) ||
    resolveBy - now < (resolveMinutes * MINUTE_MS) / 4
  ) {
    state = 'AT_RISK';
  }
  return {
    respondBy: new Date(respondBy).toISOString(),
    resolveBy: new Date(resolveBy).toISOString(),
    respondedAt: clocks.respondedAt,
    state,
  };
}

/** The orders of the ticket list (`tickets(sort:)`). */
export type TicketSort = 'NEWEST' | 'RECENTLY_UPDATED' | 'PRIORITY' | 'DUE_SOONEST';

const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];

/**
 * Tickets given newest first, in the list's order as server/src/tickets/ticket-sort.ts
 * puts them: each order's keys compared in turn, ties left newest first (a stable sort).
 */
export function sortTickets<T extends SlaClocks & { status: string; updatedAt: string }>(
  newestFirst: readonly T[],
  sort: TicketSort,
  now: number,
): T[] {
  const done = (t: T) => t.status === 'RESOLVED' || t.status === 'CLOSED';
  const keys: Record<TicketSort, (t: T) => number[]> = {
    NEWEST: () => [],
    RECENTLY_UPDATED: (t) => [-Date.parse(t.updatedAt)],
    PRIORITY: (t) => [-PRIORITIES.indexOf(t.priority)],
    DUE_SOONEST: (t) =>
      done(t) ? [1, -Date.parse(t.updatedAt)] : [0, Date.parse(slaOf(t, now).resolveBy)],
  };
  const key = keys[sort];
  return [...newestFirst].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    const i = ka.findIndex((value, j) => value !== kb[j]);
    return i < 0 ? 0 : ka[i]! - kb[i]!;
  });
}

/** A team queue as the demo seeds them (server/src/seed/ticket-queues.ts). */
export interface QueueRow {
  id: string;
  name: string;
  /** Null: serves every brand (the group's IT help desk), likewise for the country. */
  brandId: string | null;
  countryCode: string | null;
  memberIds: string[];
}

/**
 * The demo's queues drawn from a network: the group's IT help desk (its IT admins) and an
 * after-sales team per brand and country with dealers (its area managers).
 */
export function queuesOf(network: Network): QueueRow[] {
  const regions = new Map(network.regions.map((r) => [r.id, r.countryCode]));
  const afterSales = new Map<string, QueueRow>();
  for (const dealer of network.dealers) {
    const brand = network.brands.find((b) => b.id === dealer.brandId)!;
    const country = network.countries.find((c) => c.code === regions.get(dealer.regionId))!;
    const id = `queue-${brand.code}-${country.code.toLowerCase()}-after-sales`;
    if (afterSales.has(id)) continue;
    afterSales.set(id, {
      id,
      name: `${brand.name} ${country.name} after-sales`,
      brandId: brand.id,
      countryCode: country.code,
      memberIds: network.people
        .filter(
          (p) =>
            p.job === 'AREA_MANAGER' && p.brandId === brand.id && p.countryCode === country.code,
        )
        .map((p) => p.id),
    });
  }
  const it: QueueRow = {
    id: 'queue-group-it',
    name: 'Group IT help desk',
    brandId: null,
    countryCode: null,
    memberIds: network.people.filter((p) => p.job === 'IT_ADMIN').map((p) => p.id),
  };
  return [it, ...afterSales.values()];
}

/** The queue a new ticket of the kind lands in: help-desk tickets go to the group's IT. */
export const DEFAULT_QUEUE: Partial<Record<Kind, string>> = { HELP_DESK: 'queue-group-it' };

/**
 * A cell of the tickets' CSV as server/src/tickets/tickets-csv.ts writes it (that module
 * reaches the database, which the mocks, running in the browser, cannot import).
 */
export function csvCell(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** A kind of file filed with tickets (server/src/tickets/ticket-files.ts). */
export interface FileKind {
  path: string;
  /** The types taken, by the upload's content type, and their extension. */
  types: Record<string, string>;
  maxBytes: number;
  wrongType: string;
  field: 'photoIds' | 'attachmentIds';
  unknown: string;
  /** Whether an upload is named (`?name=`, else BAD_NAME). */
  named: boolean;
}

export const MAX_FILES_PER_TICKET = 5;

export const PHOTO_FILES: FileKind = {
  path: '/api/tickets/photos',
  types: { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' },
  // As the server's media uploads (the app sends photos resized, far below it).
  maxBytes: 5 * 1024 * 1024,
  wrongType: 'NOT_AN_IMAGE',
  field: 'photoIds',
  unknown: 'UNKNOWN_PHOTO',
  named: false,
};

export const DOCUMENT_FILES: FileKind = {
  path: '/api/tickets/attachments',
  types: { 'application/pdf': 'pdf' },
  maxBytes: 10 * 1024 * 1024,
  wrongType: 'NOT_A_PDF',
  field: 'attachmentIds',
  unknown: 'UNKNOWN_ATTACHMENT',
  named: true,
};

/** A file's name as the server keeps it (server/src/http/ticket-files.ts), or null: BAD_NAME. */
export function uploadName(given: string | null): string | null {
  const name = (given ?? '')
    .split(/[/\\]/)
    .pop()!
    .replace(/\p{Cc}/gu, '')
    .trim();
  return name && [...name].length <= 200 ? name : null;
}
