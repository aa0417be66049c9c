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
import { MoveTicketDocument } from './ticket-view.generated.js';

/** A ticket Giulia filed for Marco's dealer. */
async function giuliasTicket(title: string) {
  const giulia = await ticketingPortal(PEOPLE.giulia);
  const { data } = await (
    await ticketingPortal(PEOPLE.marco)
  ).client.query({ query: TicketingViewerDocument });
  return fileTicket(giulia, { dealerId: data!.me!.person.dealer!.id, title });
}

const buttons = (view: Element) =>
  deepAll(view, 'piazza-ticketing-actions', 'button').map((button) => textOf(button));

describe('piazza-ticketing-ticket', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lets Marco comment on a ticket of his dealer, without moves or internal notes', async () => {
    const ticket = await giuliasTicket('Customer record twice in the CRM');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.marco, 'it'), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const discussion = await found(view, 'piazza-ticketing-discussion');
    await found(discussion, 'form');
    expect(deep(discussion, 'input[type=checkbox]')).to.equal(null);
    expect(buttons(view)).to.deep.equal([]);

    typeInto(deep<HTMLTextAreaElement>(discussion, '#comment')!, 'Lo vediamo domattina.');
    deep<HTMLButtonElement>(discussion, 'form button')!.click();
    await waitUntil(() => deepAll(discussion, 'ol li').length === 1, 'no comment');
    expect(textOf(deep(discussion, 'ol li')))
      .to.contain('Marco Bianchi')
      .and.contain('Lo vediamo domattina.');
    const box = deep<HTMLTextAreaElement>(discussion, '#comment')!;
    await waitUntil(() => box.value === '', 'the box was not emptied');
  });

  it('lets a handler triage with a comment and write an internal note', async () => {
    const ticket = await giuliasTicket('Warranty claim stuck');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    await waitUntil(() => buttons(view).length === 1, 'no moves');
    expect(buttons(view)).to.deep.equal(['Triage']);

    typeInto(deep<HTMLTextAreaElement>(view, 'piazza-ticketing-actions', '#move-note')!, 'On it.');
    deep<HTMLButtonElement>(view, 'piazza-ticketing-actions', 'button')!.click();
    await waitUntil(() => buttons(view).length === 2, 'not moved');
    expect(buttons(view)).to.deep.equal(['Start work', 'Ask the reporter']);
    expect(textOf(deep(view, 'header .badge'))).to.equal('Triaged');
    expect(textOf(deep(view, '.history'))).to.contain('moved it from “New” to “Triaged”');
    expect(textOf(deep(view, 'piazza-ticketing-discussion', 'ol'))).to.contain('On it.');

    const discussion = deep(view, 'piazza-ticketing-discussion')!;
    typeInto(deep<HTMLTextAreaElement>(discussion, '#comment')!, 'Check the dealer first.');
    deep<HTMLInputElement>(discussion, 'input[type=checkbox]')!.click();
    deep<HTMLButtonElement>(discussion, 'form button')!.click();
    await waitUntil(() => deep(discussion, 'li.internal') !== null, 'no internal note');
    expect(textOf(deep(discussion, 'li.internal'))).to.contain('Internal note');
  });

  it('shows a move someone else made meanwhile instead of overwriting it', async () => {
    const ticket = await giuliasTicket('Parts missing from delivery');
    const other = await ticketingPortal(PEOPLE.oliver);
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    await waitUntil(() => buttons(view).length === 1, 'no moves');

    // Another handler triages it while this screen still shows it as new.
    await other.client.mutate({
      mutation: MoveTicketDocument,
      variables: { id: ticket.id, to: 'TRIAGED', expectedStatus: 'NEW' },
    });
    deep<HTMLButtonElement>(view, 'piazza-ticketing-actions', 'button')!.click();
    await waitUntil(() => deep(view, 'piazza-ticketing-actions', '.alert') !== null, 'no conflict');
    expect(textOf(deep(view, 'piazza-ticketing-actions', '.alert'))).to.equal(
      'This ticket changed meanwhile: it is now “Triaged”. Look at it as it is now, then choose again.',
    );
    await waitUntil(() => textOf(deep(view, 'header .badge')) === 'Triaged', 'not refreshed');
    expect(buttons(view)).to.deep.equal(['Start work', 'Ask the reporter']);
    expect(textOf(deep(view, '.history'))).to.contain('moved it from “New” to “Triaged”');
  });
});
