import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const SET = `mutation ($input: AppRolloutInput!) {
  setAppRollout(input: $input) {
    app wave reach countries { code } dealers { id } updatedBy { id }
  }
}`;
const ME = '{ me { apps cohorts } }';

interface MeData {
  me: { apps: string[]; cohorts: string[] };
}

describe('roll-out waves', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('person-demo-admin');
  });
  afterAll(() => t.close());

  /** The person's news app: the one these tests roll out (the deployment's others stay open). */
  const appsOf = async (personId: string) => {
    const me = (await t.graphql<MeData>(ME, { token: await t.tokenFor(personId) })).data?.me;
    const news = (apps: string[]) => apps.filter((app) => app === 'news');
    return me && { apps: news(me.apps), cohorts: news(me.cohorts) };
  };

  it('opens every app to everyone its roles allow by default', async () => {
    expect(await appsOf('person-demo-fr-sales')).toEqual({ apps: ['news'], cohorts: [] });
    expect((await appsOf('person-demo-admin'))?.apps).toContain('news');
  });

  it('shows a pilot app only to its cohort, and to admins', async () => {
    const body = await t.graphql<{ setAppRollout: Record<string, unknown> }>(SET, {
      token: admin,
      variables: { input: { app: 'news', wave: 'PILOT', countries: ['PL'] } },
    });
    expect(body.errors).toBeUndefined();
    const polishPeople = t.network.people.filter((p) => p.countryCode === 'PL').length;
    expect(body.data?.setAppRollout).toMatchObject({
      app: 'news',
      wave: 'PILOT',
      countries: [{ code: 'PL' }],
      dealers: [],
      updatedBy: { id: 'person-demo-admin' },
    });
    // The Polish people, plus the admins who run the pilot.
    expect(body.data?.setAppRollout['reach']).toBe(polishPeople + 2);
    expect(await appsOf('person-demo-pl-sales')).toEqual({ apps: ['news'], cohorts: ['news'] });
    expect(await appsOf('person-demo-fr-sales')).toEqual({ apps: [], cohorts: [] });
    expect((await appsOf('person-demo-admin'))?.apps).toContain('news');
  });

  it('takes dealers into a cohort', async () => {
    const lyon = t.network.people.find((p) => p.id === 'person-demo-fr-sales')!.dealerId;
    await t.graphql(SET, {
      token: admin,
      variables: { input: { app: 'news', wave: 'PILOT', dealers: [lyon] } },
    });
    expect(await appsOf('person-demo-fr-sales')).toEqual({ apps: ['news'], cohorts: ['news'] });
    expect(await appsOf('person-demo-pl-sales')).toEqual({ apps: [], cohorts: [] });
  });

  it('opens the app to everyone again, and audits every change', async () => {
    await t.graphql(SET, { token: admin, variables: { input: { app: 'news', wave: 'EVERYONE' } } });
    expect(await appsOf('person-demo-pl-sales')).toEqual({ apps: ['news'], cohorts: [] });
    const audit = await t.db.query<{ action: string; target_id: string }>(
      `select action, target_id from audit_log where action = 'app.rollout' order by id`,
    );
    expect(audit).toEqual([
      { action: 'app.rollout', target_id: 'news' },
      { action: 'app.rollout', target_id: 'news' },
      { action: 'app.rollout', target_id: 'news' },
    ]);
  });

  it('refuses an unknown app, unknown countries or dealers, and an empty pilot', async () => {
    const inputs = [
      { app: 'nope', wave: 'EVERYONE' },
      { app: 'news', wave: 'PILOT', countries: ['XX'] },
      { app: 'news', wave: 'PILOT', dealers: ['dealer-none'] },
      { app: 'news', wave: 'PILOT' },
    ];
    for (const input of inputs) {
      const body = await t.graphql(SET, { token: admin, variables: { input } });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await appsOf('person-demo-pl-sales')).toEqual({ apps: ['news'], cohorts: [] });
  });
});
