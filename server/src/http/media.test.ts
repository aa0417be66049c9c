import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { MAX_IMAGE_BYTES } from './media.js';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

describe('pictures uploaded by editors', () => {
  let t: TestApp;

  const upload = async (body: BodyInit, personId?: string, type = 'image/png') =>
    t.app.fetch(
      new Request('http://piazza.test/api/media', {
        method: 'POST',
        headers: {
          'content-type': type,
          ...(personId ? { authorization: `Bearer ${await t.tokenFor(personId)}` } : {}),
        },
        body,
      }),
    );
  const codeOf = async (response: Response) =>
    `${response.status} ${((await response.json()) as { error: { code: string } }).error.code}`;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('stores a picture once, by its content, and serves it with its own type', async () => {
    const first = await upload(PNG, 'person-demo-it-editor');
    expect(first.status).toBe(201);
    const { url } = (await first.json()) as { url: string };
    expect(url).toMatch(/^\/media\/uploads\/[0-9a-f]{64}\.png$/);
    const again = (await (await upload(PNG, 'person-demo-admin')).json()) as { url: string };
    expect(again.url).toBe(url);
    const served = await t.app.fetch(new Request(`http://piazza.test${url}`));
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuses what is not a picture, whatever it claims to be, and what is too large', async () => {
    expect(await codeOf(await upload('%PDF-1.7 not a picture', 'person-demo-it-editor'))).toBe(
      '415 NOT_AN_IMAGE',
    );
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect(await codeOf(await upload(svg, 'person-demo-it-editor', 'image/svg+xml'))).toBe(
      '415 NOT_AN_IMAGE',
    );
    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(PNG);
    expect(await codeOf(await upload(huge, 'person-demo-it-editor'))).toBe('413 TOO_LARGE');
  });

  it('takes PDF documents as attachments, served for download', async () => {
    const pdf = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF';
    expect(await codeOf(await upload(pdf, 'person-demo-it-editor', 'application/pdf'))).toBe(
      '415 NOT_AN_IMAGE',
    );
    const attached = await t.app.fetch(
      new Request('http://piazza.test/api/media?purpose=attachment', {
        method: 'POST',
        headers: { authorization: `Bearer ${await t.tokenFor('person-demo-it-editor')}` },
        body: pdf,
      }),
    );
    expect(attached.status).toBe(201);
    const { url } = (await attached.json()) as { url: string };
    expect(url).toMatch(/\.pdf$/);
    const served = await t.app.fetch(new Request(`http://piazza.test${url}`));
    expect(served.headers.get('content-type')).toBe('application/pdf');
    expect(served.headers.get('content-disposition')).toBe('attachment');
    const text = await t.app.fetch(
      new Request('http://piazza.test/api/media?purpose=attachment', {
        method: 'POST',
        headers: { authorization: `Bearer ${await t.tokenFor('person-demo-it-editor')}` },
        body: 'plain words',
      }),
    );
    expect(await codeOf(text)).toBe('415 UNSUPPORTED_FILE');
  });

  it('takes uploads from editors and admins only', async () => {
    expect(await codeOf(await upload(PNG))).toBe('401 UNAUTHENTICATED');
    expect(await codeOf(await upload(PNG, 'person-demo-fr-sales'))).toBe('403 FORBIDDEN');
    const forged = await t.app.fetch(
      new Request('http://piazza.test/api/media', {
        method: 'POST',
        headers: { authorization: 'Bearer not.a.token' },
        body: PNG,
      }),
    );
    expect(await codeOf(forged)).toBe('401 UNAUTHENTICATED');
  });

  it('answers 404 for an upload that does not exist or a malformed name', async () => {
    for (const path of ['/media/uploads/' + '0'.repeat(64) + '.png', '/media/uploads/../x']) {
      expect((await t.app.fetch(new Request(`http://piazza.test${path}`))).status).toBe(404);
    }
  });
});
