import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, graphql, http } from 'msw';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@apollo/client';
import { createApolloClient } from '../boot/apollo.js';
import { startMockWorker } from '../../../mocks/test-portal.js';
import { createOutbox, type ShellOutbox } from './create-outbox.js';

interface NoteVariables {
  key: string;
  input: { text: string; photoIds?: string[] };
}
const SaveNote: TypedDocumentNode<{ saveNote: { id: string } }, NoteVariables> = parse(
  'mutation SaveNote($key: ID!, $input: NoteInput!) { saveNote(key: $key, input: $input) { id } }',
);

/** What the mocked server saw and applied, keyed by idempotency key like the real one. */
class NoteServer {
  readonly requests: NoteVariables[] = [];
  readonly applied = new Map<string, NoteVariables['input']>();
  readonly uploads: string[] = [];
  /** Answers for the next requests, before the normal one: a status or a GraphQL code. */
  readonly failures: (number | string)[] = [];

  readonly handlers = [
    graphql.mutation<object, NoteVariables>('SaveNote', ({ variables }) => {
      this.requests.push(variables);
      const failure = this.failures.shift();
      if (typeof failure === 'number') {
        return HttpResponse.json({ errors: [{ message: 'Server failure' }] }, { status: failure });
      }
      if (failure !== undefined) {
        return HttpResponse.json({
          errors: [
            // A rate limit says when to come back, as the server's does.
            { message: `Refused: ${failure}`, extensions: { code: failure, retryAfter: 1 } },
          ],
        });
      }
      if (!this.applied.has(variables.key)) this.applied.set(variables.key, variables.input);
      return HttpResponse.json({ data: { saveNote: { __typename: 'Note', id: variables.key } } });
    }),
    http.post('/api/tickets/photos', async ({ request }) => {
      const text = await request.text();
      this.uploads.push(text);
      return HttpResponse.json({ id: `photo-${text}`, url: `/p/${text}` }, { status: 201 });
    }),
  ];
}

let online = true;
Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });

function goOnline(): void {
  online = true;
  window.dispatchEvent(new Event('online'));
}

const opened: ShellOutbox[] = [];
let server: NoteServer;
let personId: string;

async function open(): Promise<ShellOutbox> {
  const client = createApolloClient({ graphqlUrl: '/graphql', getToken: async () => 'token' });
  const outbox = await createOutbox({
    personId,
    client,
    fetchApi: (path, init) => fetch(path, init),
  });
  opened.push(outbox);
  return outbox;
}

function note(text: string, uploads: Blob[] = []) {
  const key = crypto.randomUUID();
  return {
    key,
    mutation: SaveNote,
    variables: { key, input: { text } },
    label: { key: 'outbox.label.ticketComment', values: { number: text } },
    uploads: uploads.map((blob) => ({
      path: '/api/tickets/photos',
      blob,
      variable: 'input.photoIds',
    })),
  };
}

const settled = (outbox: ShellOutbox) =>
  waitUntil(() => outbox.entries().every((entry) => entry.state !== 'sending'), 'still sending');

describe('the outbox', () => {
  beforeEach(async () => {
    online = true;
    personId = `person-test-${crypto.randomUUID()}`;
    server = new NoteServer();
    (await startMockWorker()).use(...server.handlers);
  });

  afterEach(async () => {
    for (const outbox of opened.splice(0)) outbox.stop();
    (await startMockWorker()).resetHandlers();
  });

  it('sends at once when online and answers the data', async () => {
    const outbox = await open();
    const write = note('one');
    expect(await outbox.send(write)).to.deep.equal({
      status: 'sent',
      data: { saveNote: { __typename: 'Note', id: write.key } },
    });
    expect(outbox.entries()).to.have.length(0);
  });

  it('queues offline without a request, and replays in order once online', async () => {
    online = false;
    const outbox = await open();
    const writes = [note('first'), note('second'), note('third')];
    for (const write of writes)
      expect(await outbox.send(write)).to.deep.equal({ status: 'queued' });
    expect(server.requests).to.have.length(0);
    expect(outbox.entries().map((entry) => [entry.key, entry.state])).to.deep.equal(
      writes.map((write) => [write.key, 'pending']),
    );

    goOnline();
    await waitUntil(() => outbox.entries().length === 0, 'the outbox was not replayed');
    expect(server.requests.map((request) => request.input.text)).to.deep.equal([
      'first',
      'second',
      'third',
    ]);
  });

  it('keeps a write the server failed on (500) and sends it once when it recovers', async () => {
    online = false;
    const outbox = await open();
    const write = note('flaky');
    await outbox.send(write);
    server.failures.push(500);

    goOnline();
    await waitUntil(() => outbox.entries()[0]?.error !== undefined, 'the failure was not kept');
    await settled(outbox);
    expect(outbox.entries()[0]).to.include({ key: write.key, state: 'pending', attempts: 1 });
    expect(outbox.entries()[0]?.error?.code).to.equal('SERVER');

    await outbox.flush();
    expect(outbox.entries()).to.have.length(0);
    expect(server.requests.map((request) => request.key)).to.deep.equal([write.key, write.key]);
    expect([...server.applied.keys()]).to.deep.equal([write.key]);
  });

  it('comes back when a rate limit says, on its own', async () => {
    online = false;
    const outbox = await open();
    const write = note('limited');
    await outbox.send(write);
    server.failures.push('RATE_LIMITED');

    goOnline();
    await waitUntil(() => outbox.entries()[0]?.error !== undefined, 'the failure was not kept');
    expect(outbox.entries()[0]).to.deep.include({ state: 'pending' });
    expect(outbox.entries()[0]?.error?.code).to.equal('RATE_LIMITED');
    await waitUntil(() => outbox.entries().length === 0, 'not retried after 1 s', {
      timeout: 3000,
    });
    expect([...server.applied.keys()]).to.deep.equal([write.key]);
  });

  it('rejects input refused on the first attempt and keeps nothing', async () => {
    const outbox = await open();
    server.failures.push('BAD_USER_INPUT');
    let refusal: unknown;
    await outbox.send(note('bad')).catch((error: unknown) => (refusal = error));
    expect(String(refusal)).to.contain('Refused: BAD_USER_INPUT');
    expect(outbox.entries()).to.have.length(0);
    outbox.stop();
    expect((await open()).entries()).to.have.length(0);
  });

  it('sets a write refused during replay aside as failed, sends the next, and retries on request', async () => {
    online = false;
    const outbox = await open();
    const [conflicting, next] = [note('moved meanwhile'), note('independent')];
    await outbox.send(conflicting);
    await outbox.send(next);
    server.failures.push('CONFLICT');

    goOnline();
    await waitUntil(() => server.applied.has(next.key), 'the next write was blocked');
    await settled(outbox);
    expect(outbox.entries()).to.have.length(1);
    expect(outbox.entries()[0]).to.deep.include({
      key: conflicting.key,
      state: 'failed',
      error: { code: 'CONFLICT', message: 'Refused: CONFLICT' },
    });

    await outbox.flush();
    expect(outbox.entries()[0]?.state, 'a failed write waits for the person').to.equal('failed');
    await outbox.retry(conflicting.key);
    expect(outbox.entries()).to.have.length(0);
    expect(server.applied.has(conflicting.key)).to.equal(true);
  });

  it('drops a write only when discarded', async () => {
    online = false;
    const outbox = await open();
    const write = note('given up');
    await outbox.send(write);
    await outbox.discard(write.key);
    expect(outbox.entries()).to.have.length(0);
    goOnline();
    await outbox.flush();
    expect(server.requests).to.have.length(0);
  });

  it('finds the pending writes again after a reload', async () => {
    online = false;
    const before = await open();
    const write = note('survives');
    await before.send(write);
    before.stop();

    const after = await open();
    await waitUntil(() => after.entries().length === 1, 'the write was lost');
    expect(after.entries()[0]).to.include({ key: write.key, state: 'pending' });
    goOnline();
    await waitUntil(() => after.entries().length === 0, 'the write was not replayed');
    expect([...server.applied.keys()]).to.deep.equal([write.key]);
  });

  it('reports an unreadable entry as failed and replays the rest', async () => {
    online = false;
    const outbox = await open();
    const write = note('readable');
    await outbox.send(write);
    outbox.stop();
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open(`piazza-outbox:${personId}`);
      opening.onsuccess = () => {
        const transaction = opening.result.transaction('writes', 'readwrite');
        transaction.objectStore('writes').add({ key: 'half-written', variables: null });
        transaction.oncomplete = () => {
          opening.result.close();
          resolve();
        };
        transaction.onerror = () => reject(transaction.error);
      };
    });

    online = true;
    const reopened = await open();
    await waitUntil(() => reopened.entries().length === 1, 'the rest was not replayed');
    const [corrupted] = reopened.entries();
    expect(corrupted).to.include({ state: 'failed' });
    expect(corrupted?.error?.code).to.equal('CORRUPTED');
    expect([...server.applied.keys()]).to.deep.equal([write.key]);
    await reopened.discard(corrupted!.key);
    expect(reopened.entries()).to.have.length(0);
  });

  it('uploads the photos first, then sends their ids, never uploading one twice', async () => {
    online = false;
    const outbox = await open();
    const write = note('with photos', [new Blob(['a'], { type: 'image/jpeg' }), new Blob(['b'])]);
    await outbox.send(write);
    server.failures.push(503);

    goOnline();
    await waitUntil(() => outbox.entries()[0]?.error !== undefined, 'the failure was not kept');
    await settled(outbox);
    await outbox.flush();
    expect(outbox.entries()).to.have.length(0);
    expect(server.uploads).to.deep.equal(['a', 'b']);
    expect(server.applied.get(write.key)).to.deep.equal({
      text: 'with photos',
      photoIds: ['photo-a', 'photo-b'],
    });
  });

  it('does not double-send when two tabs replay at the same time', async () => {
    online = false;
    const [first, second] = [await open(), await open()];
    const writes = [note('a'), note('b'), note('c')];
    for (const write of writes) await first.send(write);

    online = true;
    await Promise.all([first.flush(), second.flush()]);
    expect(server.requests.map((request) => request.input.text)).to.deep.equal(['a', 'b', 'c']);
  });
});
