import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonRow } from '../seed/generate-network.js';
import { createTestApp, type GraphQLBody, type TestApp } from '../test-support/test-app.js';

const MATTHIAS = 'person-demo-de-region';
const CAMILLE = 'person-demo-fr-sales';

const ANSWER = `mutation ($id: ID!, $answers: [PulseAnswerInput!]!, $key: String) {
  answerPulseSurvey(id: $id, answers: $answers, idempotencyKey: $key) { id answeredByMe results { questionId } } }`;
const RESULTS = `query ($id: ID!) { pulseSurvey(id: $id) { status answeredByMe responseCount audienceSize
  results { questionId answers average distribution texts } } }`;
const OPEN_SURVEYS = '{ openPulseSurveys { id title closesAt answeredByMe } }';

interface Results {
  status: string;
  answeredByMe: boolean;
  responseCount: number;
  results:
    | {
        questionId: string;
        answers: number;
        average: number | null;
        distribution: number[];
        texts: string[];
      }[]
    | null;
}

describe('answering pulse surveys', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let surveyId: string;
  let questionIds: string[];
  let asked: PersonRow[];
  let notAsked: PersonRow;

  const as = async <Data>(person: string, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql<Data>(query, {
      variables,
      token: tokens[person] ?? (tokens[person] = await t.tokenFor(person)),
    });
  const refusal = (body: Pick<GraphQLBody, 'errors'>) => {
    const ext = body.errors?.[0]?.extensions;
    return [ext?.code, ext?.field, ext?.reason].filter(Boolean).join(' ');
  };
  const answers = (scale: number, choice: number, text: string) => [
    { questionId: questionIds[0], scale },
    { questionId: questionIds[1], choice },
    { questionId: questionIds[2], text },
  ];
  const answer = (person: string, values: unknown[], key?: string, id = surveyId) =>
    as<{ answerPulseSurvey: { answeredByMe: boolean } }>(person, ANSWER, {
      id,
      answers: values,
      key,
    });
  const results = async (person = MATTHIAS) =>
    (await as<{ pulseSurvey: Results }>(person, RESULTS, { id: surveyId })).data!.pulseSurvey;

  /** A Norvik survey of Matthias's region, opened until tomorrow. */
  async function openSurvey(title: string, closesInMinutes = 24 * 60): Promise<string> {
    const matthias = t.network.people.find((p) => p.id === MATTHIAS)!;
    const saved = await as<{ savePulseSurvey: { id: string } }>(
      MATTHIAS,
      `mutation ($input: PulseSurveyInput!) { savePulseSurvey(input: $input) { id } }`,
      {
        input: {
          title,
          locale: 'de',
          questions: [
            { kind: 'SCALE', text: 'Wie zufrieden sind Sie?' },
            { kind: 'CHOICE', text: 'Wie oft?', options: ['Täglich', 'Wöchentlich', 'Nie'] },
            { kind: 'TEXT', text: 'Was fehlt?' },
          ],
          audience: { brandId: 'brand-norvik', regionIds: [matthias.regionId] },
        },
      },
    );
    const id = saved.data!.savePulseSurvey.id;
    await as(
      MATTHIAS,
      `mutation ($id: ID!, $at: DateTime!) { openPulseSurvey(id: $id, closesAt: $at) { id } }`,
      {
        id,
        at: new Date(Date.now() + closesInMinutes * 60_000).toISOString(),
      },
    );
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    surveyId = await openSurvey('Buchungstool');
    const [row] = await t.db.query<{ questions: { id: string }[] }>(
      'select questions from pulse_surveys where id = $1',
      [surveyId],
    );
    questionIds = row!.questions.map((q) => q.id);
    const matthias = t.network.people.find((p) => p.id === MATTHIAS)!;
    const regionOf = new Map(t.network.dealers.map((d) => [d.id, d.regionId]));
    asked = t.network.people.filter(
      (p) =>
        p.brandId === 'brand-norvik' &&
        p.dealerId &&
        regionOf.get(p.dealerId) === matthias.regionId,
    );
    notAsked = t.network.people.find(
      (p) =>
        p.brandId === 'brand-lumo' && p.dealerId && regionOf.get(p.dealerId) === matthias.regionId,
    )!;
  });
  afterAll(() => t.close());

  it('lists an open survey to the people it asks, until they answer', async () => {
    const person = asked[0]!.id;
    const listed = await as<{ openPulseSurveys: { id: string }[] }>(person, OPEN_SURVEYS);
    expect(listed.data!.openPulseSurveys.map((s) => s.id)).toContain(surveyId);
    const others = await as<{ openPulseSurveys: { id: string }[] }>(notAsked.id, OPEN_SURVEYS);
    expect(others.data!.openPulseSurveys.map((s) => s.id)).not.toContain(surveyId);
    const seen = await as<{ pulseSurvey: { answeredByMe: boolean; results: null } }>(
      person,
      `query ($id: ID!) { pulseSurvey(id: $id) { answeredByMe results { questionId } } }`,
      { id: surveyId },
    );
    expect(seen.data!.pulseSurvey).toEqual({ answeredByMe: false, results: null });
    // The counts are its managers'.
    expect(
      refusal(
        await as(person, `query ($id: ID!) { pulseSurvey(id: $id) { responseCount } }`, {
          id: surveyId,
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['a question left out', (a: unknown[]) => a.slice(0, 2), 'answers.2 REQUIRED'],
    [
      'a scale beyond 5',
      (a: unknown[]) => [{ questionId: 'Q0', scale: 6 }, ...a.slice(1)],
      'answers.0 OUT_OF_RANGE',
    ],
    [
      'a scale of 0',
      (a: unknown[]) => [{ questionId: 'Q0', scale: 0 }, ...a.slice(1)],
      'answers.0 OUT_OF_RANGE',
    ],
    [
      'an option that is not offered',
      (a: unknown[]) => [a[0], { questionId: 'Q1', choice: 3 }, a[2]],
      'answers.1 OUT_OF_RANGE',
    ],
    [
      'a choice left empty',
      (a: unknown[]) => [a[0], { questionId: 'Q1', scale: 2 }, a[2]],
      'answers.1 REQUIRED',
    ],
    [
      'an empty text',
      (a: unknown[]) => [...a.slice(0, 2), { questionId: 'Q2', text: '  \n ' }],
      'answers.2 REQUIRED',
    ],
    [
      'a long text',
      (a: unknown[]) => [...a.slice(0, 2), { questionId: 'Q2', text: 'x'.repeat(501) }],
      'answers.2 TOO_LONG',
    ],
    [
      'an unknown question',
      (a: unknown[]) => [...a, { questionId: 'q-nope', scale: 3 }],
      'answers.3 UNKNOWN_QUESTION',
    ],
    ['a question answered twice', (a: unknown[]) => [...a, a[0]], 'answers.3 DUPLICATE'],
  ])('refuses %s, storing nothing', async (_name, change, expected) => {
    const valid = answers(4, 0, 'Gut');
    const sent = JSON.parse(
      JSON.stringify(change(valid)).replace(
        /"Q(\d)"/g,
        (_m, i: string) => `"${questionIds[Number(i)]}"`,
      ),
    ) as unknown[];
    expect(refusal(await answer(asked[1]!.id, sent))).toBe(`BAD_USER_INPUT ${expected}`);
    const [count] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from pulse_responses where survey_id = $1 and person_id = $2',
      [surveyId, asked[1]!.id],
    );
    expect(count!.n).toBe(0);
  });

  it('stores who answered apart from the answers, once, whatever is sent again', async () => {
    const person = asked[0]!;
    const first = await answer(person.id, answers(4, 1, '  Mehr  Filter  '), 'key-1');
    expect(first.data!.answerPulseSurvey.answeredByMe).toBe(true);
    const replay = await answer(person.id, answers(4, 1, '  Mehr  Filter  '), 'key-1');
    expect(replay.errors).toBeUndefined();
    const second = await answer(person.id, answers(1, 2, 'Anders'), 'key-2');
    expect(second.data!.answerPulseSurvey.answeredByMe).toBe(true);
    // Even invalid answers sent after the first change nothing and refuse nothing.
    expect((await answer(person.id, [])).errors).toBeUndefined();

    const responses = await t.db.query(
      'select person_id, region_id, idempotency_key from pulse_responses where survey_id = $1',
      [surveyId],
    );
    expect(responses).toEqual([
      {
        person_id: person.id,
        region_id: t.network.dealers.find((d) => d.id === person.dealerId)!.regionId,
        idempotency_key: 'key-1',
      },
    ]);
    const stored = await t.db.query(
      'select question_id, scale, choice, text from pulse_answers where survey_id = $1 order by question_id',
      [surveyId],
    );
    expect(stored).toHaveLength(3);
    expect(stored).toEqual(
      expect.arrayContaining([
        { question_id: questionIds[0], scale: 4, choice: null, text: null },
        { question_id: questionIds[2], scale: null, choice: null, text: 'Mehr  Filter' },
      ]),
    );
    // Nothing ties an answer to a person: no column names one, and nothing is audited.
    const columns = await t.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'pulse_answers'`,
    );
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'choice',
      'id',
      'question_id',
      'scale',
      'survey_id',
      'text',
    ]);
    const audited = await t.db.query('select 1 from audit_log where actor_id = $1', [person.id]);
    expect(audited).toEqual([]);
    const listed = await as<{ openPulseSurveys: { id: string }[] }>(person.id, OPEN_SURVEYS);
    expect(listed.data!.openPulseSurveys.map((s) => s.id)).not.toContain(surveyId);
  });

  it('answers NOT_FOUND to people it does not ask, and for surveys that do not exist', async () => {
    expect(refusal(await answer(notAsked.id, answers(3, 0, 'x')))).toBe('NOT_FOUND');
    expect(refusal(await answer(CAMILLE, answers(3, 0, 'x')))).toBe('NOT_FOUND');
    expect(refusal(await answer(asked[2]!.id, answers(3, 0, 'x'), undefined, 'pulse-nope'))).toBe(
      'NOT_FOUND',
    );
    expect(
      refusal(
        await as(notAsked.id, `query ($id: ID!) { pulseSurvey(id: $id) { id } }`, { id: surveyId }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('shows no results below 5 responses, then counts them, texts in alphabetical order', async () => {
    // One response so far (the test above).
    const before = await results();
    expect(before).toMatchObject({ responseCount: 1, results: null });
    const more: [number, number, string][] = [
      [5, 0, 'Zeit sparen'],
      [3, 0, 'Ersatzwagen'],
      [4, 2, 'Ärger mit dem Login'],
    ];
    for (const [i, [scale, choice, text]] of more.entries()) {
      await answer(asked[i + 1]!.id, answers(scale, choice, text));
    }
    expect(await results()).toMatchObject({ responseCount: 4, results: null });
    await answer(asked[4]!.id, answers(2, 1, 'Bessere Suche'));
    const shown = await results();
    expect(shown.responseCount).toBe(5);
    expect(shown.results).toEqual([
      {
        questionId: questionIds[0],
        answers: 5,
        average: 18 / 5,
        distribution: [0, 1, 1, 2, 1],
        texts: [],
      },
      { questionId: questionIds[1], answers: 5, average: null, distribution: [2, 2, 1], texts: [] },
      {
        questionId: questionIds[2],
        answers: 5,
        average: null,
        distribution: [],
        texts: [
          'Ärger mit dem Login',
          'Bessere Suche',
          'Ersatzwagen',
          'Mehr  Filter',
          'Zeit sparen',
        ],
      },
    ]);
    // Those it asks never see them.
    const answerer = await as<{ pulseSurvey: { results: unknown } }>(
      asked[0]!.id,
      `query ($id: ID!) { pulseSurvey(id: $id) { results { questionId } } }`,
      { id: surveyId },
    );
    expect(answerer.data!.pulseSurvey.results).toBeNull();
  });

  it('refuses answers once closed, by hand or by the clock, and hides it from those it asked', async () => {
    const closing = await openSurvey('Bald zu');
    const expiring = await openSurvey('Abgelaufen');
    const person = asked[6]!.id;
    const listed = async () =>
      (
        await as<{ openPulseSurveys: { id: string }[] }>(person, OPEN_SURVEYS)
      ).data!.openPulseSurveys.map((s) => s.id);
    expect(await listed()).toEqual(expect.arrayContaining([closing, expiring]));

    await as(MATTHIAS, `mutation ($id: ID!) { closePulseSurvey(id: $id) { id } }`, { id: closing });
    await t.db.query(
      `update pulse_surveys set closes_at = now() - interval '1 minute' where id = $1`,
      [expiring],
    );
    for (const id of [closing, expiring]) {
      expect(refusal(await answer(person, answers(3, 0, 'spät'), undefined, id))).toBe('NOT_FOUND');
      expect(
        refusal(await as(person, `query ($id: ID!) { pulseSurvey(id: $id) { id } }`, { id })),
      ).toBe('NOT_FOUND');
      const managed = await as<{ pulseSurvey: { status: string } }>(
        MATTHIAS,
        `query ($id: ID!) { pulseSurvey(id: $id) { status } }`,
        { id },
      );
      expect(managed.data!.pulseSurvey.status).toBe('CLOSED');
    }
    expect(await listed()).not.toEqual(expect.arrayContaining([closing]));
    expect(await listed()).not.toContain(expiring);
    expect(
      refusal(
        await as(MATTHIAS, `mutation ($id: ID!) { closePulseSurvey(id: $id) { id } }`, {
          id: expiring,
        }),
      ),
    ).toBe('BAD_USER_INPUT id CLOSED');
    const stored = await t.db.query(
      'select 1 from pulse_responses where survey_id = any($1::text[])',
      [[closing, expiring]],
    );
    expect(stored).toEqual([]);
  });

  it('lists open surveys closing soonest first', async () => {
    const soon = await openSurvey('Bald', 2 * 60);
    const person = asked[7]!.id;
    const listed = await as<{ openPulseSurveys: { id: string; closesAt: string }[] }>(
      person,
      OPEN_SURVEYS,
    );
    const ids = listed.data!.openPulseSurveys.map((s) => s.id);
    expect(ids[0]).toBe(soon);
    const times = listed.data!.openPulseSurveys.map((s) => s.closesAt);
    expect([...times].sort()).toEqual(times);
  });
});
