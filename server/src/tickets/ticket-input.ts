import type { CreateTicketInput, NonConformityInput, TicketKind } from '../generated/resolvers.js';
import { invalidField } from '../graphql/errors.js';
import { characterCount, normaliseBody } from '../news/comments/comment-text.js';

/** Limits of a ticket's texts, in characters (the database checks them too). */
export const MAX_TITLE_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 5000;
export const MAX_TICKET_COMMENT_LENGTH = 2000;
const MAX_CUSTOMER_REFERENCE_LENGTH = 60;
const MAX_IDEMPOTENCY_KEY_LENGTH = 100;

/** 17 characters; I, O and Q are never used, to avoid confusion with 1 and 0. */
const VIN = /^[A-HJ-NPR-Z0-9]{17}$/;

/** A text as stored (normalised plain text), or REQUIRED / TOO_LONG naming `field`. */
export function plainText(field: string, value: string, max: number): string {
  const text = normaliseBody(value);
  if (text === '') throw invalidField(field, 'REQUIRED', `${field} is required`);
  if (characterCount(text) > max) {
    throw invalidField(field, 'TOO_LONG', `${field} is limited to ${max} characters`);
  }
  return text;
}

/** An optional one-line text: null when empty. */
function optionalText(field: string, value: string | null | undefined, max: number) {
  return value?.trim() ? plainText(field, value, max) : null;
}

export function idempotencyKey(value: string): string {
  return plainText('idempotencyKey', value, MAX_IDEMPOTENCY_KEY_LENGTH);
}

export interface CleanNonConformity {
  vin: string | null;
  customerReference: string | null;
  severity: NonConformityInput['severity'];
}

/** A non-conformity's own fields: a vehicle or a customer, and a severity. */
function nonConformityFields(input: NonConformityInput): CleanNonConformity {
  const vin = input.vin?.trim().toUpperCase() || null;
  if (vin !== null && !VIN.test(vin)) {
    throw invalidField(
      'nonConformity.vin',
      'INVALID_VIN',
      'A VIN has 17 letters and digits, without I, O or Q',
    );
  }
  const customerReference = optionalText(
    'nonConformity.customerReference',
    input.customerReference,
    MAX_CUSTOMER_REFERENCE_LENGTH,
  );
  if (vin === null && customerReference === null) {
    throw invalidField(
      'nonConformity.vin',
      'REQUIRED',
      'Name the vehicle (VIN) or the customer (reference) concerned',
    );
  }
  return { vin, customerReference, severity: input.severity };
}

export interface CleanTicket {
  title: string;
  description: string;
  priority: NonNullable<CreateTicketInput['priority']>;
  nonConformity: CleanNonConformity | null;
}

/** The input as stored, for a category of `kind`; BAD_USER_INPUT naming the field otherwise. */
export function cleanTicket(input: CreateTicketInput, kind: TicketKind): CleanTicket {
  // A title is one line, whatever was pasted into it.
  const title = plainText('title', input.title, MAX_TITLE_LENGTH).replace(/\s+/g, ' ');
  const description = plainText('description', input.description, MAX_DESCRIPTION_LENGTH);
  const given = input.nonConformity ?? null;
  if (kind === 'NON_CONFORMITY' && !given) {
    throw invalidField('nonConformity', 'REQUIRED', 'A non-conformity names its severity');
  }
  if (kind !== 'NON_CONFORMITY' && given) {
    throw invalidField('nonConformity', 'NOT_APPLICABLE', 'Only non-conformities have these');
  }
  return {
    title,
    description,
    priority: input.priority ?? 'NORMAL',
    nonConformity: given && nonConformityFields(given),
  };
}
