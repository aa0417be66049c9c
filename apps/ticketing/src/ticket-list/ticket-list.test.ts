import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
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
import { exportsTickets, scopeLabel, scopesFor } from './ticket-scopes.js';

/** The titles of the rows the list shows, top to bottom. */
const rowTitles = (app: Element) =>
  deepAll(app, 'piazza-ticketing-list', 'tbody th').map((cell) => textOf(cell));

describe('piazza-ticketing-list', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('offers each person the scopes their roles, job and teams give, and the export to managers', () => {
    const noTeam: readonly string[] = [];
    const areaManager = {
      roles: ['FIELD'],
      job: 'AREA_MANAGER',
      hasDealer: false,
      queues: ['Lumo Italy after-sales'],
    } as const;
    const serviceManager = {
      roles: ['EMPLOYEE'],
      job: 'SERVICE_MANAGER',
      hasDealer: true,
      queues: noTeam,
    } as const;
    const mechanic = {
      roles: ['EMPLOYEE'],
      job: 'MECHANIC',
      hasDealer: true,
      queues: noTeam,
    } as const;
    const regionManager = {
      roles: ['REGION_MANAGER'],
      job: 'REGION_MANAGER',
      hasDealer: false,
      queues: noTeam,
    } as const;
    const admin = { roles: ['ADMIN'], job: 'IT_ADMIN', hasDealer: false, queues: noTeam } as const;
    expect(scopesFor(areaManager)).to.deep.equal(['MINE', 'ASSIGNED_TO_ME', 'MY_QUEUES']);
    expect(scopesFor(serviceManager)).to.deep.equal(['MINE', 'MY_DEALER', 'ALL_I_SEE']);
    expect(scopesFor(mechanic)).to.deep.equal(['MINE']);
    // Handling a region's tickets is not being in a team: nothing is assigned to them.
    expect(scopesFor(regionManager)).to.deep.equal(['MINE', 'MY_REGION', 'ALL_I_SEE']);
    expect(scopesFor(admin)).to.deep.equal(['MINE', 'ALL_I_SEE']);
    expect(scopesFor({ ...admin, queues: ['Group IT help desk'] })).to.deep.equal([
      'MINE',
      'ASSIGNED_TO_ME',
      'MY_QUEUES',
      'ALL_I_SEE',
    ]);
    expect(
      [areaManager, serviceManager, mechanic, regionManager, admin].map(exportsTickets),
    ).to.deep.equal([false, true, false, true, true]);
  });

  it('names the team of a member of one queue, and says “my teams” to a member of several', () => {
    const t = ((key: string, values?: { team?: string }) =>
      values?.team ? `${key}:${values.team}` : key) as unknown as Parameters<typeof scopeLabel>[0];
    expect(scopeLabel(t, 'MY_QUEUES', ['Lumo Italy after-sales'])).to.equal(
      'scope.myTeam:Lumo Italy after-sales',
    );
    expect(scopeLabel(t, 'MY_QUEUES', ['A', 'B'])).to.equal('scope.MY_QUEUES');
    expect(scopeLabel(t, 'MINE', ['A'])).to.equal('scope.MINE');
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

    const list = deep(app, 'piazza-ticketing-list', 'piazza-ticketing-filters')!;
    const kind = deep<HTMLSelectElement>(list, '#kind')!;
    kind.value = 'HELP_DESK';
    typeInto(deep<HTMLInputElement>(list, '#search')!, 'printer');
    deep<HTMLButtonElement>(list, 'button[type=submit]')!.click();
    await waitUntil(() => rowTitles(app).length === 1, 'not narrowed');
    expect(rowTitles(app)).to.deep.equal(['Printer offline in the showroom']);
    expect(new URLSearchParams(window.location.search).get('kind')).to.equal('HELP_DESK');

    deep<HTMLSelectElement>(list, '#status')!.value = 'CLOSED';
    deep<HTMLButtonElement>(list, 'button[type=submit]')!.click();
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

    const filters = deep(list, 'piazza-ticketing-filters')!;
    deep<HTMLSelectElement>(filters, '#sla')!.value = 'ON_TRACK';
    deep<HTMLButtonElement>(filters, 'button[type=submit]')!.click();
    await waitUntil(() => window.location.search.includes('sla=ON_TRACK'), 'not applied');
    await waitUntil(() => rowTitles(app).includes('Tablet screen cracked'), 'not listed');

    deep<HTMLSelectElement>(filters, '#sla')!.value = 'BREACHED';
    deep<HTMLButtonElement>(filters, 'button[type=submit]')!.click();
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
      'number,created,status,priority,kind,category,tags,dealer,reporter,assignee,title',
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

  it('offers Giulia “assigned to me” and her team by name', async () => {
    const app = await mountTicketing(await ticketingPortal(PEOPLE.giulia, 'it'));
    const tabs = await found(app, 'piazza-ticketing-list', 'nav.sections');
    await waitUntil(() => deepAll(tabs, 'a').length === 3, 'no team tabs');
    expect(deepAll(tabs, 'a').map((a) => textOf(a))).to.deep.equal([
      'I miei',
      'Assegnati a me',
      'Il mio team: Lumo Italy after-sales',
    ]);
  });

  it('sorts the list as chosen and keeps the order in the address', async () => {
    const giulia = await ticketingPortal(PEOPLE.giulia);
    const { data } = await (
      await ticketingPortal(PEOPLE.marco)
    ).client.query({ query: TicketingViewerDocument });
    const dealerId = data!.me!.person.dealer!.id;
    await fileTicket(giulia, { dealerId, title: 'Urgent: ramp lift stuck', priority: 'URGENT' });
    await fileTicket(giulia, { dealerId, title: 'Low: new mouse', priority: 'LOW' });
    const app = await mountTicketing(giulia);
    await waitUntil(() => rowTitles(app)[0] === 'Low: new mouse', 'not newest first');

    const filters = await found(app, 'piazza-ticketing-list', 'piazza-ticketing-filters');
    deep<HTMLSelectElement>(filters, '#sort')!.value = 'PRIORITY';
    deep<HTMLButtonElement>(filters, 'button[type=submit]')!.click();
    await waitUntil(() => rowTitles(app)[0] === 'Urgent: ramp lift stuck', 'not by priority');
    expect(rowTitles(app).at(-1)).to.equal('Low: new mouse');
    expect(new URLSearchParams(window.location.search).get('sort')).to.equal('PRIORITY');
    expect(deep<HTMLSelectElement>(filters, '#sort')!.value).to.equal('PRIORITY');
  });

  it('folds the filters behind a button counting them on a phone, the search in sight', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const app = await mountTicketing(
        await ticketingPortal(PEOPLE.giulia, 'fr'),
        '?status=NEW&kind=HELP_DESK',
      );
      const filters = await found(app, 'piazza-ticketing-list', 'piazza-ticketing-filters');
      await filters.updateComplete;
      const toggle = deep<HTMLButtonElement>(filters, '.filters-toggle')!;
      const panel = deep<HTMLElement>(filters, '#filter-panel')!;
      expect(textOf(toggle)).to.equal('Filtres (2)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(panel).display).to.equal('none');
      expect(deep<HTMLInputElement>(filters, '#search')!.checkVisibility()).to.equal(true);

      toggle.click();
      await filters.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(deep<HTMLSelectElement>(filters, '#status')!.checkVisibility()).to.equal(true);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
    const wide = await mountTicketing(await ticketingPortal(PEOPLE.giulia));
    const filters = await found(wide, 'piazza-ticketing-list', 'piazza-ticketing-filters');
    await filters.updateComplete;
    expect(deep<HTMLButtonElement>(filters, '.filters-toggle')!.checkVisibility()).to.equal(false);
    expect(deep<HTMLSelectElement>(filters, '#status')!.checkVisibility()).to.equal(true);
  });
});
