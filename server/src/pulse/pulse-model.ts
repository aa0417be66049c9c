import { isAdmin } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  PulseAudience,
  PulseQuestion,
  PulseQuestionResult,
  PulseSurvey,
  PulseSurveyStatus,
} from '../generated/resolvers.js';
import { keyText } from '../graphql/keyset.js';
import { principalAsReader } from '../news/visibility.js';
import { countryJson } from '../org/country-sql.js';
import { dealerJson } from '../org/dealer-sql.js';
import { personQuery, type PersonModel } from '../org/person-model.js';
import type { Principal } from '../org/principal.js';
import { asks, AUDIENCE_COUNT, audienceWithin } from './pulse-audience.js';
import type { AuthorReach } from './pulse-reach.js';

/** Below this many responses a survey shows no results: answers stay anonymous. */
export const MIN_RESPONSES = 5;

/** A survey's status as people see it: an open one past its closing time is closed. */
export const STATUS = `(case when s.status = 'OPEN' and s.closes_at <= now() then 'CLOSED'
  else s.status end)`;

/** The creation key of `pulse_surveys s`, newest first (with the id), for keyset pages. */
export const CREATED_KEY = { sql: 's.created_at', type: 'timestamptz' } as const;

/**
 * A survey as loaded for one caller. `managed`: the caller manages it (its author, an admin,
 * or someone whose reach covers its whole audience), and only then reads its counts.
 */
export type PulseSurveyModel = Omit<PulseSurvey, 'author'> & {
  author: PersonModel;
  managed: boolean;
  /** The key of its place in the managers' list. */
  createdKey: string;
  brandId: string;
};

interface SurveyRow {
  id: string;
  brand_id: string;
  title: string;
  locale: string;
  author_id: string;
  status: PulseSurveyStatus;
  opened_at: Date | null;
  closes_at: Date | null;
  questions: PulseQuestion[];
  audience: PulseAudience;
  audience_size: number;
  response_count: number;
  answered_by_me: boolean;
  managed: boolean;
  created_key: string;
}

const AUDIENCE_JSON = `json_build_object(
  'brand', json_build_object('id', b.id, 'code', b.code, 'name', b.name),
  'countries', (select coalesce(json_agg(${countryJson('c')} order by e.i), '[]')
    from jsonb_array_elements_text(s.audience->'countries') with ordinality e(id, i)
    join countries c on c.code = e.id),
  'regions', (select coalesce(json_agg(json_build_object('id', r.id, 'name', r.name,
      'country', ${countryJson('c')}) order by e.i), '[]')
    from jsonb_array_elements_text(s.audience->'regionIds') with ordinality e(id, i)
    join regions r on r.id = e.id join countries c on c.code = r.country_code),
  'dealers', (select coalesce(json_agg(${dealerJson('e.id')} order by e.i), '[]')
    from jsonb_array_elements_text(s.audience->'dealerIds') with ordinality e(id, i)),
  'jobs', s.audience->'jobs')`;

/** Which surveys to load: `where` over `pulse_surveys s`, given the "managed" condition. */
export interface SurveySelection {
  where(managed: string, params: unknown[]): string;
  order?: string;
  limit?: number;
}

/** The condition that the caller manages the survey `s`. */
function managedBy(caller: Principal, reach: AuthorReach | null, params: unknown[]): string {
  if (isAdmin(caller)) return 'true';
  const author = `s.author_id = $${params.push(caller.personId)}`;
  return reach ? `(${author} or ${audienceWithin(reach)})` : author;
}

/** The condition that the survey `s` is open and asks the caller. */
export function openAndAsking(caller: Principal, params: unknown[]): string {
  return `(${STATUS} = 'OPEN' and ${asks(principalAsReader(caller, params))})`;
}

/** The condition that the caller answered the survey `s`. */
export function answeredBy(caller: Principal, params: unknown[]): string {
  return `exists (select 1 from pulse_responses pr
    where pr.survey_id = s.id and pr.person_id = $${params.push(caller.personId)})`;
}

/** The surveys selected, as the caller sees them, with their results where they may. */
export async function loadSurveys(
  db: Db,
  caller: Principal,
  reach: AuthorReach | null,
  selection: SurveySelection,
): Promise<PulseSurveyModel[]> {
  const params = [...(reach?.params ?? [])];
  const managed = managedBy(caller, reach, params);
  const rows = await db.query<SurveyRow>(
    `select s.id, s.brand_id, s.title, s.locale, s.author_id, ${STATUS} as status,
            s.opened_at, s.closes_at, s.questions, ${AUDIENCE_JSON} as audience,
            coalesce(s.audience_size, ${AUDIENCE_COUNT}) as audience_size,
            (select count(*)::int from pulse_responses pr where pr.survey_id = s.id)
              as response_count,
            ${answeredBy(caller, params)} as answered_by_me,
            ${managed} as managed, ${keyText(CREATED_KEY)} as created_key
     from pulse_surveys s join brands b on b.id = s.brand_id
     where ${selection.where(managed, params)}
     order by ${selection.order ?? 's.created_at desc, s.id desc'}
     ${selection.limit ? `limit ${selection.limit}` : ''}`,
    params,
  );
  const authors = await db.query<PersonModel>(personQuery('where p.id = any($1::text[])'), [
    [...new Set(rows.map((row) => row.author_id))],
  ]);
  const shown = rows.filter((row) => row.managed && row.response_count >= MIN_RESPONSES);
  const results = await resultsOf(db, shown);
  return rows.map((row) => ({
    id: row.id,
    brandId: row.brand_id,
    title: row.title,
    locale: row.locale,
    author: authors.find((author) => author.id === row.author_id)!,
    status: row.status,
    openedAt: row.opened_at?.toISOString() ?? null,
    closesAt: row.closes_at?.toISOString() ?? null,
    questions: row.questions,
    audience: row.audience,
    audienceSize: row.audience_size,
    responseCount: row.response_count,
    answeredByMe: row.answered_by_me,
    results: results.get(row.id) ?? null,
    managed: row.managed,
    createdKey: row.created_key,
  }));
}

interface AnswerGroup {
  survey_id: string;
  question_id: string;
  scale: number | null;
  choice: number | null;
  text: string | null;
  n: number;
}

/**
 * The results of each survey, by its id: counts per scale step or option, the mean of a
 * scale, and the texts in alphabetical order (in the survey's language), so that nothing
 * tells in which order, or by whom, an answer was given.
 */
async function resultsOf(
  db: Db,
  surveys: SurveyRow[],
): Promise<Map<string, PulseQuestionResult[]>> {
  if (surveys.length === 0) return new Map();
  const groups = await db.query<AnswerGroup>(
    `select survey_id, question_id, scale, choice, text, count(*)::int as n
     from pulse_answers where survey_id = any($1::text[])
     group by survey_id, question_id, scale, choice, text`,
    [surveys.map((survey) => survey.id)],
  );
  return new Map(
    surveys.map((survey) => {
      const collator = new Intl.Collator(survey.locale);
      const results = survey.questions.map((question) => {
        const answers = groups.filter(
          (g) => g.survey_id === survey.id && g.question_id === question.id,
        );
        return questionResult(question, answers, collator);
      });
      return [survey.id, results];
    }),
  );
}

function questionResult(
  question: PulseQuestion,
  groups: AnswerGroup[],
  collator: Intl.Collator,
): PulseQuestionResult {
  const answers = groups.reduce((sum, g) => sum + g.n, 0);
  const result: PulseQuestionResult = {
    questionId: question.id,
    answers,
    average: null,
    distribution: [],
    texts: [],
  };
  if (question.kind === 'SCALE') {
    result.distribution = [1, 2, 3, 4, 5].map((step) =>
      groups.filter((g) => g.scale === step).reduce((sum, g) => sum + g.n, 0),
    );
    const total = groups.reduce((sum, g) => sum + (g.scale ?? 0) * g.n, 0);
    result.average = answers > 0 ? total / answers : null;
  } else if (question.kind === 'CHOICE') {
    result.distribution = question.options.map((_option, index) =>
      groups.filter((g) => g.choice === index).reduce((sum, g) => sum + g.n, 0),
    );
  } else {
    result.texts = groups
      .flatMap((g) => (g.text === null ? [] : Array<string>(g.n).fill(g.text)))
      .sort(collator.compare);
  }
  return result;
}
