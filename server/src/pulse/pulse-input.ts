import { randomUUID } from 'node:crypto';
import type { Db } from '../db/db.js';
import type {
  PulseAnswerInput,
  PulseQuestion,
  PulseQuestionInput,
  PulseSurveyInput,
} from '../generated/resolvers.js';
import { invalidField, type FieldReason } from '../graphql/errors.js';
import { plainText } from '../tickets/ticket-input.js';
import { audiencePlaces, type StoredAudience } from './pulse-audience.js';
import type { AuthorReach } from './pulse-reach.js';

const MAX_TITLE_LENGTH = 120;
const MAX_QUESTIONS = 5;
const MAX_QUESTION_LENGTH = 200;
const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;
const MAX_OPTION_LENGTH = 80;
const MAX_TEXT_ANSWER_LENGTH = 500;
/** Per list of places: more would be a whole country, better named as one. */
const MAX_PLACES = 200;

/** A one-line text: whitespace runs become one space. */
const oneLine = (field: string, value: string, max: number) =>
  plainText(field, value.replace(/\s+/g, ' '), max);

/** A survey as stored, from its input. */
export interface CleanSurvey {
  title: string;
  locale: string;
  brandId: string;
  questions: PulseQuestion[];
  audience: StoredAudience;
}

/**
 * The input as stored, or BAD_USER_INPUT naming the first field refused. `previous`: the
 * draft's questions, whose ids the changed questions keep (see questionIds).
 */
export async function cleanSurvey(
  db: Db,
  reach: AuthorReach,
  input: PulseSurveyInput,
  previous: PulseQuestion[],
): Promise<CleanSurvey> {
  const title = oneLine('title', input.title, MAX_TITLE_LENGTH);
  const [locale] = await db.query('select 1 from translation_locales where code = $1', [
    input.locale,
  ]);
  if (!locale) throw invalidField('locale', 'UNKNOWN_LOCALE', `No locale ${input.locale}`);
  const questions = cleanQuestions(input.questions);
  const audience = await cleanAudience(db, reach, input.audience);
  return {
    title,
    locale: input.locale,
    brandId: input.audience.brandId,
    questions: questionIds(questions, previous),
    audience,
  };
}

type NewQuestion = Omit<PulseQuestion, 'id'>;

function cleanQuestions(input: PulseQuestionInput[]): NewQuestion[] {
  if (input.length === 0) throw invalidField('questions', 'REQUIRED', 'Ask at least one question');
  if (input.length > MAX_QUESTIONS) {
    throw invalidField('questions', 'TOO_MANY', `At most ${MAX_QUESTIONS} questions`);
  }
  return input.map((question, i) => {
    const field = `questions.${i}`;
    const text = oneLine(`${field}.text`, question.text, MAX_QUESTION_LENGTH);
    if (question.kind !== 'CHOICE') return { kind: question.kind, text, options: [] };
    const given = question.options ?? [];
    if (given.length < MIN_OPTIONS) {
      throw invalidField(`${field}.options`, 'TOO_FEW_OPTIONS', `At least ${MIN_OPTIONS} options`);
    }
    if (given.length > MAX_OPTIONS) {
      throw invalidField(`${field}.options`, 'TOO_MANY', `At most ${MAX_OPTIONS} options`);
    }
    const options = given.map((option, j) =>
      oneLine(`${field}.options.${j}`, option, MAX_OPTION_LENGTH),
    );
    const seen = new Set<string>();
    options.forEach((option, j) => {
      const key = option.toLocaleLowerCase();
      if (seen.has(key)) {
        throw invalidField(`${field}.options.${j}`, 'DUPLICATE_OPTION', `"${option}" is twice`);
      }
      seen.add(key);
    });
    return { kind: question.kind, text, options };
  });
}

/**
 * Ids that stay with their question while a draft is edited: a question unchanged keeps its
 * id wherever it moves; the changed ones take, in order, the ids of those that changed.
 */
function questionIds(questions: NewQuestion[], previous: PulseQuestion[]): PulseQuestion[] {
  const unused = new Map(previous.map((question) => [question.id, question]));
  const same = questions.map((question) => {
    const match = [...unused.values()].find(
      (old) => old.kind === question.kind && old.text === question.text,
    );
    if (match) unused.delete(match.id);
    return match?.id;
  });
  const changed = [...unused.keys()];
  return questions.map((question, i) => ({
    id: same[i] ?? changed.shift() ?? `q-${randomUUID()}`,
    ...question,
  }));
}

const UNKNOWN: Record<keyof Omit<StoredAudience, 'jobs'>, FieldReason> = {
  countries: 'UNKNOWN_COUNTRY',
  regionIds: 'UNKNOWN_REGION',
  dealerIds: 'UNKNOWN_DEALER',
};

/**
 * The audience as stored (each place once), or BAD_USER_INPUT naming the first place that
 * does not exist (UNKNOWN_…) or lies beyond the caller's reach (OUT_OF_SCOPE), by its
 * position in the list given.
 */
async function cleanAudience(
  db: Db,
  reach: AuthorReach,
  input: PulseSurveyInput['audience'],
): Promise<StoredAudience> {
  const given: StoredAudience = {
    countries: input.countries ?? [],
    regionIds: input.regionIds ?? [],
    dealerIds: input.dealerIds ?? [],
    jobs: input.jobs ?? [],
  };
  for (const list of ['countries', 'regionIds', 'dealerIds'] as const) {
    if (given[list].length > MAX_PLACES) {
      throw invalidField(`audience.${list}`, 'TOO_MANY', `At most ${MAX_PLACES} places`);
    }
  }
  if (given.countries.length + given.regionIds.length + given.dealerIds.length === 0) {
    throw invalidField('audience.countries', 'REQUIRED', 'Choose whom to ask');
  }
  const [brand] = await db.query('select 1 from brands where id = $1', [input.brandId]);
  if (!brand) throw invalidField('audience.brandId', 'UNKNOWN_BRAND', `No brand ${input.brandId}`);
  const params = [...reach.params];
  const audience = `$${params.push(JSON.stringify(given))}::jsonb`;
  const brandId = `$${params.push(input.brandId)}::text`;
  const [refused] = await db.query<{
    field: keyof typeof UNKNOWN;
    position: number;
    known: boolean;
  }>(
    `select field, position::int, known from (${audiencePlaces(audience, brandId, reach)}) pl
     where not pl.reachable
     order by array_position(array['countries', 'regionIds', 'dealerIds'], field), position
     limit 1`,
    params,
  );
  if (refused) {
    const field = `audience.${refused.field}.${refused.position}`;
    throw refused.known
      ? invalidField(field, 'OUT_OF_SCOPE', 'This place is beyond the places you may ask')
      : invalidField(field, UNKNOWN[refused.field], 'No such place');
  }
  const unique = (values: string[]) => [...new Set(values)];
  return {
    countries: unique(given.countries),
    regionIds: unique(given.regionIds),
    dealerIds: unique(given.dealerIds),
    jobs: unique(given.jobs),
  };
}

/** An answer as stored: the value of its question's kind. */
export interface CleanAnswer {
  questionId: string;
  scale: number | null;
  choice: number | null;
  text: string | null;
}

/**
 * One valid answer for each question, or BAD_USER_INPUT naming `answers.<i>`: the answer
 * refused, or for a question left unanswered, its position among the questions.
 */
export function cleanAnswers(questions: PulseQuestion[], input: PulseAnswerInput[]): CleanAnswer[] {
  const answered = new Map<string, CleanAnswer>();
  input.forEach((answer, i) => {
    const field = `answers.${i}`;
    const question = questions.find((q) => q.id === answer.questionId);
    if (!question) throw invalidField(field, 'UNKNOWN_QUESTION', 'No such question');
    if (answered.has(question.id)) {
      throw invalidField(field, 'DUPLICATE', 'This question is answered twice');
    }
    answered.set(question.id, cleanAnswer(question, answer, field));
  });
  return questions.map((question, i) => {
    const answer = answered.get(question.id);
    if (!answer) throw invalidField(`answers.${i}`, 'REQUIRED', 'Answer every question');
    return answer;
  });
}

function cleanAnswer(question: PulseQuestion, answer: PulseAnswerInput, field: string) {
  const none = { questionId: question.id, scale: null, choice: null, text: null };
  const required = () => invalidField(field, 'REQUIRED', 'Answer this question');
  const outOfRange = () => invalidField(field, 'OUT_OF_RANGE', 'Not one of the answers offered');
  if (question.kind === 'TEXT') {
    if (answer.text == null) throw required();
    return { ...none, text: plainText(field, answer.text, MAX_TEXT_ANSWER_LENGTH) };
  }
  const value = question.kind === 'SCALE' ? answer.scale : answer.choice;
  if (value == null) throw required();
  const last = question.kind === 'SCALE' ? 5 : question.options.length - 1;
  const first = question.kind === 'SCALE' ? 1 : 0;
  if (value < first || value > last) throw outOfRange();
  return question.kind === 'SCALE' ? { ...none, scale: value } : { ...none, choice: value };
}
