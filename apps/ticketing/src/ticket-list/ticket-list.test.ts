import { expect, waitUntil } from '@open-wc/testing';
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
import { scopesFor } from './ticket-scopes.js';

/** The titles of the rows the list shows, top to bottom. */
const rowTitles = (app: Element) =>
  deepAll(app, 'piazza-ticketing-list', 'tbody th').map((cell) => textOf(cell));

describe('piazza-ticketing-list', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('offers each person the scopes their roles and job give', () => {
    expect(scopesFor({ roles: ['FIELD'], job: 'AREA_MANAGER', hasDealer: false })).to.deep.equal([
      'MINE',
    ]);
    expect(
      scopesFor({ roles: ['EMPLOYEE'], job: 'SERVICE_MANAGER', hasDealer: true }),
    ).to.deep.equal(['MINE', 'MY_DEALER', 'ALL_I_SEE']);
    expect(scopesFor({ roles: ['EMPLOYEE'], job: 'MECHANIC', hasDealer: true })).to.deep.equal([
      'MINE',
    ]);
    expect(
      scopesFor({ roles: ['REGION_MANAGER'], job: 'REGION_MANAGER', hasDealer: false }),
    ).to.deep.equal(['MINE', 'MY_REGION', 'ALL_I_SEE']);
    expect(scopesFor({ roles: ['ADMIN'], job: 'IT_ADMIN', hasDealer: false })).to.deep.equal([
      'MINE',
      'ALL_I_SEE',
    ]);
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
});
