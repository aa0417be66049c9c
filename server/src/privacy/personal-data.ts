import { admin } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { Db } from '../db/db.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { badUserInput, notFound } from '../graphql/errors.js';
import { commentsPersonalData } from '../news/comments/personal-data.js';
import { newsPersonalData } from '../news/personal-data.js';
import { loadPerson } from '../org/person-model.js';
import { orgPersonalData } from '../org/personal-data.js';
import { auditPersonalData } from '../audit/personal-data.js';
import { ticketsPersonalData } from '../tickets/personal-data.js';

/**
 * What one module stores about a person. Every module that keeps personal data adds its
 * section here, so that an export is complete and an erasure leaves nothing behind.
 */
export interface PersonalDataSection {
  name: string;
  export(db: Db, personId: string): Promise<unknown>;
  /** Removes or anonymises the section's data; runs inside the erasure's transaction. */
  erase?(db: Db, personId: string): Promise<void>;
}

const SECTIONS: PersonalDataSection[] = [
  orgPersonalData,
  newsPersonalData,
  commentsPersonalData,
  auditPersonalData,
  ticketsPersonalData,
];

const MAX_REASON = 500;

export const exportPersonData: MutationResolvers['exportPersonData'] = async (
  _parent,
  { personId },
  { db, principal },
) => {
  const caller = admin(principal);
  if (!(await loadPerson(db, personId))) throw notFound('person');
  return db.transaction(async (tx) => {
    const exportedAt = new Date().toISOString();
    const document: Record<string, unknown> = {
      format: 'piazza-personal-data/1',
      personId,
      exportedAt,
    };
    for (const section of SECTIONS) document[section.name] = await section.export(tx, personId);
    await recordAudit(tx, caller, {
      action: 'person.export',
      targetType: 'person',
      targetId: personId,
    });
    return {
      fileName: `piazza-${personId}-${exportedAt.slice(0, 10)}.json`,
      json: JSON.stringify(document, null, 2),
    };
  });
};

export const erasePerson: MutationResolvers['erasePerson'] = async (
  _parent,
  { personId, reason },
  { db, principal },
) => {
  const caller = admin(principal);
  const why = reason.trim();
  if (why.length === 0 || why.length > MAX_REASON) {
    throw badUserInput(`Give the reason for the erasure (1 to ${MAX_REASON} characters)`);
  }
  if (personId === caller.personId) {
    throw badUserInput('Another admin must erase your own data');
  }
  const person = await loadPerson(db, personId);
  if (!person) throw notFound('person');
  if (!person.erasedAt) {
    await db.transaction(async (tx) => {
      for (const section of SECTIONS) await section.erase?.(tx, personId);
      await recordAudit(tx, caller, {
        action: 'person.erase',
        targetType: 'person',
        targetId: personId,
        details: { reason: why },
      });
    });
  }
  return (await loadPerson(db, personId))!;
};
