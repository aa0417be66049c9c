import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HttpResponse, graphql } from 'msw';
import i18next from 'i18next';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { formatDate, tokens, type PortalContext } from '@piazza/shared';
import type { RequestHandler } from 'msw';
import { createHandlers } from '../../../../mocks/handlers.js';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { MockNotificationsApi } from '../../../../mocks/notifications-api.js';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import type { PiazzaNotificationBell } from './notification-bell.js';
import './notification-bell.js';

/** Marco Bianchi, service manager at a Lumo dealer in Italy. */
const READER = 'person-demo-it-service';

interface Setup {
  bell: PiazzaNotificationBell;
  notifications: MockNotificationsApi;
  portal: PortalContext;
  articles: { id: string; title: string }[];
}

async function mountBell(
  options: { locale?: string; handlers?: RequestHandler[]; subscribes?: boolean } = {},
): Promise<Setup> {
  const { locale = 'it' } = options;
  const api = new MockApi(mockNetwork());
  const notifications = new MockNotificationsApi(api);
  const handlers = createHandlers(api, undefined, undefined, undefined, notifications);
  // Handlers used later come first: a test's own answers win.
  (await startMockWorker()).use(...handlers);
  (await startMockWorker()).use(...(options.handlers ?? []));
  const portal = await createTestPortal({
    personId: READER,
    locale,
    app: { namespace: 'news', folder: 'apps/news' },
  });
  const viewer = mockNetwork().people.find((person) => person.id === READER);
  const articles = api
    .newsFeed(viewer, { first: 5, locale })
    .edges.map(({ node }) => ({ id: node.id, title: node.title }));
  // The portal's design tokens, as the shell gives them, for real sizes and colours.
  if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
  }
  const root = await fixture<HTMLElement>(
    html`<div class="piazza-root piazza-theme-lumo">
      <piazza-notification-bell .portal=${portal}></piazza-notification-bell>
    </div>`,
  );
  const bell = root.querySelector('piazza-notification-bell')!;
  if (options.subscribes ?? true) {
    await waitUntil(() => notifications.openStreams > 0, 'the bell did not subscribe');
  }
  return { bell, notifications, portal, articles };
}

const $ = <E extends Element = HTMLElement>(bell: PiazzaNotificationBell, selector: string) =>
  bell.shadowRoot!.querySelector<E>(selector);
const button = (bell: PiazzaNotificationBell) => $<HTMLButtonElement>(bell, '.bell')!;
const panel = (bell: PiazzaNotificationBell) => $(bell, '#panel')!;
const items = (bell: PiazzaNotificationBell) => [...bell.shadowRoot!.querySelectorAll('.items li')];
const badge = (bell: PiazzaNotificationBell) => $(bell, '.badge')?.textContent?.trim();

async function open(bell: PiazzaNotificationBell): Promise<void> {
  button(bell).click();
  await waitUntil(() => items(bell).length > 0, 'the panel lists nothing');
}

describe('piazza-notification-bell', () => {
  afterEach(async () => {
    (await startMockWorker()).resetHandlers();
    await setViewport({ width: 800, height: 600 });
  });

  it('counts what arrives without a reload, and says the count in its name', async () => {
    const { bell, notifications, articles } = await mountBell();
    await waitUntil(() => button(bell).getAttribute('aria-label') === 'Notifiche', 'no label');
    expect(badge(bell)).to.equal(undefined);

    notifications.notify(READER, { kind: 'MUST_READ', articleId: articles[0]!.id });
    await waitUntil(() => badge(bell) === '1', 'the count did not rise');
    expect(button(bell).getAttribute('aria-label')).to.equal('Notifiche: 1 non letta');

    notifications.notify(READER, { kind: 'MUST_READ', articleId: articles[1]!.id });
    await waitUntil(() => badge(bell) === '2', 'the count did not rise again');
    expect(button(bell).getAttribute('aria-label')).to.equal('Notifiche: 2 non lette');
  });

  it('lists each kind in Italian with its time, newest first, and clears the count on opening', async () => {
    const { bell, notifications, articles } = await mountBell();
    const [mustRead, replied] = articles;
    notifications.notify(READER, { kind: 'MUST_READ', articleId: mustRead!.id });
    notifications.notify(READER, {
      kind: 'REPLY',
      articleId: replied!.id,
      commentId: 'comment-1',
      actorName: 'Giulia Ferraro',
      excerpt: 'Grazie, ci vediamo in officina.',
    });
    await waitUntil(() => badge(bell) === '2', 'the count did not rise');

    await open(bell);
    expect(panel(bell).matches(':popover-open')).to.equal(true);
    expect(panel(bell).getAttribute('role')).to.equal('dialog');
    expect(bell.shadowRoot!.activeElement?.id, 'focus moves into the panel').to.equal(
      'panel-title',
    );
    const texts = items(bell).map((item) => item.querySelector('.what')!.textContent!.trim());
    expect(texts.slice(0, 2)).to.deep.equal([
      'Giulia Ferraro ha risposto al tuo commento: «Grazie, ci vediamo in officina.»',
      `Nuova lettura obbligatoria: ${mustRead!.title}`,
    ]);
    const time = items(bell)[0]!.querySelector('time')!;
    expect(time.textContent).to.equal(formatDate(time.dateTime, 'it'));
    expect(items(bell)[0]!.querySelector('.icon svg')).not.to.equal(null);

    await waitUntil(() => badge(bell) === undefined, 'opening did not clear the count');
    expect(button(bell).getAttribute('aria-label')).to.equal('Notifiche');
    const marked = items(bell).filter((item) => item.classList.contains('new'));
    expect(marked, 'what was new stays marked while the panel is open').to.have.length(2);
    expect(marked[0]!.querySelector('.new-mark')!.textContent).to.equal('Nuova');
  });

  it('closes on Escape and gives the focus back to the bell', async () => {
    const { bell, notifications, articles } = await mountBell();
    notifications.notify(READER, { kind: 'MUST_READ', articleId: articles[0]!.id });
    await waitUntil(() => badge(bell) === '1', 'the count did not rise');
    button(bell).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => items(bell).length > 0, 'Enter did not open the panel');
    expect(button(bell).getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel(bell).matches(':popover-open'), 'Escape did not close it');
    // Compared by class: a failing comparison of elements would print the whole tree.
    expect(bell.shadowRoot!.activeElement?.className).to.equal('bell');
    expect(button(bell).getAttribute('aria-expanded')).to.equal('false');
  });

  it('leads to the article in the news app and closes', async () => {
    const { bell, notifications, articles } = await mountBell();
    notifications.notify(READER, { kind: 'MUST_READ', articleId: articles[0]!.id });
    await waitUntil(() => badge(bell) === '1', 'the count did not rise');
    await open(bell);
    const link = items(bell)[0]!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(`/portal/news/${articles[0]!.id}`);
    link.click();
    expect(window.location.pathname).to.equal(`/portal/news/${articles[0]!.id}`);
    expect(panel(bell).matches(':popover-open')).to.equal(false);
  });

  it('tells of a watched ticket’s move and comment and of an assignment by its number, and leads to the ticket', async () => {
    const { bell, notifications } = await mountBell();
    const ticket = {
      id: 'ticket-1',
      number: 'T-000123',
      title: 'Stampante',
      status: 'IN_PROGRESS',
    };
    notifications.notify(READER, {
      kind: 'TICKET',
      ticket,
      commentId: 'ticket-comment-1',
      actorName: 'Giulia Ferraro',
      excerpt: 'Non stampa ancora',
    });
    notifications.notify(READER, {
      kind: 'TICKET',
      ticket,
      movedTo: 'IN_PROGRESS',
      commentId: 'ticket-event-1',
      actorName: 'Matteo Conti',
    });
    notifications.notify(READER, {
      kind: 'TICKET',
      ticket,
      assignedToMe: true,
      commentId: 'ticket-event-2',
      actorName: 'Matteo Conti',
    });
    await waitUntil(() => badge(bell) === '3', 'the count did not rise');
    await open(bell);
    const text = (item: Element) => item.querySelector('.what')!.textContent!.trim();
    // The newest three, in any order: they may arrive in the same millisecond.
    expect(items(bell).slice(0, 3).map(text)).to.have.members([
      'T-000123 è passato a «In lavorazione»',
      'Giulia Ferraro ha commentato T-000123',
      'Matteo Conti ti ha assegnato T-000123',
    ]);
    const moved = items(bell).find((item) => text(item).startsWith('T-000123'))!;
    expect(moved.querySelector('.about')!.textContent).to.equal('Stampante');
    const link = moved.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('/portal/tickets/ticket-1');
    link.click();
    expect(window.location.pathname).to.equal('/portal/tickets/ticket-1');
    expect(panel(bell).matches(':popover-open')).to.equal(false);
  });

  it('says when there is nothing yet, and what to do when the list cannot be loaded', async () => {
    let fail = true;
    const { bell } = await mountBell({
      subscribes: false,
      handlers: [
        graphql.query('Notifications', () =>
          fail
            ? HttpResponse.error()
            : HttpResponse.json({
                data: { notifications: { __typename: 'NotificationCentre', unread: 0, items: [] } },
              }),
        ),
      ],
    });
    button(bell).click();
    await waitUntil(() => $(bell, '.retry'), 'no error state');
    expect($(bell, '.status p')!.textContent).to.equal(i18next.t('errors.network', { lng: 'it' }));

    fail = false;
    $<HTMLButtonElement>(bell, '.retry')!.click();
    await waitUntil(() => $(bell, 'p.status'), 'no empty state');
    expect($(bell, 'p.status')!.textContent).to.match(/^Nessuna novità per ora\./);
  });

  it('covers the phone’s width under the header, with targets of at least 44 px', async () => {
    await setViewport({ width: 360, height: 640 });
    const { bell, notifications, articles } = await mountBell();
    notifications.notify(READER, { kind: 'MUST_READ', articleId: articles[0]!.id });
    await waitUntil(() => badge(bell) === '1', 'the count did not rise');
    await open(bell);
    const box = panel(bell).getBoundingClientRect();
    expect(box.left).to.equal(0);
    expect(box.width).to.equal(document.documentElement.clientWidth);
    expect(box.top).to.be.at.least(button(bell).getBoundingClientRect().bottom);
    for (const target of [button(bell), $(bell, '.close')!, items(bell)[0]!.querySelector('a')!]) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.className || target.tagName).to.be.at.least(44);
    }
  });

  it('uses Polish plural forms for the count', async () => {
    const { bell, notifications, articles } = await mountBell({ locale: 'pl' });
    for (const article of articles.slice(0, 2)) {
      notifications.notify(READER, { kind: 'MUST_READ', articleId: article.id });
    }
    await waitUntil(() => badge(bell) === '2', 'the count did not rise');
    expect(button(bell).getAttribute('aria-label')).to.equal('Powiadomienia: 2 nieprzeczytane');
    for (const article of articles.slice(2, 5)) {
      notifications.notify(READER, { kind: 'MUST_READ', articleId: article.id });
    }
    await waitUntil(() => badge(bell) === '5', 'the count did not rise');
    expect(button(bell).getAttribute('aria-label')).to.equal('Powiadomienia: 5 nieprzeczytanych');
  });
});
