import type { TicketQueueInput } from '@piazza/shared/graphql';
import type { AdminTicketQueueFieldsFragment } from './ticket-queue.fragment.generated.js';

export interface QueueMember {
  id: string;
  /** Null once the person's data was erased. */
  displayName: string | null;
}

/** The form's state, kept as typed when a save fails. */
export interface QueueDraft {
  name: string;
  /** Empty: every brand. */
  brandId: string;
  /** Empty: every country. */
  countryCode: string;
  /** In the order they were added: the order sent, which `formFieldOf` relies on. */
  members: readonly QueueMember[];
}

export function emptyDraft(): QueueDraft {
  return { name: '', brandId: '', countryCode: '', members: [] };
}

export function draftOf(queue: AdminTicketQueueFieldsFragment): QueueDraft {
  return {
    name: queue.name,
    brandId: queue.brand?.id ?? '',
    countryCode: queue.country?.code ?? '',
    members: queue.members.map(({ id, displayName }) => ({ id, displayName })),
  };
}

export function inputOf(draft: QueueDraft, id: string | undefined): TicketQueueInput {
  return {
    id,
    name: draft.name,
    brandId: draft.brandId || null,
    countryCode: draft.countryCode || null,
    memberIds: draft.members.map((member) => member.id),
  };
}

/** The form's id of a member's row, also the key of its error. */
export const memberField = (personId: string) => `member-${personId}`;

/**
 * The form's field a server refusal names: `memberIds.2` is the third member sent.
 * Undefined for a field the form does not show.
 */
export function formFieldOf(field: string, sent: TicketQueueInput): string | undefined {
  const [list, index] = field.split('.');
  if (list === 'memberIds') {
    const personId = sent.memberIds[Number(index)];
    return personId === undefined ? undefined : memberField(personId);
  }
  return ['name', 'brandId', 'countryCode'].includes(field) ? field : undefined;
}
