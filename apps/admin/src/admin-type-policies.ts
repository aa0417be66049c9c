import type { TypePolicies } from '@apollo/client';
import { appendPages } from '@piazza/shared/screens';

/**
 * How the Apollo cache stores the admin screens' data: one list of people per search and
 * one audit list per filter, growing page by page; a roll-out is known by its app, a
 * country by its code. A scope's id is a brand, country, locale… id, not its own, so
 * scopes stay inside the grant that holds them.
 */
export const adminTypePolicies: TypePolicies = {
  // A saved roll-out, a person's grants: the new list (empty, say) replaces the old one.
  AppRollout: {
    keyFields: ['app'],
    fields: { countries: { merge: false }, dealers: { merge: false } },
  },
  Person: { fields: { grants: { merge: false } } },
  Country: { keyFields: ['code'] },
  Scope: { keyFields: false },
  Query: {
    fields: {
      people: { keyArgs: ['search'], merge: appendPages },
      auditLog: { keyArgs: ['filter'], merge: appendPages },
    },
  },
};
