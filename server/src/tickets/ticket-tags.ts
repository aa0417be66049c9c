import { signedIn } from '../access/guard.js';
import { recordAudit } from '../audit/audit-log.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { forbidden, invalidField } from '../graphql/errors.js';
import { normalTag } from '../news/topics.js';
import { handledBy, TICKET_FROM } from './ticket-access.js';
import { publishTicketChange } from './ticket-events.js';
import { ticketFor } from './ticket-model.js';

/** The database checks the count too. */
const MAX_TICKET_TAGS = 10;
const MAX_SUGGESTIONS = 50;

/**
 * A ticket's tags as stored: the same words as articles' tags (#recall, #città), lower
 * case, once each, in alphabetical order; else BAD_USER_INPUT naming `tags.<i>` or `tags`.
 */
function cleanTicketTags(tags: readonly string[]): string[] {
  const clean = tags.map((text, i) => {
    if (text.trim().replace(/^#/, '') === '') {
      throw invalidField(`tags.${i}`, 'REQUIRED', 'A tag is a word');
    }
    const tag = normalTag(text);
    if (!tag) {
      throw invalidField(
        `tags.${i}`,
        'INVALID_TAG',
        'Tags are words of letters, digits and dashes',
      );
    }
    return tag;
  });
  const unique = [...new Set(clean)].sort();
  if (unique.length > MAX_TICKET_TAGS) {
    throw invalidField('tags', 'TOO_MANY', `A ticket has at most ${MAX_TICKET_TAGS} tags`);
  }
  return unique;
}

/**
 * Sets the tags of a ticket its caller handles. The row is locked while the change is
 * worked out, so two handlers tagging at once each see the other's tags in the history.
 * Tags are the handlers' reading of the ticket, not a response to it: the SLA's clocks run
 * on, and only the ticket's live viewers hear of the change.
 */
export const setTicketTags: MutationResolvers['setTicketTags'] = async (
  _parent,
  { id, tags, locale },
  { db, principal, news },
) => {
  const caller = signedIn(principal);
  const ticket = await ticketFor(db, caller, id, locale);
  if (!ticket.handledByMe) throw forbidden();
  const wanted = cleanTicketTags(tags);
  const changed = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ tags: string[] }>(
      'select tags from tickets where id = $1 for update',
      [id],
    );
    const had = row!.tags;
    const added = wanted.filter((tag) => !had.includes(tag));
    const removed = had.filter((tag) => !wanted.includes(tag));
    if (added.length === 0 && removed.length === 0) return false;
    await tx.query('update tickets set tags = $2, updated_at = now() where id = $1', [id, wanted]);
    await tx.query(
      `insert into ticket_events (ticket_id, actor_id, action, added_tags, removed_tags)
       values ($1, $2, 'TAGGED', $3, $4)`,
      [id, caller.personId, added, removed],
    );
    await recordAudit(tx, caller, {
      action: 'ticket.tags',
      targetType: 'ticket',
      targetId: id,
      details: { number: ticket.number, added, removed },
    });
    return true;
  });
  if (changed) publishTicketChange(news, id);
  return ticketFor(db, caller, id, locale);
};

/** What handlers already call the themes of the tickets they handle, to keep one name each. */
export const ticketTags: QueryResolvers['ticketTags'] = async (
  _parent,
  _args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  const params: unknown[] = [];
  const handled = handledBy(caller, params);
  const rows = await db.query<{ tag: string }>(
    `select tag from ${TICKET_FROM} cross join unnest(t.tags) as tag
     where ${handled} group by tag order by count(*) desc, tag limit ${MAX_SUGGESTIONS}`,
    params,
  );
  return rows.map((row) => row.tag);
};
