import { expect } from '@open-wc/testing';
import type { TFunction } from 'i18next';
import { notificationText, type NotificationItem } from './notification-text.js';

/** Says which key it was asked for, with its values: the texts themselves are in the bundles. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const NOW = Date.parse('2026-11-29T15:00:00Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

function item(overrides: Partial<NotificationItem>): NotificationItem {
  return {
    id: 'MUST_READ:article-1',
    kind: 'MUST_READ',
    at: at(-5),
    unread: true,
    excerpt: null,
    actor: null,
    article: { id: 'article-1', locale: 'it', title: 'Richiamo', liveStream: null },
    ticket: null,
    movedTo: null,
    assignedToMe: false,
    ...overrides,
  };
}

describe('what a notification says', () => {
  it('names the must-read, and who replied with the start of the reply', () => {
    expect(notificationText(item({}), t, NOW)).to.equal(
      'notifications.mustRead {"title":"Richiamo"}',
    );
    expect(
      notificationText(
        item({ kind: 'REPLY', actor: { displayName: 'Anna Rossi' }, excerpt: 'Va bene' }),
        t,
        NOW,
      ),
    ).to.equal('notifications.reply {"name":"Anna Rossi","excerpt":"Va bene"}');
  });

  it('calls someone whose data was erased a former member', () => {
    expect(
      notificationText(
        item({ kind: 'REPLY', actor: { displayName: null }, excerpt: 'Sì' }),
        t,
        NOW,
      ),
    ).to.equal('notifications.reply {"name":"person.formerMember","excerpt":"Sì"}');
  });

  it('says whether a live stream is about to start, running or over, at the moment it is read', () => {
    const stream = (startsAt: number, endsAt: number) =>
      item({
        kind: 'LIVE_STREAM',
        article: {
          id: 'article-1',
          locale: 'it',
          title: 'Diretta',
          liveStream: { startsAt: at(startsAt), endsAt: at(endsAt) },
        },
      });
    expect(notificationText(stream(10, 70), t, NOW)).to.match(/^notifications\.liveSoon /);
    expect(notificationText(stream(-10, 50), t, NOW)).to.match(/^notifications\.liveNow /);
    expect(notificationText(stream(-70, -10), t, NOW)).to.match(/^notifications\.liveEnded /);
  });

  it('says who commented on, moved or assigned a ticket, by its number', () => {
    const ticket = {
      id: 'ticket-1',
      number: 'T-000123',
      title: 'Stampante',
      status: 'IN_PROGRESS' as const,
    };
    const about = { kind: 'TICKET' as const, article: null, ticket };
    expect(
      notificationText(item({ ...about, actor: { displayName: 'Marco Bianchi' } }), t, NOW),
    ).to.equal('notifications.ticketComment {"name":"Marco Bianchi","number":"T-000123"}');
    expect(
      notificationText(
        item({ ...about, actor: { displayName: 'Marco Bianchi' }, movedTo: 'IN_PROGRESS' }),
        t,
        NOW,
      ),
    ).to.equal(
      'notifications.ticketMoved {"number":"T-000123","status":"notifications.ticketStatus.IN_PROGRESS"}',
    );
    expect(
      notificationText(
        item({ ...about, actor: { displayName: 'Marco Bianchi' }, assignedToMe: true }),
        t,
        NOW,
      ),
    ).to.equal('notifications.ticketAssigned {"name":"Marco Bianchi","number":"T-000123"}');
  });
});
