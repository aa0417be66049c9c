import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { purgeExpiredAudit } from './audit-log.js';

const LOG = `query ($filter: AuditFilter, $after: String) {
  auditLog(filter: $filter, first: 2, after: $after) {
    retentionDays
    edges { node { action targetType targetId details actor { id displayName }
                   actorGrants { role scope { type id name } } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface LogData {
  auditLog: {
    retentionDays: number;
    edges: { node: { action: string; targetId: string; details: string } }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  };
}

describe('the audit log', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.tokenFor('person-demo-admin');
    for (const wave of ['EVERYONE', 'EVERYONE', 'EVERYONE']) {
      await t.graphql(
        'mutation ($w: RolloutWave!) { setAppRollout(input: {app: "news", wave: $w}) { app } }',
        {
          token: admin,
          variables: { w: wave },
        },
      );
    }
  });
  afterAll(() => t.close());

  it('says who did what, under which roles and scopes, newest first, page by page', async () => {
    const first = await t.graphql<LogData>(LOG, { token: admin });
    expect(first.errors).toBeUndefined();
    const page = first.data!.auditLog;
    expect(page.retentionDays).toBe(730);
    expect(page.edges).toHaveLength(2);
    expect(page.edges[0]?.node).toMatchObject({
      action: 'app.rollout',
      targetType: 'app',
      targetId: 'news',
      actor: { id: 'person-demo-admin', displayName: 'Oliver Bennett' },
      actorGrants: [{ role: 'ADMIN', scope: { type: 'GROUP', id: null, name: '' } }],
    });
    expect(JSON.parse(page.edges[0]!.node.details)).toEqual({
      wave: 'EVERYONE',
      countries: [],
      dealers: [],
    });
    const next = await t.graphql<LogData>(LOG, {
      token: admin,
      variables: { after: page.pageInfo.endCursor },
    });
    expect(next.data?.auditLog.edges).toHaveLength(1);
    expect(next.data?.auditLog.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by action, actor and target', async () => {
    const none = await t.graphql<LogData>(LOG, {
      token: admin,
      variables: { filter: { action: 'person.erase' } },
    });
    expect(none.data?.auditLog.edges).toEqual([]);
    const byActor = await t.graphql<LogData>(LOG, {
      token: admin,
      variables: { filter: { actorId: 'person-demo-admin', targetId: 'news' } },
    });
    expect(byActor.data?.auditLog.edges).toHaveLength(2);
  });

  it('can be appended to, never changed or deleted outside the retention purge', async () => {
    await expect(t.db.query(`update audit_log set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(t.db.query('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('forgets entries older than the retention an admin sets, and audits the setting', async () => {
    await t.db.query(
      `insert into audit_log (at, actor_id, actor_grants, action, target_type)
       values (now() - interval '400 days', 'person-demo-admin', '[]', 'old.thing', 'test')`,
    );
    expect(await purgeExpiredAudit(t.db)).toBe(0);
    const set = await t.graphql<{ setAuditRetention: { retentionDays: number } }>(
      'mutation { setAuditRetention(days: 365) { retentionDays } }',
      { token: admin },
    );
    expect(set.data?.setAuditRetention.retentionDays).toBe(365);
    const rows = await t.db.query<{ action: string; details: unknown }>(
      'select action, details from audit_log order by id',
    );
    expect(rows.map((row) => row.action)).not.toContain('old.thing');
    expect(rows.at(-1)).toEqual({ action: 'audit.retention', details: { from: 730, to: 365 } });
  });

  it('refuses a retention outside 30..3650 days and a cursor it did not make', async () => {
    for (const days of [29, 3651]) {
      const body = await t.graphql(
        `mutation { setAuditRetention(days: ${days}) { retentionDays } }`,
        {
          token: admin,
        },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const forged = Buffer.from(JSON.stringify(['1; drop table audit_log'])).toString('base64url');
    const body = await t.graphql(LOG, { token: admin, variables: { after: forged } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
