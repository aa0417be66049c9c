import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { firstNotification } from './notifications-test-support.js';

const EDITOR = 'person-demo-it-editor';
const CENTRE = `unread items { id kind unread article { id title } actor { displayName } excerpt }`;

interface Centre {
  unread: number;
  items: {
    id: string;
    kind: string;
    unread: boolean;
    article: { id: string; title: string };
    actor: { displayName: string | null } | null;
    excerpt: string | null;
  }[];
}

describe('notifications and live streams', () => {
  let t: TestApp;
  let dealer: string;
  let reader: string;
  let otherReader: string;

  const as = async <Data>(personId: string, query: string, variables = {}) =>
    t.graphql<Data>(query, { token: await t.tokenFor(personId), variables });

  const centreOf = async (personId: string) =>
    (await as<{ notifications: Centre }>(personId, `{ notifications { ${CENTRE} } }`)).data!
      .notifications;

  /** An Italian must-read (or not) for one dealer's staff, through the editor's mutations. */
  async function publishFor(targetDealer: string, title: string, mustRead = true) {
    const created = await as<{ createArticle: { id: string } }>(
      EDITOR,
      `mutation ($title: String!) { createArticle(input: { communityId: "community-lumo-it",
        version: { locale: "it", title: $title, summary: "", bodyHtml: "<p>Testo</p>" } }) { id } }`,
      { title },
    );
    const id = created.data!.createArticle.id;
    await as(
      EDITOR,
      `mutation ($id: ID!, $dealer: ID!, $mustRead: Boolean) { setArticleTarget(id: $id, target: {
        brandId: "brand-lumo", countries: ["IT"], audiences: [{ dealerId: $dealer }],
        mustRead: $mustRead }) { id } }`,
      { id, dealer: targetDealer, mustRead },
    );
    return id;
  }
  const publish = (id: string) =>
    as(EDITOR, `mutation ($id: ID!) { moveArticle(id: $id, to: PUBLISHED) { status } }`, { id });

  const subscribe = (personId: string) => firstNotification<Centre>(t, personId, CENTRE);

  beforeAll(async () => {
    t = await createTestApp();
    const staffed = t.network.dealers.filter(
      (d) =>
        d.brandId === 'brand-lumo' &&
        t.network.regions.find((r) => r.id === d.regionId)!.countryCode === 'IT' &&
        t.network.people.some((p) => p.dealerId === d.id),
    );
    dealer = staffed[0]!.id;
    reader = t.network.people.find((p) => p.dealerId === dealer)!.id;
    otherReader = t.network.people.find((p) => p.dealerId === staffed[1]!.id)!.id;
  });
  afterAll(() => t.close());

  it('pushes a published must-read to its readers only, over server-sent events', async () => {
    const before = (await centreOf(reader)).unread;
    const id = await publishFor(dealer, 'Richiamo urgente');
    const subscription = await subscribe(reader);
    await publish(id);
    const centre = await subscription.next;
    subscription.close();
    expect(centre.unread).toBe(before + 1);
    expect(centre.items[0]).toMatchObject({
      id: `MUST_READ:${id}`,
      kind: 'MUST_READ',
      unread: true,
      article: { id, title: 'Richiamo urgente' },
    });
    expect((await centreOf(otherReader)).items.map((item) => item.article.id)).not.toContain(id);
  });

  it('announces a scheduled must-read once, when its time comes', async () => {
    const id = await publishFor(dealer, 'Programmato');
    await as(
      EDITOR,
      `mutation ($id: ID!, $at: DateTime) { moveArticle(id: $id, to: SCHEDULED, publishAt: $at) { id } }`,
      { id, at: new Date(Date.now() + 3_600_000).toISOString() },
    );
    expect((await centreOf(reader)).items.map((item) => item.article.id)).not.toContain(id);
    await t.db.query(
      `update articles set published_at = now() - interval '1 second' where id = $1`,
      [id],
    );
    const { announceDue } = await import('./announcer.js');
    const published: string[] = [];
    const events = {
      publish: (_topic: string, event: { articleId?: string }) => published.push(event.articleId!),
    };
    await announceDue(t.db, events as never);
    await announceDue(t.db, events as never);
    expect(published).toEqual([id]);
    expect((await centreOf(reader)).items.map((item) => item.article.id)).toContain(id);
  });

  it('counts nothing as unread once the centre is opened', async () => {
    expect((await centreOf(reader)).unread).toBeGreaterThan(0);
    const seen = await as<{ markNotificationsSeen: Centre }>(
      reader,
      `mutation { markNotificationsSeen { ${CENTRE} } }`,
    );
    expect(seen.data!.markNotificationsSeen.unread).toBe(0);
    expect(seen.data!.markNotificationsSeen.items.every((item) => !item.unread)).toBe(true);
  });

  it('tells a person when someone replies to their comment', async () => {
    const [article] = await t.db.query<{ id: string }>(
      `select a.id from articles a where a.brand_id = 'brand-lumo' and a.status = 'published'
         and a.country_code is null and not exists (select 1 from article_audiences x where x.article_id = a.id)
       limit 1`,
    );
    const replier = t.network.people.find((p) => p.dealerId === dealer && p.id !== reader)!;
    await t.db.query(
      `insert into article_comments (id, article_id, author_id, body) values ('c-mine', $1, $2, 'Domanda?');
       `.trim(),
      [article!.id, reader],
    );
    await t.db.query(
      `insert into article_comments (id, article_id, parent_id, author_id, body)
       values ('c-reply', $1, 'c-mine', $2, 'Ecco la risposta')`,
      [article!.id, replier.id],
    );
    const reply = (await centreOf(reader)).items.find((item) => item.kind === 'REPLY')!;
    expect(reply).toMatchObject({
      id: 'REPLY:c-reply',
      unread: true,
      excerpt: 'Ecco la risposta',
      actor: { displayName: `${replier.givenName} ${replier.familyName}` },
    });
  });

  it('shows a live stream as live to its audience, and reminds them', async () => {
    const id = await publishFor(dealer, 'Diretta dal salone', false);
    await publish(id);
    const stream = (startsAt: number, endsAt: number, url = 'https://stream.example/salone') =>
      as(
        EDITOR,
        `mutation ($id: ID!, $stream: LiveStreamInput) { setArticleLiveStream(id: $id, liveStream: $stream) {
          liveStream { startsAt endsAt url } } }`,
        {
          id,
          stream: {
            startsAt: new Date(Date.now() + startsAt).toISOString(),
            endsAt: new Date(Date.now() + endsAt).toISOString(),
            url,
          },
        },
      );
    const reason = async (
      body: Promise<{ errors?: { extensions?: Record<string, unknown> }[] }>,
    ) => {
      const extensions = (await body).errors?.[0]?.extensions;
      return `${extensions?.['field']} ${extensions?.['reason']}`;
    };
    expect(await reason(stream(0, 3_600_000, 'http://stream.example/x'))).toBe('url NOT_HTTPS');
    expect(await reason(stream(3_600_000, 0))).toBe('endsAt ENDS_BEFORE_START');
    expect(await reason(stream(0, 13 * 3_600_000))).toBe('endsAt TOO_LONG');

    expect((await stream(5 * 60_000, 65 * 60_000)).errors).toBeUndefined();
    const live = await as<{ liveNow: { id: string; liveStream: { url: string } }[] }>(
      reader,
      '{ liveNow { id liveStream { url } } }',
    );
    expect(live.data!.liveNow.map((article) => article.id)).toContain(id);
    const others = await as<{ liveNow: { id: string }[] }>(otherReader, '{ liveNow { id } }');
    expect(others.data!.liveNow.map((article) => article.id)).not.toContain(id);
    // Its editor may read it, but is not among those it is for.
    const editor = await as<{ liveNow: { id: string }[] }>(EDITOR, '{ liveNow { id } }');
    expect(editor.data!.liveNow.map((article) => article.id)).not.toContain(id);
    // Announced now, so new to a reader who opened the centre minutes before its start.
    expect((await centreOf(reader)).items.find((item) => item.article.id === id)).toMatchObject({
      kind: 'LIVE_STREAM',
      unread: true,
    });
  });

  it('lets a reader hang up a stream without harm to the server', async () => {
    const server = createServer(t.app.handle).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (let i = 0; i < 3; i++) {
        const hangUp = new AbortController();
        const response = await fetch(`${base}/graphql`, {
          method: 'POST',
          signal: hangUp.signal,
          headers: {
            accept: 'text/event-stream',
            'content-type': 'application/json',
            authorization: `Bearer ${await t.tokenFor(reader)}`,
          },
          body: JSON.stringify({ query: 'subscription { notificationsChanged { unread } }' }),
        });
        const stream = response.body!.getReader();
        await stream.read();
        hangUp.abort();
        await stream.read().catch(() => undefined);
      }
      // An error thrown after the hang-up would reach here as an uncaught exception.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
