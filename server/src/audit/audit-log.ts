import { admin } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  ResolversTypes,
  MutationResolvers,
  QueryResolvers,
  RoleGrant,
} from '../generated/resolvers.js';
import { badUserInput } from '../graphql/errors.js';
import { connection, pageRequest } from '../graphql/pagination.js';
import { grantsJson, personQuery, type PersonModel } from '../org/person-model.js';
import type { Principal } from '../org/principal.js';

export interface AuditRecord {
  /** `<object>.<verb>`, e.g. person.erase, app.rollout. */
  action: string;
  targetType: string;
  targetId: string | null;
  details?: Record<string, unknown>;
}

/**
 * Appends an entry to the audit log. Call it inside the transaction of the change it
 * records, so that an action and its entry exist together or not at all.
 */
export async function recordAudit(db: Db, actor: Principal, record: AuditRecord): Promise<void> {
  await db.query(
    `insert into audit_log (actor_id, actor_grants, action, target_type, target_id, details)
     values ($1, $2::jsonb, $3, $4, $5, $6::jsonb)`,
    [
      actor.personId,
      JSON.stringify(
        actor.roles.map((grant) => ({
          role: grant.role,
          scope_type: grant.scopeType,
          scope_id: grant.scopeId,
        })),
      ),
      record.action,
      record.targetType,
      record.targetId,
      JSON.stringify(record.details ?? {}),
    ],
  );
}

export const MIN_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;

async function retentionDays(db: Db): Promise<number> {
  const [row] = await db.query<{ value: number }>(
    `select value from settings where key = 'audit_retention_days'`,
    [],
  );
  return row?.value ?? MAX_RETENTION_DAYS;
}

/** Deletes entries older than the retention setting; returns how many went. */
export async function purgeExpiredAudit(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(`set local piazza.audit_purge = 'on'`, []);
    const gone = await tx.query(
      `delete from audit_log
       where at < now() - make_interval(days => (select value::int from settings
                                                  where key = 'audit_retention_days'))
       returning id`,
      [],
    );
    return gone.length;
  });
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string;
  actor_grants: RoleGrant[];
  action: string;
  target_type: string;
  target_id: string | null;
  details: unknown;
}

/** The grants stored with each entry, in the shape and labels of RoleGrant. */
async function grantsOf(db: Db, rows: AuditRow[]): Promise<Map<string, RoleGrant[]>> {
  const labelled = await db.query<{ id: string; grants: RoleGrant[] }>(
    `select e.id::text as id, ${grantsJson('g.role', 'g.scope_type', 'g.scope_id')} as grants
     from audit_log e
     cross join lateral jsonb_to_recordset(e.actor_grants)
       as g(role text, scope_type text, scope_id text)
     where e.id = any($1::bigint[])
     group by e.id`,
    [rows.map((row) => row.id)],
  );
  return new Map(labelled.map((row) => [row.id, row.grants]));
}

interface AuditPageArgs {
  filter?: { actorId?: string | null; targetId?: string | null; action?: string | null } | null;
  first?: number | null;
  after?: string | null;
}

async function auditPage(db: Db, args: AuditPageArgs) {
  const page = pageRequest(args, { parts: 1, max: 200, default: 50 });
  const filter = args.filter ?? {};
  if (page.after && !/^\d{1,18}$/.test(page.after[0] ?? '')) {
    throw badUserInput('after is not a cursor of this list');
  }
  const rows = await db.query<AuditRow>(
    `select id::text as id, at, actor_id, actor_grants, action, target_type, target_id, details
     from audit_log
     where ($1::text is null or actor_id = $1) and ($2::text is null or target_id = $2)
       and ($3::text is null or action = $3) and ($4::bigint is null or id < $4::bigint)
     order by id desc
     limit $5`,
    [
      filter.actorId ?? null,
      filter.targetId ?? null,
      filter.action ?? null,
      page.after?.[0] ?? null,
      page.limit,
    ],
  );
  const actors = await db.query<PersonModel>(personQuery('where p.id = any($1::text[])'), [
    [...new Set(rows.map((row) => row.actor_id))],
  ]);
  const actorById = new Map(actors.map((actor) => [actor.id, actor]));
  const grants = await grantsOf(db, rows);
  return {
    ...connection(
      rows,
      page,
      (row) => [row.id],
      (row): ResolversTypes['AuditEntry'] => ({
        id: row.id,
        at: row.at.toISOString(),
        actor: actorById.get(row.actor_id)!,
        actorGrants: grants.get(row.id) ?? [],
        action: row.action,
        targetType: row.target_type,
        targetId: row.target_id,
        details: JSON.stringify(row.details),
      }),
    ),
    retentionDays: await retentionDays(db),
  };
}

export const auditLog: QueryResolvers['auditLog'] = (_parent, args, { db, principal }) => {
  admin(principal);
  return auditPage(db, args);
};

export const setAuditRetention: MutationResolvers['setAuditRetention'] = async (
  _parent,
  { days },
  { db, principal },
) => {
  const caller = admin(principal);
  if (!Number.isInteger(days) || days < MIN_RETENTION_DAYS || days > MAX_RETENTION_DAYS) {
    throw badUserInput(
      `Retention must be between ${MIN_RETENTION_DAYS} and ${MAX_RETENTION_DAYS} days`,
    );
  }
  await db.transaction(async (tx) => {
    const before = await retentionDays(tx);
    await tx.query(`update settings set value = $1::jsonb where key = 'audit_retention_days'`, [
      JSON.stringify(days),
    ]);
    await recordAudit(tx, caller, {
      action: 'audit.retention',
      targetType: 'setting',
      targetId: 'audit_retention_days',
      details: { from: before, to: days },
    });
  });
  await purgeExpiredAudit(db);
  return auditPage(db, {});
};
