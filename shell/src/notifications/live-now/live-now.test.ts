import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { tokens } from '@piazza/shared';
import { createHandlers } from '../../../../mocks/handlers.js';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { MockNotificationsApi } from '../../../../mocks/notifications-api.js';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import type { PiazzaLiveNow } from './live-now.js';
import './live-now.js';
import '../notification-bell/notification-bell.js';

/** Marco Bianchi, service manager at a Lumo dealer in Italy. */
const READER = 'person-demo-it-service';
const URL = 'https://stream.example/salone';

/** The live mark beside the bell, as in the header: the bell's stream tells it what is new. */
async function mountHeaderEnd() {
  const api = new MockApi(mockNetwork());
  const notifications = new MockNotificationsApi(api);
  (await startMockWorker()).use(
    ...createHandlers(api, undefined, undefined, undefined, notifications),
  );
  const portal = await createTestPortal({
    personId: READER,
    locale: 'it',
    app: { namespace: 'news', folder: 'apps/news' },
  });
  const viewer = mockNetwork().people.find((person) => person.id === READER);
  const article = api.newsFeed(viewer, { first: 1, locale: 'it' }).edges[0]!.node;
  if (!document.adoptedStyleSheets.includes(tokens.styleSheet!)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, tokens.styleSheet!];
  }
  const root = await fixture<HTMLElement>(
    html`<div class="piazza-root piazza-theme-lumo">
      <piazza-live-now .portal=${portal}></piazza-live-now>
      <piazza-notification-bell .portal=${portal}></piazza-notification-bell>
    </div>`,
  );
  await waitUntil(() => notifications.openStreams > 0, 'the bell did not subscribe');
  const live = root.querySelector('piazza-live-now')!;
  return { live, notifications, article };
}

const link = (live: PiazzaLiveNow) => live.shadowRoot!.querySelector('a');
const label = (live: PiazzaLiveNow) => link(live)?.querySelector('.label')?.textContent?.trim();
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const clock = (iso: string) =>
  new Intl.DateTimeFormat('it', { timeStyle: 'short' }).format(new Date(iso));

describe('piazza-live-now', () => {
  afterEach(async () => {
    (await startMockWorker()).resetHandlers();
    await setViewport({ width: 800, height: 600 });
  });

  it('appears when a stream meant for the person is announced, linking to its article', async () => {
    const { live, notifications, article } = await mountHeaderEnd();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(link(live), 'nothing is live yet').to.equal(null);

    notifications.setLiveStream(article.id, {
      startsAt: inSeconds(-60),
      endsAt: inSeconds(3600),
      url: URL,
    });
    await waitUntil(() => label(live) === 'In diretta', 'the live mark did not appear');
    expect(link(live)!.getAttribute('href')).to.equal(`/portal/news/${article.id}`);
    expect(link(live)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `In diretta ${article.title}`,
    );
  });

  it('gives the start time before the stream, says Live now from its start, and goes at its end', async () => {
    const { live, notifications, article } = await mountHeaderEnd();
    const startsAt = inSeconds(1.5);
    notifications.setLiveStream(article.id, { startsAt, endsAt: inSeconds(3), url: URL });
    await waitUntil(() => label(live) !== undefined, 'the stream was not announced');
    expect(label(live)).to.equal(`In diretta alle ${clock(startsAt)}`);
    expect(link(live)!.classList.contains('soon')).to.equal(true);

    await waitUntil(() => label(live) === 'In diretta', 'not live at the start', {
      timeout: 3000,
    });
    expect(link(live)!.classList.contains('live')).to.equal(true);
    await waitUntil(() => link(live) === null, 'still shown after the end', { timeout: 3000 });
  });

  it('floats at the bottom of a phone’s screen, with its title, as a large target', async () => {
    await setViewport({ width: 360, height: 640 });
    const { live, notifications, article } = await mountHeaderEnd();
    notifications.setLiveStream(article.id, {
      startsAt: inSeconds(-60),
      endsAt: inSeconds(3600),
      url: URL,
    });
    await waitUntil(() => label(live) === 'In diretta', 'the live mark did not appear');
    const box = link(live)!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.bottom).to.be.within(640 - 16, 640);
    expect(box.width).to.be.at.least(360 - 16);
    const title = link(live)!.querySelector('.title')!;
    expect(title.textContent).to.equal(article.title);
    expect(title.getBoundingClientRect().width).to.be.greaterThan(50);
  });
});
