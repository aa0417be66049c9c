import type { FieldMergeFunction, Reference, TypePolicies } from '@apollo/client';
import { appendPages } from '@piazza/shared/screens';

/**
 * An article's language versions, known by their locale within the article: the list asks
 * for titles only and the editor for everything, so each answer keeps the other's fields
 * of the versions it still has, and a deleted version goes.
 */
const versionsByLocale: FieldMergeFunction<readonly Reference[], readonly Reference[]> = (
  existing,
  incoming,
  { readField, mergeObjects },
) =>
  incoming.map((version) => {
    const locale = readField<string>('locale', version);
    const before = existing?.find((old) => readField<string>('locale', old) === locale);
    return before ? mergeObjects(before, version) : version;
  });

/**
 * How the Apollo cache stores the newsroom: one article list per status, growing page by
 * page; an article's versions merged by locale; its countries and audiences replaced by
 * each answer (a country removed from the target goes), and so are its attachments, its
 * live stream and its video. A country is known by its code.
 */
export const newsroomTypePolicies: TypePolicies = {
  EditorialArticle: {
    fields: {
      versions: { merge: versionsByLocale },
      countries: { merge: false },
      audiences: { merge: false },
      attachments: { merge: false },
      liveStream: { merge: false },
      video: { merge: false },
    },
  },
  Country: { keyFields: ['code'] },
  Query: {
    fields: {
      editorialArticles: { keyArgs: ['status'], merge: appendPages },
      editorCommunities: { merge: false },
    },
  },
};
