import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../mocks/test-portal.js';
import { adminPortal, deep, deepAll, mountAdmin, textOf, typeInto } from './admin-testing.js';

const people = (app: Element) => deepAll(app, 'piazza-admin-people', 'tbody tr');
const searchField = (app: Element) =>
  deep<HTMLInputElement>(app, 'piazza-admin-people', 'input[type="search"]')!;

describe('piazza-admin-app', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('finds a person as the admin types, opens their page, and goes back to the results', async () => {
    const portal = await adminPortal();
    const app = await mountAdmin(portal, 'people');
    await waitUntil(() => people(app).length > 0, 'no one listed');

    typeInto(searchField(app), 'Kowalski');
    await waitUntil(
      () => people(app).length === 1 && textOf(people(app)[0]).includes('Piotr Kowalski'),
      'the search did not narrow the list to Piotr Kowalski',
    );
    expect(window.location.search).to.equal('?q=Kowalski');
    expect(textOf(people(app)[0])).to.contain('Salesperson');
    expect(textOf(people(app)[0])).to.contain('Castello');

    (people(app)[0]!.querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => deep(app, 'piazza-admin-person', 'h1') !== null, 'no person page');
    expect(window.location.pathname).to.equal('/portal/admin/people/person-demo-pl-sales');
    expect(textOf(deep(app, 'piazza-admin-person', 'h1'))).to.equal('Piotr Kowalski');
    const person = textOf(deep(app, 'piazza-admin-person', 'dl'));
    expect(person).to.contain('piotr.kowalski@castello-pl.example');
    expect(person).to.contain('Poland');
    expect(textOf(deep(app, 'piazza-admin-person', '.grants'))).to.match(/^Employee — /);

    window.history.back();
    await waitUntil(() => people(app).length === 1, 'back did not return to the results');
    expect(searchField(app).value).to.equal('Kowalski');
  });

  it('searches at once on Enter, by id as well as by name', async () => {
    const portal = await adminPortal();
    const app = await mountAdmin(portal, 'people');
    await waitUntil(() => people(app).length > 0, 'no one listed');
    searchField(app).value = 'person-demo-admin';
    deep<HTMLFormElement>(app, 'piazza-admin-people', 'form')!.requestSubmit();
    await waitUntil(() => people(app).length === 1, 'Enter did not search');
    expect(textOf(people(app)[0])).to.contain('Oliver Bennett');
  });

  it('pages through everyone, and says so when no one matches', async () => {
    const portal = await adminPortal('fr');
    const app = await mountAdmin(portal, 'people');
    await waitUntil(() => people(app).length === 25, 'first page missing');
    deep<HTMLButtonElement>(app, 'piazza-admin-people', '.more button')!.click();
    await waitUntil(() => people(app).length === 50, 'second page missing');

    typeInto(searchField(app), 'Zzyzx');
    await waitUntil(
      () => textOf(deep(app, 'piazza-admin-people', '[role="status"]')).startsWith('Personne'),
      'no empty state',
    );
    expect(textOf(deep(app, 'piazza-admin-people', '[role="status"]'))).to.contain('« Zzyzx »');
  });

  it('deep-links to each section and marks it in the app’s navigation', async () => {
    const portal = await adminPortal();
    const app = await mountAdmin(portal, 'rollout');
    await waitUntil(() => deep(app, 'piazza-admin-rollouts', 'tbody tr') !== null, 'no roll-out');
    const current = deep(app, 'nav a[aria-current="page"]');
    expect(textOf(current)).to.equal('Roll-out');
    (deepAll(app, 'nav a')[2] as HTMLAnchorElement).click();
    await waitUntil(() => deep(app, 'piazza-admin-audit', 'h1') !== null, 'no audit log');
    expect(window.location.pathname).to.equal('/portal/admin/audit');
  });
});
