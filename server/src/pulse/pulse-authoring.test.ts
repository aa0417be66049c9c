import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Network } from '../seed/generate-network.js';
import { createTestApp, type GraphQLBody, type TestApp } from '../test-support/test-app.js';

const MATTHIAS = 'person-demo-de-region';
const FRANCESCA = 'person-demo-it-editor';
const ADMIN = 'person-demo-admin';
const CAMILLE = 'person-demo-fr-sales';
const GIULIA = 'person-demo-it-area';

const SURVEY_FIELDS = `id title locale status author { id } audienceSize responseCount
  questions { id kind text options }
  audience { brand { id } countries { code } regions { id } dealers { id } jobs }`;
const SAVE = `mutation ($input: PulseSurveyInput!) { savePulseSurvey(input: $input) { ${SURVEY_FIELDS} } }`;
const OPEN = `mutation ($id: ID!, $closesAt: DateTime!) {
  openPulseSurvey(id: $id, closesAt: $closesAt) { ${SURVEY_FIELDS} openedAt closesAt } }`;
const CLOSE = `mutation ($id: ID!) { closePulseSurvey(id: $id) { id status } }`;
const LIST = `query ($first: Int, $after: String) {
  pulseSurveys(first: $first, after: $after) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`;

interface Survey {
  id: string;
  status: string;
  audienceSize: number;
  questions: { id: string; kind: string; text: string; options: string[] }[];
  audience: { countries: { code: string }[]; regions: { id: string }[]; jobs: string[] };
}

const question = (text: string, kind = 'SCALE', options: string[] = []) => ({
  kind,
  text,
  options,
});

/** Who a survey asks, computed from the network alone, independently of the server's SQL. */
function audienceOf(
  network: Network,
  audience: {
    brandId: string;
    countries?: string[];
    regionIds?: string[];
    dealerIds?: string[];
    jobs?: string[];
  },
): number {
  const regionOf = new Map(network.dealers.map((d) => [d.id, d.regionId]));
  return network.people.filter((p) => {
    const region = (p.dealerId && regionOf.get(p.dealerId)) ?? p.regionId;
    const placed =
      (audience.countries ?? []).includes(p.countryCode) ||
      (region !== null && (audience.regionIds ?? []).includes(region)) ||
      (p.dealerId !== null && (audience.dealerIds ?? []).includes(p.dealerId));
    const jobs = audience.jobs ?? [];
    return p.brandId === audience.brandId && placed && (jobs.length === 0 || jobs.includes(p.job));
  }).length;
}

describe('authoring pulse surveys', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let region: string;
  let otherRegion: string;
  let regionDealer: string;
  let otherRegionDealer: string;
  let lumoDealerInRegion: string;
  let norvikEditor: string;
  let lumoManagerInRegion: string;

  const as = async <Data>(person: string, query: string, variables: Record<string, unknown> = {}) =>
    t.graphql<Data>(query, {
      variables,
      token: tokens[person] ?? (tokens[person] = await t.tokenFor(person)),
    });
  const refusal = (body: Pick<GraphQLBody, 'errors'>) => {
    const ext = body.errors?.[0]?.extensions;
    return [ext?.code, ext?.field, ext?.reason].filter(Boolean).join(' ');
  };
  const norvikInput = (overrides: Record<string, unknown> = {}) => ({
    title: 'Das neue Buchungstool',
    locale: 'de',
    questions: [question('Wie zufrieden sind Sie?')],
    audience: { brandId: 'brand-norvik', regionIds: [region] },
    ...overrides,
  });
  const save = (person: string, input: Record<string, unknown>) =>
    as<{ savePulseSurvey: Survey }>(person, SAVE, { input });
  const inAnHour = (minutes = 90) => new Date(Date.now() + minutes * 60_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp();
    const n = t.network;
    const matthias = n.people.find((p) => p.id === MATTHIAS)!;
    region = matthias.regionId!;
    otherRegion = n.regions.find((r) => r.countryCode === 'DE' && r.id !== region)!.id;
    regionDealer = n.dealers.find((d) => d.regionId === region && d.brandId === 'brand-norvik')!.id;
    otherRegionDealer = n.dealers.find(
      (d) => d.regionId !== region && d.brandId === 'brand-norvik',
    )!.id;
    lumoDealerInRegion = n.dealers.find(
      (d) => d.regionId === region && d.brandId !== 'brand-norvik',
    )!.id;
    norvikEditor = n.roles.find(
      (r) => r.role === 'EDITOR' && r.scopeId === 'community-norvik-de',
    )!.personId;
    lumoManagerInRegion = n.roles.find(
      (r) => r.role === 'REGION_MANAGER' && r.scopeId === region && r.personId !== MATTHIAS,
    )!.personId;
  });
  afterAll(() => t.close());

  it('lets a region manager ask his region, counting its people until it opens', async () => {
    const body = await save(
      MATTHIAS,
      norvikInput({
        audience: { brandId: 'brand-norvik', regionIds: [region], jobs: ['MECHANIC', 'MECHANIC'] },
      }),
    );
    const survey = body.data!.savePulseSurvey;
    expect(survey).toMatchObject({ status: 'DRAFT', title: 'Das neue Buchungstool', locale: 'de' });
    expect(survey.audience).toMatchObject({ regions: [{ id: region }], jobs: ['MECHANIC'] });
    const mechanics = audienceOf(t.network, {
      brandId: 'brand-norvik',
      regionIds: [region],
      jobs: ['MECHANIC'],
    });
    expect(mechanics).toBeGreaterThan(0);
    expect(survey.audienceSize).toBe(mechanics);
  });

  it.each([
    ['another region', { regionIds: ['OTHER'] }, 'audience.regionIds.0 OUT_OF_SCOPE'],
    ['his whole country', { countries: ['DE'] }, 'audience.countries.0 OUT_OF_SCOPE'],
    [
      'a dealer of another region',
      { dealerIds: ['OTHER_DEALER'] },
      'audience.dealerIds.0 OUT_OF_SCOPE',
    ],
    [
      'another brand in his region',
      { dealerIds: ['LUMO_DEALER'] },
      'audience.dealerIds.0 OUT_OF_SCOPE',
    ],
    [
      'a region that does not exist',
      { regionIds: ['REGION', 'region-xx-99'] },
      'audience.regionIds.1 UNKNOWN_REGION',
    ],
    [
      'a dealer that does not exist',
      { dealerIds: ['dealer-xx'] },
      'audience.dealerIds.0 UNKNOWN_DEALER',
    ],
    [
      'a country that does not exist',
      { countries: ['XX'] },
      'audience.countries.0 UNKNOWN_COUNTRY',
    ],
    ['nobody', {}, 'audience.countries REQUIRED'],
  ])('refuses a region manager asking %s', async (_name, places, expected) => {
    const ids: Record<string, string> = {
      OTHER: otherRegion,
      OTHER_DEALER: otherRegionDealer,
      LUMO_DEALER: lumoDealerInRegion,
      REGION: region,
    };
    const audience = Object.fromEntries(
      Object.entries(places).map(([list, values]) => [list, values.map((v) => ids[v] ?? v)]),
    );
    const body = await save(
      MATTHIAS,
      norvikInput({ audience: { brandId: 'brand-norvik', ...audience } }),
    );
    expect(refusal(body)).toBe(`BAD_USER_INPUT ${expected}`);
  });

  it('lets a region manager ask a dealer of his region', async () => {
    const body = await save(
      MATTHIAS,
      norvikInput({ audience: { brandId: 'brand-norvik', dealerIds: [regionDealer] } }),
    );
    expect(body.data!.savePulseSurvey.audienceSize).toBe(
      audienceOf(t.network, { brandId: 'brand-norvik', dealerIds: [regionDealer] }),
    );
  });

  it('lets an editor ask her communities only, of their brand', async () => {
    const lumoItaly = { brandId: 'brand-lumo', countries: ['IT', 'ES'] };
    const ok = await save(FRANCESCA, norvikInput({ locale: 'it', audience: lumoItaly }));
    expect(ok.data!.savePulseSurvey.audienceSize).toBe(audienceOf(t.network, lumoItaly));
    const france = await save(
      FRANCESCA,
      norvikInput({ audience: { brandId: 'brand-lumo', countries: ['IT', 'FR'] } }),
    );
    expect(refusal(france)).toBe('BAD_USER_INPUT audience.countries.1 OUT_OF_SCOPE');
    const norvik = await save(
      FRANCESCA,
      norvikInput({ audience: { brandId: 'brand-norvik', countries: ['IT'] } }),
    );
    expect(refusal(norvik)).toBe('BAD_USER_INPUT audience.countries.0 OUT_OF_SCOPE');
    const german = await save(
      FRANCESCA,
      norvikInput({ audience: { brandId: 'brand-lumo', regionIds: [region] } }),
    );
    expect(refusal(german)).toBe('BAD_USER_INPUT audience.regionIds.0 OUT_OF_SCOPE');
    const brand = await save(
      FRANCESCA,
      norvikInput({ audience: { brandId: 'brand-nope', countries: ['IT'] } }),
    );
    expect(refusal(brand)).toBe('BAD_USER_INPUT audience.brandId UNKNOWN_BRAND');
  });

  it('lets an admin ask anyone, and refuses people who author nothing', async () => {
    const anywhere = { brandId: 'brand-veyra', countries: ['FR', 'GB'] };
    const admin = await save(ADMIN, norvikInput({ locale: 'en', audience: anywhere }));
    expect(admin.data!.savePulseSurvey.audienceSize).toBe(audienceOf(t.network, anywhere));
    for (const person of [CAMILLE, GIULIA]) {
      expect(refusal(await save(person, norvikInput()))).toBe('FORBIDDEN');
    }
  });

  const long = (n: number) => 'x'.repeat(n);
  it.each([
    ['an empty title', { title: '   ' }, 'title REQUIRED'],
    ['a long title', { title: long(121) }, 'title TOO_LONG'],
    ['an unknown locale', { locale: 'xx' }, 'locale UNKNOWN_LOCALE'],
    ['no question', { questions: [] }, 'questions REQUIRED'],
    ['six questions', { questions: Array(6).fill(question('Q?')) }, 'questions TOO_MANY'],
    [
      'an empty question',
      { questions: [question('Q?'), question(' ')] },
      'questions.1.text REQUIRED',
    ],
    ['a long question', { questions: [question(long(201))] }, 'questions.0.text TOO_LONG'],
    [
      'a single option',
      { questions: [question('Q?', 'CHOICE', ['Ja'])] },
      'questions.0.options TOO_FEW_OPTIONS',
    ],
    [
      'seven options',
      { questions: [question('Q?', 'CHOICE', ['1', '2', '3', '4', '5', '6', '7'])] },
      'questions.0.options TOO_MANY',
    ],
    [
      'an option twice',
      { questions: [question('Q?', 'CHOICE', ['Ja', 'Nein', ' ja '])] },
      'questions.0.options.2 DUPLICATE_OPTION',
    ],
    [
      'an empty option',
      { questions: [question('Q?', 'CHOICE', ['Ja', ''])] },
      'questions.0.options.1 REQUIRED',
    ],
    [
      'a long option',
      { questions: [question('Q?', 'CHOICE', ['Ja', long(81)])] },
      'questions.0.options.1 TOO_LONG',
    ],
  ])('refuses %s, naming the field', async (_name, overrides, expected) => {
    expect(refusal(await save(MATTHIAS, norvikInput(overrides)))).toBe(
      `BAD_USER_INPUT ${expected}`,
    );
  });

  it('keeps question ids across edits, and changes drafts only', async () => {
    const created = (
      await save(
        MATTHIAS,
        norvikInput({ questions: [question('Eins?'), question('Zwei?', 'TEXT')] }),
      )
    ).data!.savePulseSurvey;
    const [one, two] = created.questions;
    const edited = (
      await save(
        MATTHIAS,
        norvikInput({
          id: created.id,
          questions: [
            question('Zwei?', 'TEXT'),
            question('Eins, anders?'),
            question('Drei?', 'CHOICE', ['A', 'B']),
          ],
        }),
      )
    ).data!.savePulseSurvey;
    expect(edited.questions.map((q) => q.id).slice(0, 2)).toEqual([two!.id, one!.id]);
    expect(edited.questions[1]).toMatchObject({ text: 'Eins, anders?', kind: 'SCALE' });
    expect(new Set(edited.questions.map((q) => q.id)).size).toBe(3);

    const opened = await as<{ openPulseSurvey: Survey }>(MATTHIAS, OPEN, {
      id: created.id,
      closesAt: inAnHour(),
    });
    expect(opened.data!.openPulseSurvey.status).toBe('OPEN');
    const again = await save(MATTHIAS, norvikInput({ id: created.id }));
    expect(refusal(again)).toBe('BAD_USER_INPUT id NOT_DRAFT');
    expect(refusal(await as(MATTHIAS, OPEN, { id: created.id, closesAt: inAnHour() }))).toBe(
      'BAD_USER_INPUT id NOT_DRAFT',
    );
  });

  it('opens a draft for 1 hour to 60 days, counting its audience then, and audits it', async () => {
    const draft = (await save(MATTHIAS, norvikInput())).data!.savePulseSurvey;
    expect(refusal(await as(MATTHIAS, OPEN, { id: draft.id, closesAt: inAnHour(50) }))).toBe(
      'BAD_USER_INPUT closesAt TOO_SMALL',
    );
    expect(
      refusal(await as(MATTHIAS, OPEN, { id: draft.id, closesAt: inAnHour(61 * 24 * 60) })),
    ).toBe('BAD_USER_INPUT closesAt TOO_LARGE');
    const closesAt = inAnHour(24 * 60);
    const opened = (
      await as<{ openPulseSurvey: Survey & { closesAt: string } }>(MATTHIAS, OPEN, {
        id: draft.id,
        closesAt,
      })
    ).data!.openPulseSurvey;
    const asked = audienceOf(t.network, { brandId: 'brand-norvik', regionIds: [region] });
    expect(opened).toMatchObject({ status: 'OPEN', closesAt, audienceSize: asked });
    // Counted at opening: a person erased since is still counted in the rate's base.
    const someone = t.network.people.find(
      (p) => p.dealerId === regionDealer && p.job === 'MECHANIC',
    )!;
    await t.db.query('update people set erased_at = now() where id = $1', [someone.id]);
    const reread = await as<{ pulseSurvey: Survey }>(
      MATTHIAS,
      `query ($id: ID!) { pulseSurvey(id: $id) { audienceSize } }`,
      { id: draft.id },
    );
    expect(reread.data!.pulseSurvey.audienceSize).toBe(asked);
    await t.db.query('update people set erased_at = null where id = $1', [someone.id]);
    const [audit] = await t.db.query<{ actor_id: string; details: { audienceSize: number } }>(
      `select actor_id, details from audit_log where action = 'pulse.open' and target_id = $1`,
      [draft.id],
    );
    expect(audit).toMatchObject({ actor_id: MATTHIAS, details: { audienceSize: asked } });
  });

  it('refuses to open a survey too few people could answer', async () => {
    const tiny = (
      await save(
        MATTHIAS,
        norvikInput({
          audience: {
            brandId: 'brand-norvik',
            dealerIds: [regionDealer],
            jobs: ['DEALER_PRINCIPAL'],
          },
        }),
      )
    ).data!.savePulseSurvey;
    expect(tiny.audienceSize).toBeLessThan(5);
    expect(refusal(await as(MATTHIAS, OPEN, { id: tiny.id, closesAt: inAnHour() }))).toBe(
      'BAD_USER_INPUT audience TOO_SMALL',
    );
  });

  it('closes an open survey once, audited; drafts cannot be closed', async () => {
    const draft = (await save(MATTHIAS, norvikInput())).data!.savePulseSurvey;
    expect(refusal(await as(MATTHIAS, CLOSE, { id: draft.id }))).toBe('BAD_USER_INPUT id NOT_OPEN');
    await as(MATTHIAS, OPEN, { id: draft.id, closesAt: inAnHour() });
    // The editor of its community manages it too.
    const closed = await as<{ closePulseSurvey: Survey }>(norvikEditor, CLOSE, { id: draft.id });
    expect(closed.data!.closePulseSurvey.status).toBe('CLOSED');
    expect(refusal(await as(MATTHIAS, CLOSE, { id: draft.id }))).toBe('BAD_USER_INPUT id CLOSED');
    const audits = await t.db.query<{ actor_id: string }>(
      `select actor_id from audit_log where action = 'pulse.close' and target_id = $1`,
      [draft.id],
    );
    expect(audits).toEqual([{ actor_id: norvikEditor }]);
  });

  it('lists the surveys a person manages, newest first, page by page', async () => {
    const mine = await t.db.query<{ id: string }>(
      `select id from pulse_surveys where author_id = $1 order by created_at desc, id desc`,
      [MATTHIAS],
    );
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLBody<{
        pulseSurveys: {
          edges: { node: { id: string } }[];
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }> = await as(MATTHIAS, LIST, { first: 2, after });
      seen.push(...page.data!.pulseSurveys.edges.map((e) => e.node.id));
      after = page.data!.pulseSurveys.pageInfo.hasNextPage
        ? page.data!.pulseSurveys.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toEqual(mine.map((row) => row.id));

    const ids = async (person: string) =>
      (
        (
          await as<{ pulseSurveys: { edges: { node: { id: string } }[] } }>(person, LIST, {
            first: 100,
          })
        ).data?.pulseSurveys.edges ?? []
      ).map((e) => e.node.id);
    // The Norvik editor of Germany manages them; the Lumo manager of the same region does not.
    expect(await ids(norvikEditor)).toEqual(expect.arrayContaining(seen));
    expect(await ids(lumoManagerInRegion)).toEqual([]);
    const francescas = await ids(FRANCESCA);
    expect(francescas.length).toBeGreaterThan(0);
    expect(francescas.some((id) => seen.includes(id))).toBe(false);
    expect((await ids(ADMIN)).length).toBeGreaterThan(seen.length);
    expect(refusal(await as(CAMILLE, LIST))).toBe('FORBIDDEN');
    expect(refusal(await as(MATTHIAS, LIST, { after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it('hides a survey from people who neither manage it nor are asked by it', async () => {
    const draft = (await save(MATTHIAS, norvikInput())).data!.savePulseSurvey;
    const read = (person: string) =>
      as(person, `query ($id: ID!) { pulseSurvey(id: $id) { id } }`, { id: draft.id });
    expect((await read(norvikEditor)).data).toEqual({ pulseSurvey: { id: draft.id } });
    for (const person of [lumoManagerInRegion, FRANCESCA, CAMILLE]) {
      expect(refusal(await read(person))).toBe('NOT_FOUND');
    }
    // Asked, but a draft asks nobody yet.
    const mechanic = t.network.people.find((p) => p.dealerId === regionDealer)!;
    expect(refusal(await read(mechanic.id))).toBe('NOT_FOUND');
    expect(
      refusal(await as(lumoManagerInRegion, SAVE, { input: norvikInput({ id: draft.id }) })),
    ).toBe('NOT_FOUND');
  });
});
