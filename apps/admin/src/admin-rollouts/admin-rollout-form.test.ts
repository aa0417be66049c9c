import { expect, waitUntil } from '@open-wc/testing';
import { graphql, HttpResponse } from 'msw';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { adminPortal, deep, deepAll, mountAdmin, textOf, typeInto } from '../admin-testing.js';

const form = (app: Element, selector: string) => deep(app, 'piazza-admin-rollout-form', selector);
const formAll = (app: Element, selector: string) =>
  deepAll(app, 'piazza-admin-rollout-form', selector);
const alertText = (app: Element) => textOf(form(app, '[role="alert"]'));
const save = (app: Element) =>
  (form(app, 'button.piazza-button--primary') as HTMLButtonElement).click();

const countries = (app: Element) =>
  deepAll(app, 'piazza-admin-rollout-form', 'piazza-admin-country-picker', 'label.choice');

/** The choice whose label starts with `label`: a wave's radio or a country's checkbox. */
function choice(app: Element, label: string): HTMLInputElement {
  const found = [...formAll(app, 'label.choice'), ...countries(app)].find((element) =>
    textOf(element).startsWith(label),
  );
  if (!found) throw new Error(`No choice "${label}"`);
  return found.querySelector('input')!;
}

async function openNewsRollout(locale = 'en') {
  const app = await mountAdmin(await adminPortal(locale), 'rollout/news');
  await waitUntil(() => form(app, 'form') !== null, 'no roll-out form');
  return app;
}

describe('piazza-admin-rollout-form', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('asks for a country or dealership before saving a pilot', async () => {
    const app = await openNewsRollout();
    expect(choice(app, 'Everyone').checked).to.equal(true);
    choice(app, 'A pilot group').click();
    await waitUntil(() => countries(app).length > 0, 'no countries');
    save(app);
    await waitUntil(() => alertText(app) !== '', 'no validation message');
    expect(alertText(app)).to.equal(
      'Choose at least one country or dealership for the pilot group.',
    );
  });

  it('keeps every choice and says why when the server refuses the pilot group', async () => {
    (await startMockWorker()).use(
      graphql.mutation('SetAppRollout', () =>
        HttpResponse.json({
          errors: [{ message: 'Unknown countries', extensions: { code: 'BAD_USER_INPUT' } }],
        }),
      ),
    );
    const app = await openNewsRollout('de');
    choice(app, 'Nur eine Pilotgruppe').click();
    await waitUntil(() => countries(app).length > 0, 'no countries');
    choice(app, 'Polen').click();

    typeInto(form(app, '#dealer-search') as HTMLInputElement, 'Sala');
    const results = () =>
      deepAll(app, 'piazza-admin-rollout-form', 'piazza-admin-dealer-search', 'li');
    await waitUntil(() => results().length > 0, 'no dealership found');
    const dealer = textOf(results()[0]!.querySelector('span'));
    (results()[0]!.querySelector('button') as HTMLButtonElement).click();
    await waitUntil(() => formAll(app, '.chosen li').length === 1, 'dealership not added');

    save(app);
    await waitUntil(() => alertText(app) !== '', 'no error shown');
    expect(alertText(app)).to.match(/^Diese Pilotgruppe kann nicht gespeichert werden/);
    expect(choice(app, 'Nur eine Pilotgruppe').checked).to.equal(true);
    expect(choice(app, 'Polen').checked).to.equal(true);
    expect(dealer).to.contain(textOf(form(app, '.chosen li span')));
  });

  it('opens a section to a pilot country, shows its reach, and back to everyone', async () => {
    const app = await openNewsRollout();
    choice(app, 'A pilot group').click();
    await waitUntil(() => countries(app).length > 0, 'no countries');
    choice(app, 'Poland').click();
    save(app);
    await waitUntil(() => textOf(form(app, '[role="status"]')) !== '', 'not saved');
    expect(textOf(form(app, '[role="status"]'))).to.match(
      /^Saved\. News is now open to [\d,]+ people\.$/,
    );

    (form(app, 'a.target-link') as HTMLAnchorElement).click();
    const newsRow = () =>
      deepAll(app, 'piazza-admin-rollouts', 'tbody tr').find((row) =>
        textOf(row).startsWith('News'),
      );
    await waitUntil(() => newsRow() !== undefined, 'no roll-out list');
    expect(textOf(newsRow())).to.contain('A pilot group');
    expect(textOf(newsRow())).to.contain('Poland');
    expect(textOf(newsRow())).to.contain('Oliver Bennett');

    (newsRow()!.querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => form(app, 'form') !== null, 'no roll-out form');
    choice(app, 'Everyone').click();
    save(app);
    await waitUntil(() => textOf(form(app, '[role="status"]')) !== '', 'not saved');
  });
});
