import { admin, mayReadPersonal } from '../access/guard.js';
import type { PersonResolvers, QueryResolvers } from '../generated/resolvers.js';
import { notFound } from '../graphql/errors.js';
import { connection, pageRequest } from '../graphql/pagination.js';
import { containsPattern } from '../graphql/search.js';
import { loadPerson, personQuery, type PersonModel } from './person-model.js';

export const people: QueryResolvers['people'] = async (_parent, args, { db, principal }) => {
  admin(principal);
  const page = pageRequest(args, { parts: 3, max: 100, default: 25 });
  const params: unknown[] = [
    containsPattern(args.search),
    args.search?.trim() ?? null,
    ...(page.after ?? [null, null, null]),
    page.limit,
  ];
  const rows = await db.query<PersonModel>(
    personQuery(`
      where ($1::text is null or p.id = $2
             or (p.given_name || ' ' || p.family_name) ilike $1 or p.email ilike $1)
        and ($3::text is null or (p.family_name, p.given_name, p.id) > ($3, $4, $5))
      order by p.family_name, p.given_name, p.id
      limit $6`),
    params,
  );
  return connection(
    rows,
    page,
    (row) => [row.familyName, row.givenName, row.id],
    (row) => row,
  );
};

export const person: QueryResolvers['person'] = async (_parent, args, { db, principal }) => {
  admin(principal);
  const found = await loadPerson(db, args.id);
  if (!found) throw notFound('person');
  return found;
};

/** Private fields answer only the person themself and admins. */
export const Person: PersonResolvers = {
  displayName: (person) =>
    person.erasedAt ? '' : `${person.givenName} ${person.familyName}`.trim(),
  email: (person, _args, { principal }) =>
    !person.erasedAt && mayReadPersonal(principal, person.id) ? person.email : null,
  grants: (person, _args, { principal }) =>
    mayReadPersonal(principal, person.id) ? person.grants : [],
  erased: (person) => person.erasedAt !== null,
};
