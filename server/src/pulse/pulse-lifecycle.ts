import { randomUUID } from 'node:crypto';
import { signedIn } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { invalidField, notFound } from '../graphql/errors.js';
import type { Principal } from '../org/principal.js';
import { AUDIENCE_COUNT } from './pulse-audience.js';
import { cleanSurvey } from './pulse-input.js';
import { loadSurveys, MIN_RESPONSES, type PulseSurveyModel } from './pulse-model.js';
import type { AuthorReach } from './pulse-reach.js';
import { reachToAuthor } from './pulse-queries.js';

/**
 * A survey's life: a draft its managers shape, opened until a chosen time (the audience is
 * counted then), closed by its managers or by the clock.
 */

const HOUR_MS = 3_600_000;
const MIN_OPEN_MS = HOUR_MS;
const MAX_OPEN_MS = 60 * 24 * HOUR_MS;

/** A survey the caller manages; NOT_FOUND otherwise, as for one that does not exist. */
async function managedSurvey(
  db: Db,
  caller: Principal,
  reach: AuthorReach,
  id: string,
): Promise<PulseSurveyModel> {
  const [survey] = await loadSurveys(db, caller, reach, {
    where: (managed, params) => `s.id = $${params.push(id)} and ${managed}`,
  });
  if (!survey) throw notFound('pulse survey');
  return survey;
}

async function managedDraft(db: Db, caller: Principal, reach: AuthorReach, id: string) {
  const survey = await managedSurvey(db, caller, reach, id);
  if (survey.status !== 'DRAFT') {
    throw invalidField('id', 'NOT_DRAFT', 'Only a draft can be changed or opened');
  }
  return survey;
}

export const savePulseSurvey: MutationResolvers['savePulseSurvey'] = async (
  _parent,
  { input },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const reach = await reachToAuthor(db, caller);
  const draft = input.id ? await managedDraft(db, caller, reach, input.id) : null;
  const survey = await cleanSurvey(db, reach, input, draft?.questions ?? []);
  const values = [
    survey.brandId,
    survey.title,
    survey.locale,
    JSON.stringify(survey.questions),
    JSON.stringify(survey.audience),
  ];
  const id = draft?.id ?? `pulse-${randomUUID()}`;
  // The status is checked again: a draft opened meanwhile stays as it was opened.
  const [saved] = draft
    ? await db.query(
        `update pulse_surveys set brand_id = $2, title = $3, locale = $4,
           questions = $5::jsonb, audience = $6::jsonb
         where id = $1 and status = 'DRAFT' returning id`,
        [id, ...values],
      )
    : await db.query(
        `insert into pulse_surveys (id, brand_id, title, locale, questions, audience, author_id)
         values ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7) returning id`,
        [id, ...values, caller.personId],
      );
  if (!saved) throw invalidField('id', 'NOT_DRAFT', 'Only a draft can be changed or opened');
  return managedSurvey(db, caller, reach, id);
};

export const openPulseSurvey: MutationResolvers['openPulseSurvey'] = async (
  _parent,
  { id, closesAt },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const reach = await reachToAuthor(db, caller);
  await managedDraft(db, caller, reach, id);
  const closes = new Date(closesAt);
  const ahead = closes.getTime() - Date.now();
  if (Number.isNaN(ahead) || ahead < MIN_OPEN_MS) {
    throw invalidField('closesAt', 'TOO_SMALL', 'A survey stays open at least an hour');
  }
  if (ahead > MAX_OPEN_MS) {
    throw invalidField('closesAt', 'TOO_LARGE', 'A survey stays open at most 60 days');
  }
  await db.transaction(async (tx) => {
    const [opened] = await tx.query<{ audience_size: number }>(
      `update pulse_surveys s set status = 'OPEN', opened_at = now(), closes_at = $2,
         audience_size = ${AUDIENCE_COUNT}
       where s.id = $1 and s.status = 'DRAFT' returning s.audience_size`,
      [id, closes.toISOString()],
    );
    if (!opened) throw invalidField('id', 'NOT_DRAFT', 'Only a draft can be opened');
    // Fewer people than it takes to show results could never see any: nothing to open.
    if (opened.audience_size < MIN_RESPONSES) {
      throw invalidField('audience', 'TOO_SMALL', `Ask at least ${MIN_RESPONSES} people`);
    }
    await recordAudit(tx, caller, {
      action: 'pulse.open',
      targetType: 'pulse_survey',
      targetId: id,
      details: { closesAt: closes.toISOString(), audienceSize: opened.audience_size },
    });
  });
  return managedSurvey(db, caller, reach, id);
};

export const closePulseSurvey: MutationResolvers['closePulseSurvey'] = async (
  _parent,
  { id },
  { db, principal },
) => {
  const caller = signedIn(principal);
  const reach = await reachToAuthor(db, caller);
  const survey = await managedSurvey(db, caller, reach, id);
  if (survey.status === 'DRAFT') throw invalidField('id', 'NOT_OPEN', 'The survey is not open');
  if (survey.status === 'CLOSED') throw invalidField('id', 'CLOSED', 'The survey is closed');
  await db.transaction(async (tx) => {
    const [closed] = await tx.query(
      `update pulse_surveys set status = 'CLOSED', closed_at = now()
       where id = $1 and status = 'OPEN' and closes_at > now() returning id`,
      [id],
    );
    if (!closed) throw invalidField('id', 'CLOSED', 'The survey is closed');
    await recordAudit(tx, caller, {
      action: 'pulse.close',
      targetType: 'pulse_survey',
      targetId: id,
    });
  });
  return managedSurvey(db, caller, reach, id);
};
