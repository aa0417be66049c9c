import type { PersonalDataSection } from '../privacy/personal-data.js';

/**
 * The tickets the person filed, what they wrote in discussions (internal notes included:
 * the export is the person's own words) and the moves they made. An erasure keeps them:
 * a ticket is the dealer's record of a problem, and its reporter then shows as a former
 * member (the person's row is emptied).
 */
export const ticketsPersonalData: PersonalDataSection = {
  name: 'tickets',
  async export(db, personId) {
    const filed = await db.query(
      `select id, number, kind, category_id, title, description, priority, status, dealer_id,
              vin, customer_reference, severity, created_at, updated_at
       from tickets where reporter_id = $1 order by created_at, id`,
      [personId],
    );
    const comments = await db.query(
      `select id, ticket_id, body, internal, created_at from ticket_comments
       where author_id = $1 order by created_at, id`,
      [personId],
    );
    const moves = await db.query(
      `select ticket_id, action, from_status, to_status, at from ticket_events
       where actor_id = $1 order by id`,
      [personId],
    );
    return { filed, comments, moves };
  },
};
