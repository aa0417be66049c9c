import type { OutboxWrite } from '@piazza/shared';
import type { FieldError } from '@piazza/shared/screens';
import type {
  CreateTicketInput,
  NonConformitySeverity,
  TicketKind,
  TicketPriority,
} from '@piazza/shared/graphql';
import {
  CreateTicketDocument,
  type CreateTicketMutation,
  type CreateTicketMutationVariables,
} from './new-ticket.generated.js';
import { documentUploadPath } from './documents.js';
import { MAX_CHECKLIST_ITEMS, MAX_CHECKLIST_ITEM_LENGTH } from './checklist.js';

/** The `common` key the outbox lists a ticket under while it waits to be sent. */
export const CREATE_TICKET_LABEL = 'outbox.label.createTicket';

/** The server's limits (server/src/tickets/ticket-input.ts), checked before sending. */
const MAX_TITLE_LENGTH = 120;
const MAX_DESCRIPTION_LENGTH = 5000;
const MAX_CUSTOMER_REFERENCE_LENGTH = 60;
/** 17 characters; I, O and Q are never used, to avoid confusion with 1 and 0. */
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** The form as typed: empty strings for what is not chosen yet. */
export interface TicketDraft {
  kind: TicketKind | '';
  categoryId: string;
  title: string;
  description: string;
  priority: TicketPriority;
  /** Empty: the person's own dealer. */
  dealerId: string;
  vin: string;
  customerReference: string;
  severity: NonConformitySeverity | '';
  /** The steps of its checklist, in order; empty: none. */
  checklist: readonly string[];
}

export const EMPTY_DRAFT: TicketDraft = {
  kind: '',
  categoryId: '',
  title: '',
  description: '',
  priority: 'NORMAL',
  dealerId: '',
  vin: '',
  customerReference: '',
  severity: '',
  checklist: [],
};

const length = (text: string) => [...text.trim()].length;

function textProblem(field: string, text: string, max: number): FieldError[] {
  if (length(text) === 0) return [{ field, reason: 'REQUIRED' }];
  return length(text) > max ? [{ field, reason: 'TOO_LONG' }] : [];
}

/**
 * What the server would refuse in the draft, named as the server names it (field and
 * reason), so the form shows it at once and in the same words.
 */
export function draftProblems(draft: TicketDraft): FieldError[] {
  const problems: FieldError[] = [
    ...(draft.kind ? [] : [{ field: 'kind', reason: 'REQUIRED' }]),
    ...(draft.categoryId ? [] : [{ field: 'categoryId', reason: 'REQUIRED' }]),
    ...textProblem('title', draft.title, MAX_TITLE_LENGTH),
    ...textProblem('description', draft.description, MAX_DESCRIPTION_LENGTH),
    ...(draft.checklist.length > MAX_CHECKLIST_ITEMS
      ? [{ field: 'checklist', reason: 'TOO_MANY' }]
      : []),
    ...draft.checklist.flatMap((item, i) =>
      textProblem(`checklist.${i}`, item, MAX_CHECKLIST_ITEM_LENGTH),
    ),
  ];
  if (draft.kind !== 'NON_CONFORMITY') return problems;
  const vin = draft.vin.trim().toUpperCase();
  if (vin && !VIN.test(vin)) problems.push({ field: 'nonConformity.vin', reason: 'INVALID_VIN' });
  if (!vin && !draft.customerReference.trim()) {
    problems.push({ field: 'nonConformity.vin', reason: 'REQUIRED' });
  }
  if (length(draft.customerReference) > MAX_CUSTOMER_REFERENCE_LENGTH) {
    problems.push({ field: 'nonConformity.customerReference', reason: 'TOO_LONG' });
  }
  if (!draft.severity) problems.push({ field: 'nonConformity.severity', reason: 'REQUIRED' });
  return problems;
}

/** The mutation's input for a draft without problems. */
export function ticketInput(draft: TicketDraft): CreateTicketInput {
  return {
    categoryId: draft.categoryId,
    dealerId: draft.dealerId || null,
    title: draft.title.trim(),
    description: draft.description.trim(),
    priority: draft.priority,
    checklist: draft.checklist.map((item) => item.trim()),
    nonConformity:
      draft.kind === 'NON_CONFORMITY' && draft.severity
        ? {
            vin: draft.vin.trim().toUpperCase() || null,
            customerReference: draft.customerReference.trim() || null,
            severity: draft.severity,
          }
        : null,
  };
}

/**
 * The outbox write that files a ticket once, however often it is replayed: its key is the
 * idempotency key, and each photo (document) is uploaded before the mutation, its id
 * appended to `input.photoIds` (`input.attachmentIds`).
 */
export function createTicketWrite(
  draft: TicketDraft,
  options: { photos: readonly Blob[]; documents: readonly File[]; locale: string },
): OutboxWrite<CreateTicketMutation, CreateTicketMutationVariables> {
  const key = crypto.randomUUID();
  const input = ticketInput(draft);
  return {
    key,
    mutation: CreateTicketDocument,
    variables: { input, idempotencyKey: key, locale: options.locale },
    uploads: [
      ...options.photos.map((blob) => ({
        path: '/api/tickets/photos',
        blob,
        variable: 'input.photoIds',
      })),
      ...options.documents.map((file) => ({
        path: documentUploadPath(file),
        blob: file,
        variable: 'input.attachmentIds',
      })),
    ],
    label: { key: CREATE_TICKET_LABEL, values: { title: input.title } },
  };
}
