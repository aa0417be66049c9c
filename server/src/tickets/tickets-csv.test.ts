import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { csvCell } from './tickets-csv.js';
import { fileTicket, helpDesk } from './tickets-test-support.js';

const GIULIA = 'person-demo-it-area';
const MARCO = 'person-demo-it-service';
const CAMILLE = 'person-demo-fr-sales';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+39 02', "'+39 02"],
    ['-10% off', "'-10% off"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['a=b', 'a=b'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('GET /api/tickets.csv', () => {
  let t: TestApp;
  const tokens = new Map<string, string>();

  const download = async (personId: string | null, query = '') =>
    t.app.fetch(
      new Request(`http://piazza.test/api/tickets.csv${query}`, {
        headers: personId ? { authorization: `Bearer ${tokens.get(personId)}` } : {},
      }),
    );

  beforeAll(async () => {
    t = await createTestApp();
    for (const id of [GIULIA, MARCO, CAMILLE, 'person-demo-admin']) {
      tokens.set(id, await t.tokenFor(id));
    }
    const marcosDealer = t.network.people.find((p) => p.id === MARCO)!.dealerId;
    await fileTicket(
      t,
      tokens.get(GIULIA)!,
      helpDesk({ dealerId: marcosDealer, title: '=1+1, "urgent"' }),
      'csv-1',
    );
    await fileTicket(t, tokens.get(CAMILLE)!, helpDesk({ title: 'Camille’s laptop' }), 'csv-2');
  });
  afterAll(() => t.close());

  it('gives a dealer’s manager the tickets of his dealer, inert and quoted', async () => {
    const response = await download(MARCO, '?scope=MY_DEALER&locale=it');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="tickets-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // TextDecoder drops the byte order mark.
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      'number,created,status,priority,kind,category,tags,dealer,reporter,assignee,title',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^T-\d{6},\d{4}-\d\d-\d\dT[\d:.]+Z,NEW,NORMAL,HELP_DESK,Informatica,,[^,]+,Giulia Ferraro,,"'=1\+1, ""urgent"""$/,
    );
    expect(lines[2]).toBe('');
  });

  it('applies the list’s filters and access to admins', async () => {
    const all = await (await download('person-demo-admin', '?status=NEW&kind=HELP_DESK')).text();
    expect(all).toContain('Camille’s laptop');
    expect(all).toContain('Giulia Ferraro');
    const searched = await (await download('person-demo-admin', '?search=laptop')).text();
    expect(searched).not.toContain('Giulia Ferraro');
    const closed = await (await download('person-demo-admin', '?status=CLOSED')).text();
    expect(closed.split('\r\n')).toHaveLength(2);
    // Filed a moment ago: on track, none breached yet.
    const onTrack = await (await download('person-demo-admin', '?slaState=ON_TRACK')).text();
    expect(onTrack).toContain('Camille’s laptop');
    const breached = await (await download('person-demo-admin', '?slaState=BREACHED')).text();
    expect(breached).not.toContain('Camille’s laptop');
  });

  it('orders the file as the list is sorted, newest first by default', async () => {
    await fileTicket(
      t,
      tokens.get(CAMILLE)!,
      helpDesk({ title: 'Low toner', priority: 'LOW' }),
      'csv-low',
    );
    const titles = async (query: string) =>
      (await (await download('person-demo-admin', `?kind=HELP_DESK${query}`)).text())
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(',').at(-1));
    const newest = await titles('');
    expect(newest[0]).toBe('Low toner');
    expect(await titles('&sort=NEWEST')).toEqual(newest);
    const byPriority = await titles('&sort=PRIORITY');
    expect(byPriority.at(-1)).toBe('Low toner');
    expect([...byPriority].sort()).toEqual([...newest].sort());
  });

  it('refuses those who are not managers, strangers and unknown values', async () => {
    expect((await download(CAMILLE)).status).toBe(403);
    expect((await download(GIULIA)).status).toBe(403);
    expect((await download(null)).status).toBe(401);
    expect((await download(MARCO, '?slaState=LATE')).status).toBe(400);
    const bad = await download(MARCO, '?status=LOST');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'status', reason: 'UNKNOWN_VALUE' },
    });
    const badSort = await download(MARCO, '?sort=OLDEST');
    expect(badSort.status).toBe(400);
    expect(await badSort.json()).toMatchObject({
      error: { code: 'BAD_USER_INPUT', field: 'sort', reason: 'UNKNOWN_VALUE' },
    });
  });
});
