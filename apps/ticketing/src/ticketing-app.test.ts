import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../mocks/test-portal.js';
import { listPath, routeOf } from './ticketing-routes.js';
import {
  PEOPLE,
  deep,
  found,
  mountTicketing,
  textOf,
  ticketingPortal,
} from './ticketing-testing.js';

describe('piazza-ticketing-app', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('routes each address to its screen, keeping the list’s filters in the address', () => {
    const at = (pathname: string, search = '') => routeOf({ pathname, search }, '/portal/tickets/');
    expect(at('/portal/tickets', '?scope=MY_DEALER&status=NEW&q=oil&sort=PRIORITY')).to.deep.equal({
      screen: 'list',
      filter: {
        scope: 'MY_DEALER',
        status: 'NEW',
        kind: '',
        categoryId: '',
        search: 'oil',
        slaState: '',
        sort: 'PRIORITY',
      },
    });
    expect(at('/portal/tickets', '?scope=MY_QUEUES&sla=BREACHED')).to.deep.equal({
      screen: 'list',
      filter: {
        scope: 'MY_QUEUES',
        status: '',
        kind: '',
        categoryId: '',
        search: '',
        slaState: 'BREACHED',
        sort: '',
      },
    });
    expect(
      at('/portal/tickets', '?scope=EVERYTHING&status=LOST&sla=LATE&sort=OLDEST'),
    ).to.deep.equal({
      screen: 'list',
      filter: {
        scope: '',
        status: '',
        kind: '',
        categoryId: '',
        search: '',
        slaState: '',
        sort: '',
      },
    });
    expect(at('/portal/tickets/new')).to.deep.equal({ screen: 'new' });
    expect(at('/portal/tickets/ticket-12ab')).to.deep.equal({
      screen: 'ticket',
      id: 'ticket-12ab',
    });
    expect(at('/portal/tickets/ticket-12ab/more')).to.equal(undefined);
    expect(at('/portal/news')).to.equal(undefined);
    expect(listPath({ scope: 'MINE', search: 'T-000012' })).to.equal(
      'tickets?scope=MINE&q=T-000012',
    );
    expect(listPath({ scope: 'ASSIGNED_TO_ME', slaState: 'AT_RISK' })).to.equal(
      'tickets?scope=ASSIGNED_TO_ME&sla=AT_RISK',
    );
    expect(listPath({ status: 'NEW', sort: 'PRIORITY' })).to.equal(
      'tickets?status=NEW&sort=PRIORITY',
    );
    expect(listPath({ sort: 'NEWEST' })).to.equal('tickets');
    expect(listPath()).to.equal('tickets');
  });

  it('opens the form from the list and says an unknown address does not exist', async () => {
    const portal = await ticketingPortal(PEOPLE.giulia, 'fr');
    const app = await mountTicketing(portal);
    await found(app, 'piazza-ticketing-list', '.heading a');
    deep<HTMLAnchorElement>(app, 'piazza-ticketing-list', '.heading a')!.click();
    await found(app, 'piazza-ticketing-new-ticket', 'h1');
    expect(textOf(deep(app, 'piazza-ticketing-new-ticket', 'h1'))).to.equal('Nouveau ticket');
    expect(window.location.pathname).to.equal('/portal/tickets/new');

    const lost = await mountTicketing(portal, 'a/b');
    await waitUntil(() => lost.shadowRoot!.querySelector('p') !== null);
    expect(textOf(lost.shadowRoot!.querySelector('p'))).to.equal(
      'Cette page des tickets n’existe pas.',
    );
  });
});
