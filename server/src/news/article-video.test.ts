import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const EDITOR = 'person-demo-it-editor';
const READER = 'person-demo-it-service';
const WEBINARS = 'https://webinar.group.example';

interface Video {
  embedUrl: string;
  provider: string;
}

describe('videos in articles', () => {
  let t: TestApp;
  /** A published Lumo Italy article its Italian readers get. */
  let id: string;

  const as = async <Data>(personId: string, query: string, variables = {}) =>
    t.graphql<Data>(query, { token: await t.tokenFor(personId), variables });

  const setVideo = (url: string | null, articleId = id) =>
    as<{ setArticleVideo: { video: Video | null } }>(
      EDITOR,
      `mutation ($id: ID!, $url: String) { setArticleVideo(id: $id, url: $url) {
        video { embedUrl provider } } }`,
      { id: articleId, url },
    );

  const readerVideo = async () =>
    (
      await as<{ article: { video: Video | null } }>(
        READER,
        'query ($id: ID!) { article(id: $id) { video { embedUrl provider } } }',
        { id },
      )
    ).data!.article.video;

  const refusal = async (body: ReturnType<typeof setVideo>) => {
    const extensions = (await body).errors?.[0]?.extensions;
    return `${extensions?.['field']} ${extensions?.['reason']}`;
  };

  beforeAll(async () => {
    t = await createTestApp({ embedOrigins: [WEBINARS] });
    const [row] = await t.db.query<{ id: string }>(
      `select id from articles where brand_id = 'brand-lumo' and country_code = 'IT'
         and status = 'published' and published_at <= now() and not exists
         (select 1 from article_audiences x where x.article_id = articles.id)
       order by published_at desc limit 1`,
    );
    id = row!.id;
  });
  afterAll(() => t.close());

  it('keeps the player of a YouTube address, shows it to readers and audits the change', async () => {
    const saved = await setVideo('https://youtu.be/aqz-KE-bpKQ?si=shared');
    const video = {
      embedUrl: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      provider: 'YouTube',
    };
    expect(saved.data!.setArticleVideo.video).toEqual(video);
    expect(await readerVideo()).toEqual(video);
    const [entry] = await t.db.query<{ actor_id: string; details: unknown }>(
      `select actor_id, details from audit_log
       where action = 'article.video' and target_id = $1 order by id desc limit 1`,
      [id],
    );
    expect(entry).toEqual({ actor_id: EDITOR, details: { url: video.embedUrl } });
  });

  it('refuses an address it may not embed, naming the field, and keeps the video it had', async () => {
    await setVideo('https://vimeo.com/76979871');
    expect(await refusal(setVideo('http://vimeo.com/76979871'))).toBe('url NOT_EMBEDDABLE');
    expect(await refusal(setVideo('https://videos.example.com/launch'))).toBe('url NOT_EMBEDDABLE');
    expect(await refusal(setVideo(''))).toBe('url NOT_EMBEDDABLE');
    expect(await readerVideo()).toEqual({
      embedUrl: 'https://player.vimeo.com/video/76979871',
      provider: 'Vimeo',
    });
  });

  it('plays the deployment’s own video sites as given, and stops showing one taken off the list', async () => {
    const saved = await setVideo(`${WEBINARS}/room/7?lang=it`);
    expect(saved.data!.setArticleVideo.video).toEqual({
      embedUrl: `${WEBINARS}/room/7?lang=it`,
      provider: 'webinar.group.example',
    });
    // What another configuration stored, as the allowlist of this one sees it.
    await t.db.query('update articles set video_url = $2 where id = $1', [
      id,
      'https://old-webinars.group.example/room/7',
    ]);
    expect(await readerVideo()).toBeNull();
  });

  it('removes the video with null, audited as a removal', async () => {
    await setVideo('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    expect((await setVideo(null)).data!.setArticleVideo.video).toBeNull();
    expect(await readerVideo()).toBeNull();
    const [entry] = await t.db.query<{ details: unknown }>(
      `select details from audit_log
       where action = 'article.video' and target_id = $1 order by id desc limit 1`,
      [id],
    );
    expect(entry!.details).toEqual({ removed: true });
  });

  it('refuses to change an archived article', async () => {
    await as(EDITOR, 'mutation ($id: ID!) { moveArticle(id: $id, to: ARCHIVED) { status } }', {
      id,
    });
    expect(await refusal(setVideo('https://vimeo.com/76979871'))).toBe('status NOT_EDITABLE');
    await as(EDITOR, 'mutation ($id: ID!) { moveArticle(id: $id, to: PUBLISHED) { status } }', {
      id,
    });
  });

  it('gives a live stream on YouTube, Vimeo or the deployment’s sites a player, and none to one that stays a link', async () => {
    const playerOf = async (url: string) => {
      const stream = {
        startsAt: new Date(Date.now() + 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        url,
      };
      const body = await as<{ setArticleLiveStream: { liveStream: Record<string, unknown> } }>(
        EDITOR,
        `mutation ($id: ID!, $stream: LiveStreamInput) {
          setArticleLiveStream(id: $id, liveStream: $stream) { liveStream { embedUrl provider } } }`,
        { id, stream },
      );
      return body.data!.setArticleLiveStream.liveStream;
    };
    expect(await playerOf('https://www.youtube.com/live/aqz-KE-bpKQ')).toEqual({
      embedUrl: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      provider: 'YouTube',
    });
    expect(await playerOf('https://vimeo.com/76979871')).toEqual({
      embedUrl: 'https://player.vimeo.com/video/76979871',
      provider: 'Vimeo',
    });
    expect(await playerOf(`${WEBINARS}/live/board`)).toEqual({
      embedUrl: `${WEBINARS}/live/board`,
      provider: 'webinar.group.example',
    });
    expect(await playerOf('https://teams.example.com/l/meetup-join/19%3a')).toEqual({
      embedUrl: null,
      provider: null,
    });
  });
});
