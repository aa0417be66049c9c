import type { TFunction } from 'i18next';
import type { NotificationCentreFieldsFragment } from '../notification-centre.generated.js';
import { liveStreamState } from '@piazza/shared';

export type NotificationItem = NotificationCentreFieldsFragment['items'][number];

/**
 * What a notification says, in the person's language: "New must-read: …", "Anna Rossi
 * replied to your comment: …", for a live stream whether it is about to start, live now or
 * over (at `now`, so an old reminder does not still say "starting"), and for a watched
 * ticket "Marco Bianchi commented on T-000123" or "T-000123 moved to In progress", and
 * "Marco Bianchi assigned you T-000123" (the bell shows the ticket's title with each).
 */
export function notificationText(item: NotificationItem, t: TFunction, now: number): string {
  const title = item.article?.title ?? '';
  const name = () => item.actor?.displayName || t('person.formerMember');
  switch (item.kind) {
    case 'MUST_READ':
      return t('notifications.mustRead', { title });
    case 'REPLY':
      return t('notifications.reply', { name: name(), excerpt: item.excerpt ?? '' });
    case 'LIVE_STREAM': {
      const stream = item.article?.liveStream;
      const state = stream ? liveStreamState(stream, now) : 'ended';
      if (state === 'live') return t('notifications.liveNow', { title });
      return t(state === 'ended' ? 'notifications.liveEnded' : 'notifications.liveSoon', { title });
    }
    case 'TICKET': {
      const number = item.ticket?.number ?? '';
      if (item.assignedToMe) return t('notifications.ticketAssigned', { name: name(), number });
      if (!item.movedTo) return t('notifications.ticketComment', { name: name(), number });
      const status = t(`notifications.ticketStatus.${item.movedTo}`);
      return t('notifications.ticketMoved', { number, status });
    }
  }
}
