import type { TypePolicies } from '@apollo/client';
import { appendPages } from '@piazza/shared/screens';

/**
 * How the Apollo cache stores tickets: one list per filter, order and locale, growing page by
 * page; a ticket's history, discussion and photos replaced by each answer (a move or a
 * comment answers the whole ticket).
 */
export const ticketingTypePolicies: TypePolicies = {
  Ticket: {
    fields: {
      history: { merge: false },
      comments: { merge: false },
      photos: { merge: false },
    },
  },
  Query: {
    fields: {
      tickets: { keyArgs: ['filter', 'sort', 'locale'], merge: appendPages },
      ticketCategories: { keyArgs: ['locale'], merge: false },
    },
  },
};
