import { describe, expect, it } from 'vitest';
import { mockNetwork } from './fixtures.js';
import { MockPulseAnswerApi, demoOpenSurveys } from './pulse-answer-api.js';

const network = mockNetwork();
const person = (id: string) => network.people.find((candidate) => candidate.id === id)!;
const MARCO = person('person-demo-it-service');
const CAMILLE = person('person-demo-fr-sales');
const [ITALIAN] = demoOpenSurveys(network);
const [SCALE, CHOICE, TEXT] = ITALIAN!.questions.map((question) => question.id) as [
  string,
  string,
  string,
];
const valid = [
  { questionId: SCALE, scale: 3 },
  { questionId: CHOICE, choice: 2 },
  { questionId: TEXT, text: '  Più pratica  ' },
];

function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return (error as { extensions: Record<string, string> }).extensions;
  }
  throw new Error('not refused');
}

describe('the mock of answering pulse surveys', () => {
  it('lists the open surveys asking the viewer, and none to people outside their audience', () => {
    const api = new MockPulseAnswerApi(network);
    expect(api.openPulseSurveys(MARCO).map((survey) => survey.id)).toEqual([ITALIAN!.id]);
    expect(api.openPulseSurveys(CAMILLE)).toEqual([]);
    expect(
      refusal(() => api.answerPulseSurvey(CAMILLE, { id: ITALIAN!.id, answers: valid })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a missing or invalid answer by its place, as the server does', () => {
    const api = new MockPulseAnswerApi(network);
    const answer = (answers: typeof valid) =>
      refusal(() => api.answerPulseSurvey(MARCO, { id: ITALIAN!.id, answers }));
    expect(answer(valid.slice(0, 2))).toMatchObject({ field: 'answers.2', reason: 'REQUIRED' });
    expect(answer([{ questionId: SCALE, scale: 6 }, ...valid.slice(1)])).toMatchObject({
      field: 'answers.0',
      reason: 'OUT_OF_RANGE',
    });
    expect(
      answer([...valid.slice(0, 2), { questionId: TEXT, text: 'x'.repeat(501) }]),
    ).toMatchObject({ field: 'answers.2', reason: 'TOO_LONG' });
    expect(answer([...valid, valid[0]!])).toMatchObject({
      field: 'answers.3',
      reason: 'DUPLICATE',
    });
    expect(api.answers.get(ITALIAN!.id)).toBeUndefined();
  });

  it('keeps the first answers when sent again, without their person, and asks no more', () => {
    const api = new MockPulseAnswerApi(network);
    const first = api.answerPulseSurvey(MARCO, { id: ITALIAN!.id, answers: valid });
    const again = api.answerPulseSurvey(MARCO, {
      id: ITALIAN!.id,
      answers: [{ questionId: SCALE, scale: 1 }],
    });
    expect(first).toMatchObject({ answeredByMe: true, responseCount: 1, results: null });
    expect(again).toMatchObject({ answeredByMe: true, responseCount: 1 });
    expect(api.answers.get(ITALIAN!.id)).toEqual([valid]);
    expect(JSON.stringify(api.answers.get(ITALIAN!.id))).not.toContain(MARCO.id);
    expect(api.openPulseSurveys(MARCO)).toEqual([]);
  });
});
