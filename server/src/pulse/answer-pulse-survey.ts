import { signedIn } from '../access/guard.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { notFound } from '../graphql/errors.js';
import { principalAsReader } from '../news/visibility.js';
import { idempotencyKey } from '../tickets/ticket-input.js';
import { asks } from './pulse-audience.js';
import { cleanAnswers } from './pulse-input.js';
import { answeredBy, loadSurveys, openAndAsking, STATUS } from './pulse-model.js';
import { authorReach } from './pulse-reach.js';

/**
 * Answers a survey once. Who answered (for the response rate, and to answer only once) and
 * what was answered are stored apart, in one transaction: no answer row names its person,
 * and nothing is audited. A second answer, or the replay of the first from an offline
 * outbox, keeps the first and returns the survey as it is.
 */
export const answerPulseSurvey: MutationResolvers['answerPulseSurvey'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const key = args.idempotencyKey ? idempotencyKey(args.idempotencyKey) : null;
  const reach = await authorReach(db, caller);
  const load = async () => {
    const [survey] = await loadSurveys(db, caller, reach, {
      where: (_managed, params) =>
        `s.id = $${params.push(args.id)}
         and (${answeredBy(caller, params)} or ${openAndAsking(caller, params)})`,
    });
    if (!survey) throw notFound('pulse survey');
    return survey;
  };
  const survey = await load();
  if (survey.answeredByMe) return survey;
  const answers = cleanAnswers(survey.questions, args.answers);
  await db.transaction(async (tx) => {
    const params: unknown[] = [args.id, caller.personId, caller.regionId, key];
    // Asked again inside the transaction: the survey may have closed since it was read.
    const [response] = await tx.query(
      `insert into pulse_responses (survey_id, person_id, region_id, idempotency_key)
       select s.id, $2, $3, $4 from pulse_surveys s
       where s.id = $1 and ${STATUS} = 'OPEN' and ${asks(principalAsReader(caller, params))}
       on conflict (survey_id, person_id) do nothing
       returning 1`,
      params,
    );
    if (!response) return;
    await tx.query(
      `insert into pulse_answers (survey_id, question_id, scale, choice, text)
       select $1, * from unnest($2::text[], $3::int[], $4::int[], $5::text[])`,
      [
        args.id,
        answers.map((a) => a.questionId),
        answers.map((a) => a.scale),
        answers.map((a) => a.choice),
        answers.map((a) => a.text),
      ],
    );
  });
  return load();
};
