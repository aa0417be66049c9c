import type { PersonalDataSection } from '../privacy/personal-data.js';

/**
 * The tickets the person filed, what they wrote in discussions (internal notes included:
 * the export is the person's own words), the moves and checklist ticks they made, the photos
 * and documents they uploaded, and their queues, assignments and watched tickets.
 * An erasure keeps them: a ticket is the dealer's record of a problem, and its reporter
 * then shows as a former member (the person's row is emptied).
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
      `select ticket_id, action, from_status, to_status, queue_id, assignee_id,
              checklist_item_id, checked, at
       from ticket_events
       where actor_id = $1 order by id`,
      [personId],
    );
    // By id, not their bytes: each stays at /api/tickets/photos/<id> (or documents/<id>)
    // for its uploader.
    const photos = await db.query(
      `select photo_id, uploaded_at from ticket_photo_uploads where person_id = $1
       order by uploaded_at, photo_id`,
      [personId],
    );
    const documents = await db.query(
      `select document_id, file_name, uploaded_at from ticket_document_uploads
       where person_id = $1 order by uploaded_at, document_id`,
      [personId],
    );
    // The teams the person works tickets in, the tickets they hold and those they follow.
    const queues = await db.query(
      `select queue_id from ticket_queue_members where person_id = $1 order by queue_id`,
      [personId],
    );
    const assigned = await db.query(
      `select id, number from tickets where assignee_id = $1 order by created_at, id`,
      [personId],
    );
    const watching = await db.query(
      `select ticket_id from ticket_watchers where person_id = $1 order by ticket_id`,
      [personId],
    );
    return { filed, comments, moves, photos, documents, queues, assigned, watching };
  },
};
