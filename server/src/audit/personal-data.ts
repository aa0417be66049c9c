import type { PersonalDataSection } from '../privacy/personal-data.js';

/**
 * What the person did as an editor or admin, and what was done to their record. The log
 * is append-only: an erasure keeps the entries, which then name no one (the actor's row
 * is emptied), until the retention setting removes them.
 */
export const auditPersonalData: PersonalDataSection = {
  name: 'audit',
  export: (db, personId) =>
    db.query(
      `select id::text as id, at, actor_id, action, target_type, target_id, details
       from audit_log
       where actor_id = $1 or (target_type = 'person' and target_id = $1)
       order by id`,
      [personId],
    ),
};
