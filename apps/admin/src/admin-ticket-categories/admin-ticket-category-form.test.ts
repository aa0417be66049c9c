import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { adminPortal, deep, deepAll, mountAdmin, textOf, typeInto } from '../admin-testing.js';

const FORM = 'piazza-admin-ticket-category-form';
const LIST = 'piazza-admin-ticket-categories';

const field = (app: Element, id: string) => deep<HTMLInputElement>(app, FORM, `#${id}`)!;
const errorOf = (app: Element, id: string) => textOf(deep(app, FORM, `#${id}-error`));
const save = (app: Element) =>
  (deep(app, FORM, 'button.piazza-button--primary') as HTMLButtonElement).click();
const rows = (app: Element) => deepAll(app, LIST, 'tbody tr');

async function openForm(path: string, locale = 'en') {
  const app = await mountAdmin(await adminPortal(locale), path);
  await waitUntil(() => deep(app, FORM, 'form') !== null, 'no category form');
  return app;
}

describe('piazza-admin-ticket-categories', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it("lists every category in the admin's language, with its kind and default queue", async () => {
    const app = await mountAdmin(await adminPortal('it'), 'ticket-categories');
    await waitUntil(() => rows(app).length > 0, 'no categories');
    const informatica = rows(app).find((row) => textOf(row).startsWith('Informatica'));
    expect(textOf(informatica)).to.contain('Assistenza informatica');
    expect(textOf(informatica)).to.contain('Group IT help desk');
    expect(textOf(informatica)).to.contain('In uso');
    await expect(deep(app, LIST)).to.be.accessible();
  });
});

describe('piazza-admin-ticket-category-form', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it("shows a category's names, queue and targets in hours", async () => {
    const app = await openForm('ticket-categories/category-it', 'fr');
    expect(textOf(deep(app, FORM, 'h1'))).to.equal('Modifier « Informatique »');
    expect(field(app, 'code').value).to.equal('IT');
    expect(field(app, 'name-it').value).to.equal('Informatica');
    expect(field(app, 'defaultQueueId').value).to.equal('queue-group-it');
    expect(field(app, 'target-URGENT-respond').value).to.equal('1');
    expect(field(app, 'target-LOW-resolve').value).to.equal('168');
    await expect(deep(app, FORM)).to.be.accessible();
  });

  it('adds a category with its Italian name and targets, then lists it', async () => {
    const app = await openForm('ticket-categories/new');
    field(app, 'kind').value = 'REQUEST';
    field(app, 'kind').dispatchEvent(new Event('change'));
    typeInto(field(app, 'code'), 'PARKING_PERMIT');
    typeInto(field(app, 'name-en'), 'Parking permit');
    typeInto(field(app, 'name-it'), 'Permesso di parcheggio');
    typeInto(field(app, 'target-URGENT-respond'), '0.5');
    typeInto(field(app, 'target-URGENT-resolve'), '4');
    save(app);
    await waitUntil(() => textOf(deep(app, FORM, '[role="status"]')) !== '', 'not saved');
    expect(textOf(deep(app, FORM, '[role="status"]'))).to.match(/^Saved\./);
    expect(window.location.pathname).to.match(/^\/portal\/admin\/ticket-categories\/category-/);
    await waitUntil(() => field(app, 'target-URGENT-resolve')?.value === '4', 'not reloaded');
    expect(field(app, 'name-it').value).to.equal('Permesso di parcheggio');

    (deep(app, FORM, 'a.target-link') as HTMLAnchorElement).click();
    await waitUntil(() => rows(app).length > 0, 'no list');
    const added = rows(app).find((row) => textOf(row).startsWith('Parking permit'));
    expect(textOf(added)).to.contain('PARKING_PERMIT');
    expect(textOf(added)).to.contain('Request');
  });

  it('keeps what was typed and says next to each field why the server refused it', async () => {
    const app = await openForm('ticket-categories/new', 'de');
    typeInto(field(app, 'code'), 'IT');
    typeInto(field(app, 'name-en'), 'Printers');
    typeInto(field(app, 'target-HIGH-respond'), '8');
    typeInto(field(app, 'target-HIGH-resolve'), '2');
    save(app);
    await waitUntil(() => errorOf(app, 'target-HIGH-resolve') !== '', 'no target error');
    expect(errorOf(app, 'target-HIGH-resolve')).to.equal(
      'Das Lösen kann nicht kürzer dauern als das Antworten.',
    );
    expect(field(app, 'target-HIGH-resolve').getAttribute('aria-invalid')).to.equal('true');
    expect(deep(app, FORM)!.shadowRoot!.activeElement?.id).to.equal('target-HIGH-resolve');
    expect(field(app, 'code').value).to.equal('IT');
    expect(field(app, 'name-en').value).to.equal('Printers');

    typeInto(field(app, 'target-HIGH-resolve'), '24');
    save(app);
    await waitUntil(() => errorOf(app, 'code') !== '', 'no code error');
    expect(errorOf(app, 'code')).to.equal('Eine andere Kategorie hat diesen Code bereits.');
    expect(errorOf(app, 'target-HIGH-resolve')).to.equal('');
    expect(textOf(deep(app, FORM, '[role="alert"]'))).to.match(/^Die Kategorie wurde nicht/);
    await expect(deep(app, FORM)).to.be.accessible();
  });

  it('asks for both targets of a priority before sending', async () => {
    const app = await openForm('ticket-categories/new');
    typeInto(field(app, 'code'), 'VALET');
    typeInto(field(app, 'name-en'), 'Valet');
    typeInto(field(app, 'target-LOW-respond'), '24');
    save(app);
    await waitUntil(() => errorOf(app, 'target-LOW-resolve') !== '', 'no error');
    expect(errorOf(app, 'target-LOW-resolve')).to.equal(
      'Give both targets of this priority in hours, or leave both empty.',
    );
    expect(field(app, 'target-LOW-respond').value).to.equal('24');
  });
});
