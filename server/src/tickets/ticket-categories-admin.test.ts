import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal } from './tickets-test-support.js';

const ADMIN = 'person-demo-admin';

const SAVE = `mutation ($input: TicketCategoryInput!) {
  saveTicketCategory(input: $input, locale: "it") {
    id kind code name active names { locale name } defaultQueue { id } } }`;

interface Saved {
  id: string;
  kind: string;
  code: string;
  name: string;
  active: boolean;
  names: { locale: string; name: string }[];
  defaultQueue: { id: string } | null;
}

const parking = (changes: Record<string, unknown> = {}) => ({
  kind: 'REQUEST',
  code: 'PARKING',
  names: [
    { locale: 'en', name: 'Parking permit' },
    { locale: 'it', name: '  Permesso   di parcheggio ' },
  ],
  ...changes,
});

describe('ticket category admin', () => {
  let t: TestApp;
  let adminToken: string;

  const save = (input: Record<string, unknown>, token = adminToken) =>
    t.graphql<{ saveTicketCategory: Saved }>(SAVE, { token, variables: { input } });

  beforeAll(async () => {
    t = await createTestApp();
    adminToken = await t.tokenFor(ADMIN);
  });
  afterAll(() => t.close());

  it('creates a category at the end of the list, audited', async () => {
    const body = await save(parking({ defaultQueueId: 'queue-group-it' }));
    expect(body.errors).toBeUndefined();
    expect(body.data?.saveTicketCategory).toMatchObject({
      kind: 'REQUEST',
      code: 'PARKING',
      name: 'Permesso di parcheggio',
      active: true,
      names: [
        { locale: 'en', name: 'Parking permit' },
        { locale: 'it', name: 'Permesso di parcheggio' },
      ],
      defaultQueue: { id: 'queue-group-it' },
    });
    const id = body.data!.saveTicketCategory.id;
    const listed = await t.graphql<{ ticketCategories: { id: string }[] }>(
      '{ ticketCategories { id } }',
      { token: adminToken },
    );
    expect(listed.data?.ticketCategories.at(-1)?.id).toBe(id);
    const [audit] = await t.db.query<{ actor_id: string; details: { code: string } }>(
      `select actor_id, details from audit_log
       where action = 'ticket.category.save' and target_id = $1`,
      [id],
    );
    expect(audit).toMatchObject({ actor_id: ADMIN, details: { code: 'PARKING' } });
  });

  it('retires a category: gone from the form, still listed for admins', async () => {
    const body = await save(
      parking({
        id: 'category-request-other',
        code: 'OTHER',
        active: false,
        names: [{ locale: 'en', name: 'Other request' }],
      }),
    );
    expect(body.data?.saveTicketCategory).toMatchObject({
      active: false,
      name: 'Other request',
      defaultQueue: null,
    });
    const form = await t.graphql<{ ticketCategories: { id: string }[] }>(
      '{ ticketCategories { id } }',
      { token: adminToken },
    );
    expect(form.data?.ticketCategories.map((c) => c.id)).not.toContain('category-request-other');
    const all = await t.graphql<{ adminTicketCategories: { id: string; active: boolean }[] }>(
      '{ adminTicketCategories { id active } }',
      { token: adminToken },
    );
    expect(all.data?.adminTicketCategories).toContainEqual({
      id: 'category-request-other',
      active: false,
    });
  });

  it.each([
    ['a lower-case code', parking({ code: 'parking' }), 'code', 'INVALID_CODE'],
    ['a code in use', parking({ code: 'IT' }), 'code', 'TAKEN'],
    [
      'no English name',
      parking({ names: [{ locale: 'it', name: 'Parcheggio' }] }),
      'names',
      'REQUIRED',
    ],
    [
      'an unknown language',
      parking({ names: [{ locale: 'xx', name: 'Parking' }] }),
      'names.0.locale',
      'UNKNOWN_LOCALE',
    ],
    [
      'two English names',
      parking({
        names: [
          { locale: 'en', name: 'Parking' },
          { locale: 'en', name: 'Car park' },
        ],
      }),
      'names.1.locale',
      'DUPLICATE',
    ],
    [
      'an empty name',
      parking({ names: [{ locale: 'en', name: ' ' }] }),
      'names.0.name',
      'REQUIRED',
    ],
    [
      'a long name',
      parking({ names: [{ locale: 'en', name: 'x'.repeat(81) }] }),
      'names.0.name',
      'TOO_LONG',
    ],
    [
      'an unknown queue',
      parking({ code: 'VALET', defaultQueueId: 'nope' }),
      'defaultQueueId',
      'UNKNOWN_QUEUE',
    ],
  ])('refuses %s, naming the field', async (_name, input, field, reason) => {
    expect(refusal(await save(input))).toEqual({ code: 'BAD_USER_INPUT', field, reason });
  });

  it("reads a category's targets, its own or its kind's, and saves new ones", async () => {
    const body = await save(
      parking({
        code: 'CAR_WASH',
        slaTargets: [{ priority: 'URGENT', respondWithinMinutes: 30, resolveWithinMinutes: 90 }],
      }),
    );
    expect(body.errors).toBeUndefined();
    const read = await t.graphql<{
      adminTicketCategories: { code: string; slaTargets: unknown }[];
    }>(
      '{ adminTicketCategories { code slaTargets { priority respondWithinMinutes resolveWithinMinutes } } }',
      { token: adminToken },
    );
    const carWash = read.data?.adminTicketCategories.find((c) => c.code === 'CAR_WASH');
    // A request's defaults for the others: the seeded ones.
    expect(carWash?.slaTargets).toEqual([
      { priority: 'LOW', respondWithinMinutes: 1440, resolveWithinMinutes: 10080 },
      { priority: 'NORMAL', respondWithinMinutes: 480, resolveWithinMinutes: 4320 },
      { priority: 'HIGH', respondWithinMinutes: 240, resolveWithinMinutes: 1440 },
      { priority: 'URGENT', respondWithinMinutes: 30, resolveWithinMinutes: 90 },
    ]);
    const [audit] = await t.db.query<{ details: { slaTargets: unknown[] } }>(
      `select details from audit_log where action = 'ticket.category.save' and target_id = $1`,
      [body.data!.saveTicketCategory.id],
    );
    expect(audit?.details.slaTargets).toHaveLength(1);
  });

  it.each([
    ['a target under a minute', { respondWithinMinutes: 0 }, '0.respondWithinMinutes', 'TOO_SMALL'],
    [
      'a target over a year',
      { resolveWithinMinutes: 525_601 },
      '0.resolveWithinMinutes',
      'TOO_LARGE',
    ],
    [
      'resolving sooner than responding',
      { respondWithinMinutes: 120, resolveWithinMinutes: 60 },
      '0.resolveWithinMinutes',
      'BEFORE_RESPONSE',
    ],
  ])('refuses %s, naming the target', async (_name, changes, field, reason) => {
    const target = { priority: 'LOW', respondWithinMinutes: 60, resolveWithinMinutes: 600 };
    const body = await save(parking({ code: 'VALET', slaTargets: [{ ...target, ...changes }] }));
    expect(refusal(body)).toEqual({ code: 'BAD_USER_INPUT', field: `slaTargets.${field}`, reason });
  });

  it('refuses two targets for one priority', async () => {
    const target = { priority: 'LOW', respondWithinMinutes: 60, resolveWithinMinutes: 600 };
    const body = await save(parking({ code: 'VALET', slaTargets: [target, target] }));
    expect(refusal(body)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'slaTargets.1.priority',
      reason: 'DUPLICATE',
    });
  });

  it('keeps the kind of a category tickets have', async () => {
    await fileTicket(t, await t.tokenFor('person-demo-fr-sales'), helpDesk(), 'category-kind');
    const body = await save({
      id: 'category-it',
      kind: 'REQUEST',
      code: 'IT',
      names: [{ locale: 'en', name: 'IT' }],
    });
    expect(refusal(body)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'kind',
      reason: 'NOT_EDITABLE',
    });
    const unknown = await save(parking({ id: 'category-nope' }));
    expect(refusal(unknown).code).toBe('NOT_FOUND');
  });

  it('is for admins only', async () => {
    const body = await save(
      parking({ code: 'NOT_MINE' }),
      await t.tokenFor('person-demo-de-region'),
    );
    expect(refusal(body).code).toBe('FORBIDDEN');
    const targets = await t.graphql('{ ticketCategories { slaTargets { priority } } }', {
      token: await t.tokenFor('person-demo-fr-sales'),
    });
    expect(refusal(targets).code).toBe('FORBIDDEN');
  });
});
