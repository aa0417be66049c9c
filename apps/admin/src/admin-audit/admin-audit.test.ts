import { expect, waitUntil } from '@open-wc/testing';
import type { PortalContext } from '@piazza/shared';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { ExportPersonDataDocument } from '../admin-person/admin-person.generated.js';
import { SetAppRolloutDocument } from '../admin-rollouts/admin-rollouts.generated.js';
import {
  ADMIN,
  adminPortal,
  deep,
  deepAll,
  mountAdmin,
  textOf,
  typeInto,
} from '../admin-testing.js';

const rows = (app: Element) =>
  deepAll(app, 'piazza-admin-audit', 'piazza-admin-audit-table', 'tbody tr');
const audit = (app: Element, selector: string) => deep(app, 'piazza-admin-audit', selector);

/** Leaves a trace of three kinds of action in the mock API's audit log. */
async function act(portal: PortalContext): Promise<void> {
  const { client } = portal;
  await client.mutate({
    mutation: ExportPersonDataDocument,
    variables: { personId: 'person-demo-pl-sales' },
  });
  await client.mutate({
    mutation: SetAppRolloutDocument,
    variables: { input: { app: 'news', wave: 'PILOT', countries: ['PL'] } },
  });
  await client.mutate({
    mutation: SetAppRolloutDocument,
    variables: { input: { app: 'news', wave: 'EVERYONE' } },
  });
}

describe('piazza-admin-audit', () => {
  before(async () => act(await adminPortal()));
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lists what was done, newest first, with who did it and the details', async () => {
    const app = await mountAdmin(await adminPortal(), 'audit');
    await waitUntil(() => rows(app).length === 3, 'entries missing');
    const newest = textOf(rows(app)[0]);
    expect(newest).to.contain('Oliver Bennett');
    expect(newest).to.contain('Portal administrator — whole group');
    expect(newest).to.contain('Changed who can open a section');
    expect(newest).to.contain('Section News');
    expect(rows(app)[0]!.querySelector('pre')!.textContent).to.contain('"wave": "EVERYONE"');
    expect(textOf(rows(app)[2])).to.contain('Exported a person’s data');
    expect(textOf(rows(app)[2])).to.contain('No details');
  });

  it('filters by action, keeps the filter in the address, and clears it', async () => {
    const app = await mountAdmin(await adminPortal(), 'audit');
    await waitUntil(() => rows(app).length === 3, 'entries missing');
    (audit(app, 'select') as HTMLSelectElement).value = 'person.export';
    (audit(app, 'form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => rows(app).length === 1, 'the filter was not applied');
    expect(window.location.search).to.equal('?action=person.export');
    expect(textOf(rows(app)[0])).to.contain('Person with id person-demo-pl-sales');

    typeInto(audit(app, '#target') as HTMLInputElement, 'news');
    (audit(app, 'form') as HTMLFormElement).requestSubmit();
    await waitUntil(
      () => textOf(audit(app, '[role="status"]')).startsWith('No entry matches'),
      'no empty state for a filter that matches nothing',
    );

    (audit(app, '.actions a') as HTMLAnchorElement).click();
    await waitUntil(() => rows(app).length === 3, 'the filters were not cleared');
    expect(window.location.search).to.equal('');
  });

  it('filters by who did it, from a link in the address', async () => {
    const app = await mountAdmin(
      await adminPortal('it'),
      `audit?actor=${ADMIN}&action=app.rollout`,
    );
    await waitUntil(() => rows(app).length === 2, 'entries missing');
    expect(textOf(rows(app)[0])).to.contain('Ha cambiato chi può aprire una sezione');
    expect((audit(app, '#actor') as HTMLInputElement).value).to.equal(ADMIN);
  });

  it('refuses a retention outside 30 to 3,650 days, then saves one within', async () => {
    const app = await mountAdmin(await adminPortal(), 'audit');
    const retention = (selector: string) =>
      deep(app, 'piazza-admin-audit', 'piazza-admin-audit-retention', selector);
    await waitUntil(() => retention('input') !== null, 'no retention form');
    expect(textOf(retention('p'))).to.equal('Entries older than 730 days are deleted.');

    typeInto(retention('input') as HTMLInputElement, '7');
    (retention('form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => textOf(retention('[role="alert"]')) !== '', 'no validation message');
    expect(textOf(retention('[role="alert"]'))).to.equal(
      'Enter a whole number of days from 30 to 3,650.',
    );

    typeInto(retention('input') as HTMLInputElement, '365');
    (retention('form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => textOf(retention('[role="status"]')) !== '', 'not saved');
    expect(textOf(retention('p'))).to.equal('Entries older than 365 days are deleted.');
    await waitUntil(() => textOf(rows(app)[0]).includes('Changed how long the audit log is kept'));
  });
});
