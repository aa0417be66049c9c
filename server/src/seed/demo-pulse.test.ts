import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { seedDemoPulse } from './demo-pulse.js';

const SURVEYS = `{ pulseSurveys(first: 50) { edges { node { id title locale status author { id }
  responseCount audienceSize results { answers average distribution texts } } } } }`;
const OPEN = '{ openPulseSurveys { id title locale author { id } } }';

interface Survey {
  id: string;
  title: string;
  locale: string;
  status: string;
  author: { id: string };
  responseCount: number;
  audienceSize: number;
  results:
    { answers: number; average: number | null; distribution: number[]; texts: string[] }[] | null;
}

describe('the demo pulse surveys', () => {
  let t: TestApp;
  const as = async <Data>(person: string, query: string) =>
    t.graphql<Data>(query, { token: await t.tokenFor(person) });

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoPulse(t.db);
  });
  afterAll(() => t.close());

  it('gives Matthias a closed German survey with results and an open one too young for any', async () => {
    const body = await as<{ pulseSurveys: { edges: { node: Survey }[] } }>(
      'person-demo-de-region',
      SURVEYS,
    );
    const surveys = body.data!.pulseSurveys.edges.map((edge) => edge.node);
    expect(surveys.map((s) => s.id)).toEqual([
      'pulse-demo-de-winter-parts',
      'pulse-demo-de-booking',
    ]);
    const [open, closed] = surveys;
    expect(closed).toMatchObject({
      status: 'CLOSED',
      locale: 'de',
      author: { id: 'person-demo-de-region' },
    });
    expect(closed!.responseCount).toBeGreaterThanOrEqual(12);
    expect(closed!.audienceSize).toBeGreaterThan(closed!.responseCount);
    const [scale, choice, text] = closed!.results!;
    expect(scale!.answers).toBe(closed!.responseCount);
    expect(scale!.average).toBeGreaterThan(2.5);
    expect(choice!.distribution.reduce((a, b) => a + b, 0)).toBe(closed!.responseCount);
    expect(text!.texts).toHaveLength(closed!.responseCount);
    expect(text!.texts).toEqual([...text!.texts].sort(new Intl.Collator('de').compare));
    expect(open).toMatchObject({ status: 'OPEN', locale: 'de', results: null });
    expect(open!.responseCount).toBeGreaterThan(0);
    expect(open!.responseCount).toBeLessThan(5);
  });

  it('asks Giulia and Marco in Italian, by Francesca, not answered yet', async () => {
    for (const person of ['person-demo-it-area', 'person-demo-it-service']) {
      const body = await as<{ openPulseSurveys: Survey[] }>(person, OPEN);
      expect(body.data!.openPulseSurveys).toEqual([
        expect.objectContaining({
          id: 'pulse-demo-it-portal',
          locale: 'it',
          author: { id: 'person-demo-it-editor' },
        }),
      ]);
    }
    const [francescas] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from pulse_responses where survey_id = 'pulse-demo-it-portal'`,
    );
    expect(francescas!.n).toBeGreaterThanOrEqual(5);
  });
});
