import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type { PulseSurveyResolvers, QueryResolvers } from '../generated/resolvers.js';
import { forbidden, notFound } from '../graphql/errors.js';
import { afterKeyset } from '../graphql/keyset.js';
import { connection, pageRequest } from '../graphql/pagination.js';
import type { Principal } from '../org/principal.js';
import {
  answeredBy,
  CREATED_KEY,
  loadSurveys,
  openAndAsking,
  type PulseSurveyModel,
} from './pulse-model.js';
import { authorReach, type AuthorReach } from './pulse-reach.js';

/** The most open surveys one person is asked at once that the portal lists. */
const MAX_OPEN = 50;

/** The caller's reach when they may ask surveys at all; FORBIDDEN otherwise. */
export async function reachToAuthor(db: Db, caller: Principal): Promise<AuthorReach> {
  const reach = await authorReach(db, caller);
  if (!reach) throw forbidden();
  return reach;
}

/**
 * One survey as the caller may see it: managing it, or asked by it while it is open;
 * NOT_FOUND otherwise, as for a survey that does not exist.
 */
async function visibleSurvey(db: Db, caller: Principal, id: string): Promise<PulseSurveyModel> {
  const reach = await authorReach(db, caller);
  const [survey] = await loadSurveys(db, caller, reach, {
    where: (managed, params) =>
      `s.id = $${params.push(id)} and (${managed} or ${openAndAsking(caller, params)})`,
  });
  if (!survey) throw notFound('pulse survey');
  return survey;
}

export const pulseSurveys: QueryResolvers['pulseSurveys'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const reach = await reachToAuthor(db, caller);
  const page = pageRequest(args, { parts: 2, max: 100, default: 20 });
  const newestFirst = { keys: [CREATED_KEY], id: 's.id', descending: true };
  const surveys = await loadSurveys(db, caller, reach, {
    where: (managed, params) =>
      page.after ? `${managed} and ${afterKeyset(page.after, newestFirst, params)}` : managed,
    limit: page.limit,
  });
  return connection(
    surveys,
    page,
    (survey) => [survey.createdKey, survey.id],
    (survey) => survey,
  );
};

export const pulseSurvey: QueryResolvers['pulseSurvey'] = (_parent, { id }, { db, principal }) =>
  visibleSurvey(db, signedIn(principal), id);

export const openPulseSurveys: QueryResolvers['openPulseSurveys'] = async (
  _parent,
  _args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  return loadSurveys(db, caller, await authorReach(db, caller), {
    where: (_managed, params) =>
      `${openAndAsking(caller, params)} and not ${answeredBy(caller, params)}`,
    order: 's.closes_at, s.id',
    limit: MAX_OPEN,
  });
};

/** The counts of a survey are its managers' (the response rate of a barometer). */
function managersOnly(survey: object): void {
  if (!('managed' in survey) || survey.managed !== true) throw forbidden();
}

export const PulseSurvey: PulseSurveyResolvers = {
  responseCount: (survey) => {
    managersOnly(survey);
    return survey.responseCount;
  },
  audienceSize: (survey) => {
    managersOnly(survey);
    return survey.audienceSize;
  },
};
