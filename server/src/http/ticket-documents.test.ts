import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { TICKET_DOCUMENTS } from '../tickets/ticket-files.js';
import { fileTicket, helpDesk, refusal } from '../tickets/tickets-test-support.js';

const pdf = (n: number) => `%PDF-1.7\n% repair order ${n}\n`;

const CAMILLE = 'person-demo-fr-sales';
const GIULIA = 'person-demo-it-area';
const ADMIN = 'person-demo-admin';

interface Uploaded {
  id: string;
  url: string;
}

interface Attachment {
  id: string;
  fileName: string;
  url: string;
  contentType: string;
  size: number;
}

describe('ticket documents', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();
  let serviceManager: string;

  const upload = (body: BodyInit, personId?: string, name: string | null = 'Repair order.pdf') =>
    t.app.fetch(
      new Request(
        `http://piazza.test/api/tickets/attachments${name === null ? '' : `?name=${encodeURIComponent(name)}`}`,
        {
          method: 'POST',
          headers: personId ? { authorization: `Bearer ${tokens.get(personId)}` } : {},
          body,
        },
      ),
    );
  const uploaded = async (body: BodyInit, personId: string, name?: string) =>
    (await (await upload(body, personId, name)).json()) as Uploaded;
  const fetchDocument = (url: string, personId?: string) =>
    t.app.fetch(
      new Request(`http://piazza.test${url}`, {
        headers: personId ? { authorization: `Bearer ${tokens.get(personId)}` } : {},
      }),
    );
  const codeOf = async (response: Response) =>
    `${response.status} ${((await response.json()) as { error: { code: string } }).error.code}`;
  const file = (attachmentIds: string[], key: string, personId = CAMILLE) =>
    t.graphql<{ createTicket: { attachments: Attachment[] } }>(
      `mutation ($input: CreateTicketInput!, $key: String!) {
        createTicket(input: $input, idempotencyKey: $key) {
          attachments { id fileName url contentType size } } }`,
      { token: tokens.get(personId), variables: { input: helpDesk({ attachmentIds }), key } },
    );

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

  it('stores a PDF privately, once, named by its content, and serves it as a download', async () => {
    const first = await upload(pdf(0), CAMILLE, 'C:\\Scans\\Ordre de réparation\u0007.pdf');
    expect(first.status).toBe(201);
    const document = (await first.json()) as Uploaded;
    expect(document.id).toMatch(/^[0-9a-f]{64}\.pdf$/);
    expect(document.url).toBe(`/api/tickets/attachments/${document.id}`);
    expect(await uploaded(pdf(0), CAMILLE, 'Ordre de réparation.pdf')).toEqual(document);
    const [stored] = await t.db.query<{ count: number }>(
      'select count(*)::int as count from ticket_documents where id = $1',
      [document.id],
    );
    expect(stored!.count).toBe(1);

    const served = await fetchDocument(document.url, CAMILLE);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
    // The folders and the control character are gone, the accent is kept.
    expect(served.headers.get('content-disposition')).toBe(
      "attachment; filename*=UTF-8''Ordre%20de%20r%C3%A9paration.pdf",
    );
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toMatch(/(^|; )sandbox($|;)/);
    expect(served.headers.get('cache-control')).toMatch(/^private, /);
    expect(await served.text()).toBe(pdf(0));
  });

  it('refuses anonymous uploads, what is not a PDF, what is too large, and bad names', async () => {
    expect(await codeOf(await upload(pdf(1)))).toBe('401 UNAUTHENTICATED');
    expect(await codeOf(await upload('<html><script>alert(1)</script>', CAMILLE))).toBe(
      '415 NOT_A_PDF',
    );
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(await codeOf(await upload(png, CAMILLE))).toBe('415 NOT_A_PDF');
    const huge = new Uint8Array(TICKET_DOCUMENTS.maxBytes + 1);
    huge.set(new TextEncoder().encode(pdf(1)));
    expect(await codeOf(await upload(huge, CAMILLE))).toBe('413 TOO_LARGE');
    // Ten megabytes are fine, unlike a photo's five.
    const large = huge.subarray(0, TICKET_DOCUMENTS.maxBytes);
    expect((await upload(large, CAMILLE)).status).toBe(201);
    for (const name of [null, '', '  ', 'folder/', '\u0000\u001f', `${'a'.repeat(197)}.pdf`]) {
      expect(await codeOf(await upload(pdf(1), CAMILLE, name))).toBe('400 BAD_NAME');
    }
    expect((await upload(pdf(1), CAMILLE, `${'é'.repeat(196)}.pdf`)).status).toBe(201);
  });

  it('shows a document to its uploader and those who see its ticket, 404 to anyone else', async () => {
    const document = await uploaded(pdf(2), CAMILLE, 'Invoice 2.pdf');
    expect((await fetchDocument(document.url, serviceManager)).status).toBe(404);
    const filed = await fileTicket(
      t,
      tokens.get(CAMILLE)!,
      helpDesk({ attachmentIds: [document.id] }),
      'document-visibility',
    );
    expect(filed.errors).toBeUndefined();
    for (const viewer of [CAMILLE, serviceManager, ADMIN]) {
      const served = await fetchDocument(document.url, viewer);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-disposition')).toContain("''Invoice%202.pdf");
    }
    const outsider = await fetchDocument(document.url, GIULIA);
    const unknown = await fetchDocument(`/api/tickets/attachments/${'0'.repeat(64)}.pdf`, GIULIA);
    expect([outsider.status, await outsider.text()]).toEqual([404, 'Not found']);
    expect([unknown.status, await unknown.text()]).toEqual([404, 'Not found']);
    // A photo's id is no document's.
    expect(
      (await fetchDocument(`/api/tickets/attachments/${'0'.repeat(64)}.png`, CAMILLE)).status,
    ).toBe(404);
    expect(await codeOf(await fetchDocument(document.url))).toBe('401 UNAUTHENTICATED');
  });

  it('files at most five documents, each uploaded by the reporter, under their names', async () => {
    const documents = await Promise.all(
      [3, 4, 5, 6, 7, 8].map((n) => uploaded(pdf(n), CAMILLE, `Order ${n}.pdf`)),
    );
    const ids = documents.map((document) => document.id);
    expect(refusal(await file(ids, 'too-many'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'attachmentIds',
      reason: 'TOO_MANY',
    });
    // He never uploaded these: he may not file Camille's documents.
    expect(refusal(await file(ids.slice(0, 1), 'not-his', serviceManager))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'attachmentIds',
      reason: 'UNKNOWN_ATTACHMENT',
    });
    expect(refusal(await file([`${'1'.repeat(64)}.pdf`], 'unknown'))).toMatchObject({
      reason: 'UNKNOWN_ATTACHMENT',
    });
    const body = await file([ids[2]!, ids[0]!, ids[2]!], 'five-or-less');
    expect(body.errors).toBeUndefined();
    expect(body.data!.createTicket.attachments).toEqual(
      [
        [ids[2], 'Order 5.pdf', pdf(5)],
        [ids[0], 'Order 3.pdf', pdf(3)],
      ].map(([id, fileName, text]) => ({
        id,
        fileName,
        url: `/api/tickets/attachments/${id}`,
        contentType: 'application/pdf',
        size: text!.length,
      })),
    );
  });

  it('lists the documents a person uploaded, by id and name, in their personal data', async () => {
    const document = await uploaded(pdf(9), GIULIA, 'Fattura 9.pdf');
    const body = await t.graphql<{ exportPersonData: { json: string } }>(
      'mutation ($id: ID!) { exportPersonData(personId: $id) { json } }',
      { token: tokens.get(ADMIN), variables: { id: GIULIA } },
    );
    const exported = JSON.parse(body.data!.exportPersonData.json) as {
      tickets: { documents: { document_id: string; file_name: string }[] };
    };
    expect(exported.tickets.documents).toEqual([
      expect.objectContaining({ document_id: document.id, file_name: 'Fattura 9.pdf' }),
    ]);
  });
});
