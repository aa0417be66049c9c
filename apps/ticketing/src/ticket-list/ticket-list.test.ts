import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, http } from 'msw';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { TicketingViewerDocument } from '../ticketing-viewer.generated.js';
import {
  PEOPLE,
  deep,
  deepAll,
  fileTicket,
  found,
  mountTicketing,
  textOf,
  ticketingPortal,
  typeInto,
} from '../ticketing-testing.js';
import { exportsTickets, scopesFor } from './ticket-scopes.js';

/** The titles of the rows the list shows, top to bottom. */
const rowTitles = (app: Element) =>
  deepAll(app, 'piazza-ticketing-list', 'tbody th').map((cell) => textOf(cell));

describe('piazza-ticketing-list', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('offers each person the scopes their roles and job give, and the export to managers', () => {
    const areaManager = { roles: ['FIELD'], job: 'AREA_MANAGER', hasDealer: false } as const;
    const serviceManager = {
      roles: ['EMPLOYEE'],
      job: 'SERVICE_MANAGER',
      hasDealer: true,
    } as const;
    const mechanic = { roles: ['EMPLOYEE'], job: 'MECHANIC', hasDealer: true } as const;
    const regionManager = {
      roles: ['REGION_MANAGER'],
      job: 'REGION_MANAGER',
      hasDealer: false,
    } as const;
    const admin = { roles: ['ADMIN'], job: 'IT_ADMIN', hasDealer: false } as const;
    expect(scopesFor(areaManager)).to.deep.equal(['MINE', 'ASSIGNED_TO_ME', 'MY_QUEUES']);
    expect(scopesFor(serviceManager)).to.deep.equal(['MINE', 'MY_DEALER', 'ALL_I_SEE']);
    expect(scopesFor(mechanic)).to.deep.equal(['MINE']);
    expect(scopesFor(regionManager)).to.deep.equal([
      'MINE',
      'ASSIGNED_TO_ME',
      'MY_QUEUES',
      'MY_REGION',
      'ALL_I_SEE',
    ]);
    expect(scopesFor(admin)).to.deep.equal(['MINE', 'ASSIGNED_TO_ME', 'MY_QUEUES', 'ALL_I_SEE']);
    expect(
      [areaManager, serviceManager, mechanic, regionManager, admin].map(exportsTickets),
    ).to.deep.equal([false, true, false, true, true]);
  });

  it('shows Marco, under “My dealer”, the ticket Giulia filed for his dealer', async () => {
    const giulia = await ticketingPortal(PEOPLE.giulia);
    // Created last, so that the page speaks his language.
    const marco = await ticketingPortal(PEOPLE.marco, 'it');
    const { data } = await marco.client.query({ query: TicketingViewerDocument });
    const dealerId = data!.me!.person.dealer!.id;
    await fileTicket(giulia, {
      dealerId,
      categoryId: 'category-nc-workshop',
      title: 'Wrong oil in a new car',
      nonConformity: { vin: 'ZFA31200000123456', severity: 'MAJOR' },
    });

    const app = await mountTicketing(marco);
    const tabs = await found(app, 'piazza-ticketing-list', 'nav.sections');
    await waitUntil(() => deepAll(tabs, 'a').length === 3, 'no scope tabs');
    expect(deepAll(tabs, 'a').map((a) => textOf(a))).to.deep.equal([
      'I miei',
      'La mia concessionaria',
      'Tutto ciò che vedo',
    ]);
    // His own tickets first: he filed none, and is told what to do.
    await found(app, 'piazza-ticketing-list', 'p.status');
    expect(textOf(deep(app, 'piazza-ticketing-list', 'p.status'))).to.contain('Nuovo ticket');

    deepAll<HTMLAnchorElement>(tabs, 'a')[1]!.click();
    await waitUntil(() => rowTitles(app).length === 1, 'no dealer ticket');
    expect(rowTitles(app)).to.deep.equal(['Wrong oil in a new car']);
    const row = deep(app, 'piazza-ticketing-list', 'tbody tr')!;
    expect(textOf(row))
      .to.contain('Nuovo')
      .and.contain('Normale')
      .and.contain('Processo di officina');
    expect(window.location.search).to.equal('?scope=MY_DEALER');
  });

  it('narrows the list by status, kind and words, newest first, and says when nothing matches', async () => {
    const giulia = await ticketingPortal(PEOPLE.giulia);
    const { data } = await (
      await ticketingPortal(PEOPLE.marco)
    ).client.query({ query: TicketingViewerDocument });
    const dealerId = data!.me!.person.dealer!.id;
    await fileTicket(giulia, { dealerId, title: 'Printer offline in the showroom' });
    await fileTicket(giulia, {
      dealerId,
      categoryId: 'category-request-other',
      title: 'Brochures for the open day',
    });

    const app = await mountTicketing(giulia);
    await waitUntil(() => rowTitles(app).length >= 2, 'no tickets');
    expect(rowTitles(app).slice(0, 2)).to.deep.equal([
      'Brochures for the open day',
      'Printer offline in the showroom',
    ]);

    const list = deep(app, 'piazza-ticketing-list')!;
    const kind = deep<HTMLSelectElement>(list, '#kind')!;
    kind.value = 'HELP_DESK';
    typeInto(deep<HTMLInputElement>(list, '#search')!, 'printer');
    deep<HTMLButtonElement>(list, 'form.filters button')!.click();
    await waitUntil(() => rowTitles(app).length === 1, 'not narrowed');
    expect(rowTitles(app)).to.deep.equal(['Printer offline in the showroom']);
    expect(new URLSearchParams(window.location.search).get('kind')).to.equal('HELP_DESK');

    deep<HTMLSelectElement>(list, '#status')!.value = 'CLOSED';
    deep<HTMLButtonElement>(list, 'form.filters button')!.click();
    await found(app, 'piazza-ticketing-list', 'p.status a');
    expect(textOf(deep(app, 'piazza-ticketing-list', 'p.status'))).to.contain(
      'No ticket matches these filters.',
    );
  });
  it('shows each ticket’s service level and narrows the list by it', async () => {
    const marco = await ticketingPortal(PEOPLE.marco);
    await fileTicket(marco, { title: 'Tablet screen cracked' });

    const app = await mountTicketing(marco);
    await waitUntil(() => rowTitles(app).includes('Tablet screen cracked'), 'no ticket');
    const list = deep(app, 'piazza-ticketing-list')!;
    const row = deepAll(list, 'tbody tr').find((tr) => textOf(tr).includes('Tablet screen'))!;
    expect(textOf(row.querySelector('td[data-label="Service level"] .badge'))).to.equal(
      '○ On track',
    );

    deep<HTMLSelectElement>(list, '#sla')!.value = 'ON_TRACK';
    deep<HTMLButtonElement>(list, 'form.filters button')!.click();
    await waitUntil(() => window.location.search.includes('sla=ON_TRACK'), 'not applied');
    await waitUntil(() => rowTitles(app).includes('Tablet screen cracked'), 'not listed');

    deep<HTMLSelectElement>(list, '#sla')!.value = 'BREACHED';
    deep<HTMLButtonElement>(list, 'form.filters button')!.click();
    await found(app, 'piazza-ticketing-list', 'p.status a');
    expect(textOf(deep(list, 'p.status'))).to.contain('No ticket matches these filters.');
  });

  it('lets Marco download his dealer’s tickets as CSV, with the list’s filters', async () => {
    const giulia = await ticketingPortal(PEOPLE.giulia);
    const marco = await ticketingPortal(PEOPLE.marco, 'it');
    const { data } = await marco.client.query({ query: TicketingViewerDocument });
    const ticket = await fileTicket(giulia, {
      dealerId: data!.me!.person.dealer!.id,
      title: '=Invoice, "urgent"',
    });
    const app = await mountTicketing(marco, '?scope=MY_DEALER&kind=HELP_DESK');
    const list = await found(app, 'piazza-ticketing-list');
    await waitUntil(() => rowTitles(app).length > 0, 'no tickets');
    const button = deepAll<HTMLButtonElement>(list, '.heading button').find(
      (b) => textOf(b) === 'Scarica CSV',
    )!;

    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      button.click();
      await waitUntil(() => clicked.length === 1, 'nothing downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0]!.download).to.match(/^tickets-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).to.equal(
      'number,created,status,priority,kind,category,dealer,reporter,assignee,title',
    );
    const line = lines.find((l) => l.startsWith(`${ticket.number},`))!;
    expect(line).to.contain(',HELP_DESK,Informatica,').and.contain(',Giulia Ferraro,');
    // A title a spreadsheet would take for a formula stays text.
    expect(line.endsWith(`"'=Invoice, ""urgent"""`)).to.equal(true);
  });

  it('says in the person’s language when the export is refused, and hides it from others', async () => {
    const worker = await startMockWorker();
    worker.use(
      http.get('*/api/tickets.csv', () =>
        HttpResponse.json({ error: { code: 'RATE_LIMITED' } }, { status: 429 }),
      ),
    );
    const app = await mountTicketing(await ticketingPortal(PEOPLE.marco, 'de'));
    const list = await found(app, 'piazza-ticketing-list');
    await waitUntil(() => deep(list, '.heading button') !== null, 'no export');
    deep<HTMLButtonElement>(list, '.heading button')!.click();
    await waitUntil(() => deep(list, 'p.alert') !== null, 'no refusal');
    expect(textOf(deep(list, 'p.alert'))).to.match(
      /^Die Datei konnte nicht heruntergeladen werden\. \S/,
    );

    const giulias = await mountTicketing(await ticketingPortal(PEOPLE.giulia));
    await found(giulias, 'piazza-ticketing-list', '.heading a');
    expect(deep(giulias, 'piazza-ticketing-list', '.heading button')).to.equal(null);
  });
});
