import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, graphql, http } from 'msw';
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
import { AssignTicketDocument, MoveTicketDocument } from './ticket-view.generated.js';

/** A ticket Giulia filed for Marco's dealer, by default of the IT help desk. */
async function giuliasTicket(title: string, input: Parameters<typeof fileTicket>[1] = {}) {
  const giulia = await ticketingPortal(PEOPLE.giulia);
  const { data } = await (
    await ticketingPortal(PEOPLE.marco)
  ).client.query({ query: TicketingViewerDocument });
  return fileTicket(giulia, { dealerId: data!.me!.person.dealer!.id, title, ...input });
}

/**
 * Live updates that never come, as when the other person's change is still on its way:
 * the screen acts on what it showed, and the server's CONFLICT is what it learns from.
 */
async function withoutLiveUpdates() {
  (await startMockWorker()).use(
    http.post('*/graphql', ({ request }) =>
      request.headers.get('accept')?.includes('text/event-stream')
        ? new HttpResponse(new ReadableStream({ start: () => undefined }), {
            headers: { 'content-type': 'text/event-stream' },
          })
        : undefined,
    ),
  );
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
    expect(textOf(deep(view, '.history'))).to.contain('Oliver Bennett commented.');

    const discussion = deep(view, 'piazza-ticketing-discussion')!;
    typeInto(deep<HTMLTextAreaElement>(discussion, '#comment')!, 'Check the dealer first.');
    deep<HTMLInputElement>(discussion, 'input[type=checkbox]')!.click();
    deep<HTMLButtonElement>(discussion, 'form button')!.click();
    await waitUntil(() => deep(discussion, 'li.internal') !== null, 'no internal note');
    expect(textOf(deep(discussion, 'li.internal'))).to.contain('Internal note');
  });

  it('shows a move someone else made meanwhile instead of overwriting it', async () => {
    await withoutLiveUpdates();
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
  it('shows the service levels: the state as a word, when to respond and resolve by', async () => {
    const ticket = await giuliasTicket('Navigation update fails');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const sla = await found(view, 'piazza-ticketing-service-level', 'section');
    expect(textOf(sla.querySelector('.badge'))).to.equal('○ On track');
    const times = [...sla.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).to.deep.equal([ticket.sla.respondBy, ticket.sla.resolveBy]);
    expect(textOf(sla)).to.contain('Respond by').and.contain('Resolve by');
  });

  it('lets a member of the ticket’s queue assign it to themselves', async () => {
    const ticket = await giuliasTicket('Email signatures wrong');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const panel = await found(view, 'piazza-ticketing-assignment', 'form');
    // A help-desk ticket lands in the group's IT help desk, which Oliver is a member of.
    expect(deep<HTMLSelectElement>(panel, '#assign-queue')!.selectedOptions[0]!.text).to.equal(
      'Group IT help desk',
    );
    expect(textOf(view.shadowRoot!.querySelector('dl'))).to.contain('Nobody yet');

    const toMe = [...panel.querySelectorAll('button')].find((b) => textOf(b) === 'Assign to me')!;
    toMe.click();
    await found(view, 'piazza-ticketing-assignment', 'p.status');
    expect(textOf(deep(view, 'piazza-ticketing-assignment', 'p.status'))).to.equal(
      'The ticket is now with Oliver Bennett in “Group IT help desk”.',
    );
    await waitUntil(() => textOf(deep(view, 'dl')).includes('Oliver Bennett'), 'not shown');
    expect(textOf(deep(view, '.history'))).to.contain(
      'assigned it to Oliver Bennett in “Group IT help desk”',
    );
  });

  it('says someone assigned the ticket meanwhile and shows who holds it now', async () => {
    // This screen hears of the other assignment too late.
    await withoutLiveUpdates();
    const ticket = await giuliasTicket('VPN drops every hour');
    const other = await ticketingPortal(PEOPLE.oliver);
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const panel = await found(view, 'piazza-ticketing-assignment', 'form');

    await other.client.mutate({
      mutation: AssignTicketDocument,
      variables: {
        id: ticket.id,
        queueId: 'queue-group-it',
        assigneeId: PEOPLE.oliver.id,
        expectedAssigneeId: null,
      },
    });
    [...panel.querySelectorAll('button')].find((b) => textOf(b) === 'Assign')!.click();
    await found(view, 'piazza-ticketing-assignment', 'p.alert');
    expect(textOf(deep(view, 'piazza-ticketing-assignment', 'p.alert'))).to.equal(
      'Someone assigned this ticket meanwhile: it is now with Oliver Bennett. Look at it as it is now, then choose again.',
    );
    await waitUntil(() => textOf(deep(view, 'dl')).includes('Oliver Bennett'), 'not refreshed');
  });

  it('proposes the dealer’s own team for a ticket in no queue, then the queue and assignee it has', async () => {
    const ticket = await giuliasTicket('Car returned without its job card', {
      categoryId: 'category-nc-workshop',
      nonConformity: { customerReference: 'C-12', severity: 'MINOR' },
    });
    const chosen = (panel: Element, id: string) =>
      textOf(deep<HTMLSelectElement>(panel, id)!.selectedOptions[0]!);
    const oliver = await ticketingPortal(PEOPLE.oliver);
    let view = await found(await mountTicketing(oliver, ticket.id), 'piazza-ticketing-ticket');
    let panel = await found(view, 'piazza-ticketing-assignment', 'form');
    // Not the group's IT help desk, listed first, but the Lumo Italy after-sales team.
    expect(
      [...deep<HTMLSelectElement>(panel, '#assign-queue')!.options].map((o) => textOf(o)),
    ).to.deep.equal(['Group IT help desk', 'Lumo Italy after-sales']);
    expect(chosen(panel, '#assign-queue')).to.equal('Lumo Italy after-sales');
    expect(chosen(panel, '#assign-member')).to.equal('Nobody yet (the whole team)');

    await oliver.client.mutate({
      mutation: AssignTicketDocument,
      variables: {
        id: ticket.id,
        queueId: 'queue-lumo-it-after-sales',
        assigneeId: PEOPLE.giulia.id,
        expectedAssigneeId: null,
      },
    });
    view = await found(await mountTicketing(oliver, ticket.id), 'piazza-ticketing-ticket');
    panel = await found(view, 'piazza-ticketing-assignment', 'form');
    expect(chosen(panel, '#assign-queue')).to.equal('Lumo Italy after-sales');
    expect(chosen(panel, '#assign-member')).to.equal('Giulia Ferraro');
  });

  it('offers no assignment to those who do not handle the ticket', async () => {
    const ticket = await giuliasTicket('Loaner car booking lost');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.marco, 'it'), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    await found(view, 'piazza-ticketing-watch', 'button');
    expect(deep(view, 'piazza-ticketing-assignment')).to.equal(null);
  });

  it('follows a ticket and stops, with the number of people following it', async () => {
    const ticket = await giuliasTicket('Dealer portal password reset');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    await found(view, 'piazza-ticketing-watch', 'button');
    const watch = deep<HTMLButtonElement>(view, 'piazza-ticketing-watch', 'button')!;
    const count = () => textOf(deep(view, 'piazza-ticketing-watch', 'p[role=status]'));
    expect(textOf(watch)).to.equal('Follow this ticket');
    expect(count()).to.equal('1 person follows this ticket');

    watch.click();
    await waitUntil(() => count() === '2 people follow this ticket', 'not following');
    expect(textOf(deep(view, 'piazza-ticketing-watch', 'button'))).to.equal('Stop following');
    deep<HTMLButtonElement>(view, 'piazza-ticketing-watch', 'button')!.click();
    await waitUntil(() => count() === '1 person follows this ticket', 'still following');
  });

  it('shows a move and a comment by someone else while the ticket is open', async () => {
    const ticket = await giuliasTicket('Showroom screen black');
    const worker = await startMockWorker();
    const streaming = new Promise<void>((resolve) => {
      const opened = ({ request }: { request: Request }) => {
        if (!request.headers.get('accept')?.includes('text/event-stream')) return;
        worker.events.removeListener('response:mocked', opened);
        resolve();
      };
      worker.events.on('response:mocked', opened);
    });
    const oliver = await ticketingPortal(PEOPLE.oliver);
    // Created last, so that the page speaks Marco's language.
    const app = await mountTicketing(await ticketingPortal(PEOPLE.marco, 'it'), ticket.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    await found(view, 'header .badge');
    await streaming;

    await oliver.client.mutate({
      mutation: MoveTicketDocument,
      variables: { id: ticket.id, to: 'TRIAGED', comment: 'Guardiamo subito.' },
    });
    await waitUntil(
      () => textOf(deep(view, 'header .badge')) === 'Preso in carico',
      'no live move',
      {
        timeout: 5000,
      },
    );
    await waitUntil(
      () => textOf(deep(view, 'piazza-ticketing-discussion', 'ol')).includes('Guardiamo subito.'),
      'no live comment',
    );
  });

  it('lets the reporter tick a checklist item, shown with who ticked it; others only read it', async () => {
    const filed = await giuliasTicket('Courtesy car not returned', {
      checklist: ['Check the VIN', 'Call the customer'],
    });
    const app = await mountTicketing(await ticketingPortal(PEOPLE.giulia), filed.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const checklist = await found(view, 'piazza-ticketing-checklist', 'ul');
    const progress = () => textOf(deep(view, 'piazza-ticketing-checklist', 'p.muted'));
    const boxes = () => deepAll<HTMLInputElement>(view, 'piazza-ticketing-checklist', 'input');
    expect(progress()).to.equal('0 of 2 done');
    expect(boxes().map((box) => box.disabled)).to.deep.equal([false, false]);

    boxes()[0]!.click();
    await waitUntil(() => progress() === '1 of 2 done', 'not ticked');
    expect(boxes()[0]!.checked).to.equal(true);
    expect(textOf(checklist)).to.match(/Ticked by Giulia \w+, /);
    expect(textOf(deep(view, '.history'))).to.match(/Giulia \w+ ticked “Check the VIN”\./);

    const marco = await mountTicketing(await ticketingPortal(PEOPLE.marco), filed.id);
    const marcosView = await found(marco, 'piazza-ticketing-ticket');
    await found(marcosView, 'piazza-ticketing-checklist', 'ul');
    const marcosBoxes = deepAll<HTMLInputElement>(
      marcosView,
      'piazza-ticketing-checklist',
      'input',
    );
    expect(marcosBoxes.map((box) => [box.checked, box.disabled])).to.deep.equal([
      [true, true],
      [false, true],
    ]);
  });

  it('puts a refused tick back as the server has it, saying why next to the list', async () => {
    const filed = await giuliasTicket('Alarm goes off at night', {
      checklist: ['Read the fault memory'],
    });
    (await startMockWorker()).use(
      graphql.mutation('SetTicketChecklistItem', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'A closed ticket keeps its checklist as it is',
              extensions: { code: 'BAD_USER_INPUT', field: 'status', reason: 'CLOSED' },
            },
          ],
        }),
      ),
    );
    const app = await mountTicketing(await ticketingPortal(PEOPLE.giulia, 'fr'), filed.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const box = await found<HTMLInputElement>(view, 'piazza-ticketing-checklist', 'input');
    box.click();
    const alert = await found(view, 'piazza-ticketing-checklist', '[role=alert]');
    expect(textOf(alert)).to.equal(
      'La liste de contrôle n’a pas changé. Le ticket est clos : sa liste de contrôle reste telle quelle.',
    );
    expect(deep<HTMLInputElement>(view, 'piazza-ticketing-checklist', 'input')!.checked).to.equal(
      false,
    );
  });

  it('lets a handler tag a ticket and remove a tag, with the history; others only read the tags', async () => {
    const filed = await giuliasTicket('Paint blisters after the first wash');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver, 'de'), filed.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const input = await found<HTMLInputElement>(view, 'piazza-ticketing-tags', '#new-tags');
    const chips = () => deepAll(view, 'piazza-ticketing-tags', 'li').map((chip) => textOf(chip));
    const history = () => textOf(deep(view, '.history'));

    typeInto(input, '#Lack, bremsen');
    deep<HTMLButtonElement>(view, 'piazza-ticketing-tags', 'form button')!.click();
    await waitUntil(() => chips().length === 2, 'not tagged');
    expect(chips()).to.deep.equal(['#bremsen ×', '#lack ×']);
    expect(input.value).to.equal('');
    await waitUntil(() => /Oliver \w+ hat #bremsen und #lack hinzugefügt\./.test(history()));

    deep<HTMLButtonElement>(
      view,
      'piazza-ticketing-tags',
      'button[aria-label="Schlagwort #lack entfernen"]',
    )!.click();
    await waitUntil(() => chips().length === 1, 'not removed');
    expect(chips()).to.deep.equal(['#bremsen ×']);
    await waitUntil(() => /Oliver \w+ hat #lack entfernt\./.test(history()));

    const marco = await mountTicketing(await ticketingPortal(PEOPLE.marco), filed.id);
    const marcosView = await found(marco, 'piazza-ticketing-ticket');
    const marcosTags = await found(marcosView, 'piazza-ticketing-tags', 'ul');
    expect(textOf(marcosTags)).to.equal('#bremsen');
    expect(deep(marcosView, 'piazza-ticketing-tags', 'form')).to.equal(null);
    expect(deep(marcosView, 'piazza-ticketing-tags', 'button')).to.equal(null);

    // On the next ticket, the tags already in use are offered once the handler goes to type.
    const next = await giuliasTicket('Paint chips on the bonnet');
    const nextApp = await mountTicketing(await ticketingPortal(PEOPLE.oliver, 'de'), next.id);
    const nextView = await found(nextApp, 'piazza-ticketing-ticket');
    const nextInput = await found<HTMLInputElement>(nextView, 'piazza-ticketing-tags', '#new-tags');
    nextInput.dispatchEvent(new FocusEvent('focus'));
    const options = () =>
      deepAll<HTMLOptionElement>(nextView, 'piazza-ticketing-tags', 'datalist option');
    await waitUntil(() => options().length > 0, 'nothing offered');
    expect(options().map((option) => option.value)).to.include('bremsen');
  });

  it('keeps what the handler typed when a tag is refused, saying why', async () => {
    const filed = await giuliasTicket('Front brakes squeal');
    const app = await mountTicketing(await ticketingPortal(PEOPLE.oliver, 'it'), filed.id);
    const view = await found(app, 'piazza-ticketing-ticket');
    const input = await found<HTMLInputElement>(view, 'piazza-ticketing-tags', '#new-tags');
    typeInto(input, 'freni rumore!');
    deep<HTMLButtonElement>(view, 'piazza-ticketing-tags', 'form button')!.click();
    const alert = await found(view, 'piazza-ticketing-tags', '[role=alert]');
    expect(textOf(alert)).to.equal(
      'Le etichette non sono cambiate. Un’etichetta è una sola parola di lettere e cifre, con trattini all’interno se serve, al massimo 30 caratteri: #vernice, #e-mobility.',
    );
    expect(input.value).to.equal('freni rumore!');
    expect(deepAll(view, 'piazza-ticketing-tags', 'li')).to.have.length(0);
  });
});
