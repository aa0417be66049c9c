import type { TFunction } from 'i18next';
import type { NotificationCentreFieldsFragment } from '../notification-centre.generated.js';
import { liveStreamState } from '@piazza/shared';

export type NotificationItem = NotificationCentreFieldsFragment['items'][number];

/**
 * What a notification says, in the person's language: "New must-read: …", "Anna Rossi
 * replied to your comment: …", and for a live stream whether it is about to start, live
 * now or over (at `now`, so an old reminder does not still say "starting").
 */
export function notificationText(item: NotificationItem, t: TFunction, now: number): string {
  const title = item.article.title;
  switch (item.kind) {
    case 'MUST_READ':
      return t('notifications.mustRead', { title });
    case 'REPLY':
      return t('notifications.reply', {
        name: item.actor?.displayName || t('person.formerMember'),
        excerpt: item.excerpt ?? '',
      });
    case 'LIVE_STREAM': {
      const stream = item.article.liveStream;
      const state = stream ? liveStreamState(stream, now) : 'ended';
      if (state === 'live') return t('notifications.liveNow', { title });
      return t(state === 'ended' ? 'notifications.liveEnded' : 'notifications.liveSoon', { title });
    }
  }
}
