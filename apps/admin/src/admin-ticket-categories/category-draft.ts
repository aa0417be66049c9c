import type { FieldError } from '@piazza/shared/screens';
import type {
  TicketCategoryInput,
  TicketKind,
  TicketPriority,
  TicketSlaTargetInput,
} from '@piazza/shared/graphql';
import type { AdminTicketCategoryFieldsFragment } from './ticket-category.fragment.generated.js';

/** The languages a category is named in, English (required) first. */
export const CATEGORY_LOCALES = ['en', 'it', 'fr', 'es', 'de', 'nl', 'pl'] as const;
export const TICKET_KINDS: readonly TicketKind[] = ['HELP_DESK', 'NON_CONFORMITY', 'REQUEST'];
/** Most pressing first, as a help desk reads them. */
export const PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

/** A priority's targets in hours, as typed: an empty pair keeps the current targets. */
export interface TargetDraft {
  respond: string;
  resolve: string;
}

/** The form's state, kept as typed when a save fails. */
export interface CategoryDraft {
  kind: TicketKind;
  code: string;
  names: Record<string, string>;
  active: boolean;
  /** Empty: no default queue. */
  defaultQueueId: string;
  targets: Record<TicketPriority, TargetDraft>;
}

const MINUTES_PER_HOUR = 60;
/**
 * The server's bounds (a minute, a year), checked here too: a far larger or smaller number
 * does not fit the API's Int and would fail as a whole rather than next to its field.
 */
const MAX_TARGET_MINUTES = 525_600;

/** "1.5" for 90 minutes: hours are what help desks promise. */
function hoursOf(minutes: number): string {
  return String(Math.round((minutes / MINUTES_PER_HOUR) * 100) / 100);
}

/** A new category: a help-desk one, its targets left to its kind's defaults. */
export function emptyDraft(): CategoryDraft {
  const empty = { respond: '', resolve: '' };
  return {
    kind: 'HELP_DESK',
    code: '',
    names: {},
    active: true,
    defaultQueueId: '',
    targets: { URGENT: empty, HIGH: empty, NORMAL: empty, LOW: empty },
  };
}

export function draftOf(category: AdminTicketCategoryFieldsFragment): CategoryDraft {
  const draft = emptyDraft();
  for (const target of category.slaTargets) {
    draft.targets[target.priority] = {
      respond: hoursOf(target.respondWithinMinutes),
      resolve: hoursOf(target.resolveWithinMinutes),
    };
  }
  return {
    ...draft,
    kind: category.kind,
    code: category.code,
    names: Object.fromEntries(category.names.map(({ locale, name }) => [locale, name])),
    active: category.active,
    defaultQueueId: category.defaultQueue?.id ?? '',
  };
}

/** The form's id of a priority's target field, also the key of its error. */
export const targetField = (priority: TicketPriority, which: keyof TargetDraft) =>
  `target-${priority}-${which}`;

export const nameField = (locale: string) => `name-${locale}`;

/** Hours as typed ("1,5" too) in whole minutes; NaN when it is no number. */
function minutesOf(hours: string): number {
  return Math.round(Number(hours.trim().replace(',', '.')) * MINUTES_PER_HOUR);
}

/** Why a typed target cannot be sent, if it cannot (`Number('')` is 0, not NaN). */
function targetProblem(typed: string, minutes: number): string | undefined {
  if (typed.trim() === '' || Number.isNaN(minutes)) return 'REQUIRED';
  if (minutes < 1) return 'TOO_SMALL';
  if (minutes > MAX_TARGET_MINUTES) return 'TOO_LARGE';
  return undefined;
}

/**
 * What the form sends, or the fields to correct first: a priority with one target typed
 * and the other empty, a target under a minute or beyond a year. The input's lists are in the form's order, which `formFieldOf`
 * relies on to place the server's refusals.
 */
export function inputOf(
  draft: CategoryDraft,
  id: string | undefined,
): { input: TicketCategoryInput } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const slaTargets: TicketSlaTargetInput[] = [];
  for (const priority of PRIORITIES) {
    const typed = draft.targets[priority];
    if (typed.respond.trim() === '' && typed.resolve.trim() === '') continue;
    const minutes = { respond: minutesOf(typed.respond), resolve: minutesOf(typed.resolve) };
    for (const which of ['respond', 'resolve'] as const) {
      const reason = targetProblem(typed[which], minutes[which]);
      if (reason) errors.push({ field: targetField(priority, which), reason });
    }
    slaTargets.push({
      priority,
      respondWithinMinutes: minutes.respond,
      resolveWithinMinutes: minutes.resolve,
    });
  }
  if (errors.length > 0) return { errors };
  return {
    input: {
      id,
      kind: draft.kind,
      code: draft.code.trim(),
      names: CATEGORY_LOCALES.filter((locale) => (draft.names[locale] ?? '').trim() !== '').map(
        (locale) => ({ locale, name: draft.names[locale]! }),
      ),
      active: draft.active,
      defaultQueueId: draft.defaultQueueId || null,
      slaTargets,
    },
  };
}

const TARGET_FIELDS = { respondWithinMinutes: 'respond', resolveWithinMinutes: 'resolve' } as const;

/**
 * The form's field a server refusal names: `names.2.name` is the third name sent,
 * `slaTargets.0.resolveWithinMinutes` the first priority sent; `names` (no English name)
 * is the English field. Undefined for a field the form does not show.
 */
export function formFieldOf(field: string, sent: TicketCategoryInput): string | undefined {
  const [list, index, part] = field.split('.');
  if (list === 'names') {
    return nameField(index === undefined ? 'en' : (sent.names[Number(index)]?.locale ?? 'en'));
  }
  if (list === 'slaTargets') {
    const target = sent.slaTargets?.[Number(index)];
    const which = TARGET_FIELDS[part as keyof typeof TARGET_FIELDS] ?? 'respond';
    return target ? targetField(target.priority, which) : undefined;
  }
  return ['kind', 'code', 'defaultQueueId'].includes(field) ? field : undefined;
}
