import { expect } from '@open-wc/testing';
import { TICKET_FILES_CACHE, answerTicketFile, isTicketFile } from './ticket-files.js';

/** A token as the demo issuer makes them; only its payload matters here (never verified). */
const tokenFor = (sub: string) =>
  ['eyJhbGciOiJIUzI1NiJ9', btoa(JSON.stringify({ sub })).replace(/=+$/, ''), 'sig'].join('.');

const PHOTO = `/api/tickets/photos/${'a'.repeat(64)}.jpg`;

const request = (path: string, sub?: string) =>
  new Request(new URL(path, location.origin), {
    headers: sub ? { authorization: `Bearer ${tokenFor(sub)}` } : {},
  });

describe('ticket files kept for offline reading', () => {
  const realFetch = window.fetch;
  let fetched: string[];
  let status: number;

  beforeEach(async () => {
    await caches.delete(TICKET_FILES_CACHE);
    fetched = [];
    status = 200;
    window.fetch = async (input) => {
      const asked = input as Request;
      fetched.push(asked.headers.get('authorization') ?? 'anonymous');
      return new Response(`bytes ${fetched.length}`, { status });
    };
  });
  afterEach(async () => {
    window.fetch = realFetch;
    await caches.delete(TICKET_FILES_CACHE);
  });

  it('routes the photos and documents of tickets, nothing else', () => {
    const url = (path: string) => new URL(path, location.origin);
    expect(isTicketFile(url(PHOTO))).to.equal(true);
    expect(isTicketFile(url(`/api/tickets/attachments/${'b'.repeat(64)}.pdf`))).to.equal(true);
    expect(isTicketFile(url('/api/tickets/photos'))).to.equal(false);
    expect(isTicketFile(url('/api/tickets/export.csv'))).to.equal(false);
    expect(isTicketFile(url('/media/uploads/x.png'))).to.equal(false);
  });

  it('keeps a file per person: asked again, it answers without the network', async () => {
    expect(await (await answerTicketFile(request(PHOTO, 'person-a'))).text()).to.equal('bytes 1');
    expect(await (await answerTicketFile(request(PHOTO, 'person-a'))).text()).to.equal('bytes 1');
    expect(fetched).to.have.length(1);
    // Another person's token does not reach what the first one was given.
    expect(await (await answerTicketFile(request(PHOTO, 'person-b'))).text()).to.equal('bytes 2');
    expect(fetched).to.have.length(2);
  });

  it('keeps nothing refused, nor anything asked without a token', async () => {
    status = 404;
    expect((await answerTicketFile(request(PHOTO, 'person-a'))).status).to.equal(404);
    status = 200;
    expect((await answerTicketFile(request(PHOTO, 'person-a'))).status).to.equal(200);
    await answerTicketFile(request(PHOTO));
    await answerTicketFile(request(PHOTO));
    expect(fetched).to.have.length(4);
  });
});
