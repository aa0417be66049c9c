import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { adminPortal, deep, deepAll, mountAdmin, textOf, typeInto } from '../admin-testing.js';

const FORM = 'piazza-admin-ticket-queue-form';
const LIST = 'piazza-admin-ticket-queues';
const PICKER = 'piazza-admin-person-picker';
const RESULTS = 'piazza-admin-person-results';

const field = (app: Element, id: string) => deep<HTMLInputElement>(app, FORM, `#${id}`)!;
const errorOf = (app: Element, id: string) => textOf(deep(app, FORM, `#${id}-error`));
const save = (app: Element) =>
  (deep(app, FORM, 'button.piazza-button--primary') as HTMLButtonElement).click();
const rows = (app: Element) => deepAll(app, LIST, 'tbody tr');
const members = (app: Element) => deepAll(app, FORM, '.members li').map((li) => textOf(li));

function choose(app: Element, id: string, value: string): void {
  field(app, id).value = value;
  field(app, id).dispatchEvent(new Event('change'));
}

/** Searches the people picker and adds the first person found. */
async function addMember(app: Element, search: string): Promise<void> {
  const input = deep<HTMLInputElement>(app, FORM, PICKER, '#person-search')!;
  typeInto(input, search);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  const add = () => deep<HTMLButtonElement>(app, FORM, PICKER, RESULTS, 'li button');
  await waitUntil(() => add() !== null, `nobody found for ${search}`);
  add()!.click();
}

async function openForm(path: string, locale = 'en') {
  const app = await mountAdmin(await adminPortal(locale), path);
  await waitUntil(() => deep(app, FORM, 'form') !== null, 'no team form');
  return app;
}

describe('piazza-admin-ticket-queues', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lists every team with whom it serves and how many members it has', async () => {
    const app = await mountAdmin(await adminPortal('it'), 'ticket-teams');
    await waitUntil(() => rows(app).length > 0, 'no teams');
    const helpDesk = rows(app).find((row) => textOf(row).startsWith('Group IT help desk'));
    expect(textOf(helpDesk)).to.contain('Tutti i marchi · Tutti i paesi');
    expect(textOf(helpDesk)).to.match(/\d+ membr[oi]/);
    const lumoItaly = rows(app).find((row) => textOf(row).startsWith('Lumo Italy after-sales'));
    expect(textOf(lumoItaly)).to.contain('Lumo · Italia');
    await expect(deep(app, LIST)).to.be.accessible();
  });
});

describe('piazza-admin-ticket-queue-form', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('adds a team for one brand and country with a member, then lists it', async () => {
    const app = await openForm('ticket-teams/new');
    typeInto(field(app, 'name'), 'Lumo Italy warranty');
    const lumo = [...field(app, 'brandId').querySelectorAll('option')].find(
      (option) => option.textContent?.trim() === 'Lumo',
    )!;
    choose(app, 'brandId', lumo.value);
    choose(app, 'countryCode', 'IT');
    await addMember(app, 'Marco Bianchi');
    await waitUntil(() => members(app).length === 1, 'not added');
    expect(members(app)[0]).to.match(/^Marco Bianchi Remove/);
    await expect(deep(app, FORM)).to.be.accessible();

    save(app);
    await waitUntil(() => textOf(deep(app, FORM, '[role="status"]')) !== '', 'not saved');
    expect(textOf(deep(app, FORM, '[role="status"]'))).to.match(/^Saved\./);
    expect(window.location.pathname).to.match(/^\/portal\/admin\/ticket-teams\/queue-/);
    await waitUntil(() => field(app, 'countryCode')?.value === 'IT', 'not reloaded');
    expect(members(app)).to.have.length(1);

    (deep(app, FORM, 'a.target-link') as HTMLAnchorElement).click();
    await waitUntil(() => rows(app).length > 0, 'no list');
    const added = rows(app).find((row) => textOf(row).startsWith('Lumo Italy warranty'));
    expect(textOf(added)).to.contain('Lumo · Italy');
    expect(textOf(added)).to.contain('1 member');
  });

  it('removes a member with its button', async () => {
    const app = await openForm('ticket-teams/queue-group-it', 'fr');
    const before = members(app).length;
    expect(before).to.be.greaterThan(0);
    const remove = deep<HTMLButtonElement>(app, FORM, '.members li button')!;
    expect(remove.getAttribute('aria-label')).to.match(/^Retirer .+ de l’équipe$/);
    remove.click();
    await waitUntil(() => members(app).length === before - 1, 'not removed');
  });

  it('keeps what was typed and says next to the field why the server refused it', async () => {
    const app = await openForm('ticket-teams/new', 'de');
    typeInto(field(app, 'name'), 'group it HELP desk');
    choose(app, 'countryCode', 'DE');
    await addMember(app, 'Marco Bianchi');
    await waitUntil(() => members(app).length === 1, 'not added');
    save(app);
    await waitUntil(() => errorOf(app, 'name') !== '', 'no name error');
    expect(errorOf(app, 'name')).to.equal('Ein anderes Team hat bereits diesen Namen.');
    expect(field(app, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(deep(app, FORM)!.shadowRoot!.activeElement?.id).to.equal('name');
    expect(textOf(deep(app, FORM, '[role="alert"]'))).to.match(/^Das Team wurde nicht/);
    expect(field(app, 'name').value).to.equal('group it HELP desk');
    expect(field(app, 'countryCode').value).to.equal('DE');
    expect(members(app)).to.have.length(1);

    typeInto(field(app, 'name'), ' ');
    save(app);
    await waitUntil(
      () => errorOf(app, 'name') === 'Geben Sie dem Team einen Namen.',
      'no REQUIRED',
    );
    await expect(deep(app, FORM)).to.be.accessible();
  });
});
