import { filter, map, pipe } from 'graphql-yoga';
import { signedIn } from '../access/guard.js';
import type { Db } from '../db/db.js';
import type {
  MutationResolvers,
  QueryResolvers,
  SubscriptionResolvers,
} from '../generated/resolvers.js';
import { requestedLocale } from '../news/resolvers.js';
import { meantFor, principalAsReader } from '../news/visibility.js';
import type { Principal } from '../org/principal.js';
import {
  loadNotificationCentre,
  markNotificationsSeen as markSeen,
  type NotificationCentreModel,
} from './notification-centre.js';
import type { NewsEvent } from './news-events.js';
import { concernsTicketReader } from './ticket-notices.js';

export const notifications: QueryResolvers['notifications'] = (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  return loadNotificationCentre(db, caller, requestedLocale(args.locale, caller));
};

export const markNotificationsSeen: MutationResolvers['markNotificationsSeen'] = async (
  _parent,
  args,
  { db, principal },
) => {
  const caller = signedIn(principal);
  await markSeen(db, caller.personId);
  return loadNotificationCentre(db, caller, requestedLocale(args.locale, caller));
};

/** Whether an event brings the caller a notification. */
async function concerns(db: Db, caller: Principal, event: NewsEvent): Promise<boolean> {
  if (event.type === 'reply') return event.personId === caller.personId;
  if (event.type === 'ticket' || event.type === 'assigned') {
    return concernsTicketReader(db, caller, event);
  }
  const params: unknown[] = [event.articleId];
  const rows = await db.query(
    `select 1 from articles a where a.id = $1
       ${event.type === 'article' ? 'and a.must_read' : ''}
       and ${meantFor(principalAsReader(caller, params))}`,
    params,
  );
  return rows.length > 0;
}

export const notificationsChanged: SubscriptionResolvers['notificationsChanged'] = {
  subscribe: (_parent, args, { db, principal, news }) => {
    const caller = signedIn(principal);
    const locale = requestedLocale(args.locale, caller);
    return pipe(
      news.subscribe('news'),
      filter((event: NewsEvent) => concerns(db, caller, event)),
      map(() => loadNotificationCentre(db, caller, locale)),
    );
  },
  resolve: (centre: NotificationCentreModel) => centre,
};
