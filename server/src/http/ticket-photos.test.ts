import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { fileTicket, helpDesk, refusal } from '../tickets/tickets-test-support.js';
import { MAX_IMAGE_BYTES } from './media.js';

// A 1×1 transparent PNG, and a JPEG's first bytes (the server reads nothing further).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const jpeg = (n: number) => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, n]);

const CAMILLE = 'person-demo-fr-sales';
const GIULIA = 'person-demo-it-area';
const ADMIN = 'person-demo-admin';

interface Uploaded {
  id: string;
  url: string;
}

describe('ticket photos', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let serviceManager: string;

  const upload = (body: BodyInit, personId?: string) =>
    t.app.fetch(
      new Request('http://piazza.test/api/tickets/photos', {
        method: 'POST',
        headers: personId ? { authorization: `Bearer ${tokens.get(personId)}` } : {},
        body,
      }),
    );
  const uploaded = async (body: BodyInit, personId: string) =>
    (await (await upload(body, personId)).json()) as Uploaded;
  const fetchPhoto = (url: string, personId?: string) =>
    t.app.fetch(
      new Request(`http://piazza.test${url}`, {
        headers: personId ? { authorization: `Bearer ${tokens.get(personId)}` } : {},
      }),
    );
  const codeOf = async (response: Response) =>
    `${response.status} ${((await response.json()) as { error: { code: string } }).error.code}`;

  beforeAll(async () => {
    t = await createTestApp();
    const lyon = t.network.people.find((p) => p.id === CAMILLE)!.dealerId!;
    serviceManager = t.network.people.find(
      (p) => p.dealerId === lyon && p.job === 'SERVICE_MANAGER',
    )!.id;
    for (const id of [CAMILLE, GIULIA, ADMIN, serviceManager]) {
      tokens.set(id, await t.tokenFor(id));
    }
  });
  afterAll(() => t.close());

  it('stores a photo privately, once, named by its content', async () => {
    const first = await upload(PNG, CAMILLE);
    expect(first.status).toBe(201);
    const photo = (await first.json()) as Uploaded;
    expect(photo.id).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(photo.url).toBe(`/api/tickets/photos/${photo.id}`);
    expect(await uploaded(PNG, CAMILLE)).toEqual(photo);
    const [stored] = await t.db.query<{ count: number }>(
      'select count(*)::int as count from ticket_photos where id = $1',
      [photo.id],
    );
    expect(stored!.count).toBe(1);
    // Not a public medium: nothing under /media/uploads/.
    expect(await t.db.query('select 1 from media where id = $1', [photo.id])).toEqual([]);

    const served = await fetchPhoto(photo.url, CAMILLE);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toMatch(/^private, max-age=\d+/);
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses anonymous uploads, what is not a PNG, JPEG or WebP, and what is too large', async () => {
    expect(await codeOf(await upload(PNG))).toBe('401 UNAUTHENTICATED');
    expect(await codeOf(await upload('GIF89a tiny', CAMILLE))).toBe('415 NOT_AN_IMAGE');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(await codeOf(await upload(svg, CAMILLE))).toBe('415 NOT_AN_IMAGE');
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(PNG);
    expect(await codeOf(await upload(huge, CAMILLE))).toBe('413 TOO_LARGE');
  });

  it('shows a photo to its uploader and those who see its ticket, 404 to anyone else', async () => {
    const photo = await uploaded(jpeg(1), CAMILLE);
    expect(photo.id).toMatch(/\.jpg$/);
    // Before it is filed, only the uploader sees it.
    expect((await fetchPhoto(photo.url, serviceManager)).status).toBe(404);
    const filed = await fileTicket(
      t,
      tokens.get(CAMILLE)!,
      helpDesk({ photoIds: [photo.id] }),
      'photo-visibility',
    );
    expect(filed.errors).toBeUndefined();
    for (const viewer of [CAMILLE, serviceManager, ADMIN]) {
      expect((await fetchPhoto(photo.url, viewer)).status).toBe(200);
    }
    const outsider = await fetchPhoto(photo.url, GIULIA);
    const unknown = await fetchPhoto(`/api/tickets/photos/${'0'.repeat(64)}.jpg`, GIULIA);
    expect([outsider.status, await outsider.text()]).toEqual([404, 'Not found']);
    expect([unknown.status, await unknown.text()]).toEqual([404, 'Not found']);
    expect((await fetchPhoto('/api/tickets/photos/../../graphql', CAMILLE)).status).toBe(404);
    expect(await codeOf(await fetchPhoto(photo.url))).toBe('401 UNAUTHENTICATED');
  });

  it('files at most five photos, each uploaded by the reporter, in the given order', async () => {
    const photos = await Promise.all([2, 3, 4, 5, 6, 7].map((n) => uploaded(jpeg(n), CAMILLE)));
    const ids = photos.map((photo) => photo.id);
    const file = (photoIds: string[], key: string, personId = CAMILLE) =>
      t.graphql<{ createTicket: { photos: { id: string; url: string; contentType: string }[] } }>(
        `mutation ($input: CreateTicketInput!, $key: String!) {
          createTicket(input: $input, idempotencyKey: $key) { photos { id url contentType } } }`,
        { token: tokens.get(personId), variables: { input: helpDesk({ photoIds }), key } },
      );
    expect(refusal(await file(ids, 'too-many'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'photoIds',
      reason: 'TOO_MANY',
    });
    // He never uploaded these: he may not file Camille's photos.
    expect(refusal(await file(ids.slice(0, 1), 'not-his', serviceManager))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'photoIds',
      reason: 'UNKNOWN_PHOTO',
    });
    expect(refusal(await file([`${'1'.repeat(64)}.png`], 'unknown'))).toMatchObject({
      reason: 'UNKNOWN_PHOTO',
    });
    const chosen = [ids[3]!, ids[0]!, ids[3]!, ids[1]!];
    const body = await file(chosen, 'five-or-less');
    expect(body.errors).toBeUndefined();
    expect(body.data!.createTicket.photos).toEqual(
      [ids[3], ids[0], ids[1]].map((id) => ({
        id,
        url: `/api/tickets/photos/${id}`,
        contentType: 'image/jpeg',
      })),
    );
  });
});

describe('ticket photo uploads under a rate limit', () => {
  let t: TestApp;
  const limits = { windowSeconds: 60, mutationsPerPerson: 2, mutationsPerAddress: 100 };

  beforeAll(async () => {
    t = await createTestApp({ rateLimits: { ...limits, signInsPerAddress: 10 } });
  });
  afterAll(() => t.close());

  it('counts uploads as the person’s writes, replays included', async () => {
    const token = await t.tokenFor(CAMILLE);
    const upload = () =>
      t.app.fetch(
        new Request('http://piazza.test/api/tickets/photos', {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
          body: PNG,
        }),
      );
    expect((await upload()).status).toBe(201);
    expect((await upload()).status).toBe(201);
    const refused = await upload();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });
});
