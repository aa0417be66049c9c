import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { graphql, HttpResponse } from 'msw';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  ADMIN,
  adminPortal,
  deep,
  deepAll,
  mountAdmin,
  textOf,
  typeInto,
} from '../admin-testing.js';

/** Generated people nobody else's tests rely on: each test erases its own. */
const FIRST_TO_ERASE = 'person-it-000003';
const SECOND_TO_ERASE = 'person-it-000004';

const page = (app: Element, selector: string) => deep(app, 'piazza-admin-person', selector);
const dialogPart = (app: Element, selector: string) =>
  deep(app, 'piazza-admin-person', 'piazza-admin-erase-dialog', selector);
const reasonField = (app: Element) => dialogPart(app, 'textarea') as HTMLTextAreaElement;

async function openPerson(personId: string) {
  const app = await mountAdmin(await adminPortal(), `people/${personId}`);
  await waitUntil(() => page(app, 'h1') !== null, 'no person page');
  return app;
}

function openEraseDialog(app: Element): HTMLDialogElement {
  const erase = deepAll(app, 'piazza-admin-person', '.actions button').find((button) =>
    textOf(button).startsWith('Erase'),
  ) as HTMLButtonElement;
  erase.click();
  return dialogPart(app, 'dialog') as HTMLDialogElement;
}

describe('piazza-admin-person', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('keeps the typed reason and says what went wrong when the erasure fails', async () => {
    (await startMockWorker()).use(
      graphql.mutation('ErasePerson', () =>
        HttpResponse.json({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL' } }] }),
      ),
    );
    const app = await openPerson(FIRST_TO_ERASE);
    const dialog = openEraseDialog(app);
    expect(dialog.open).to.equal(true);
    expect(textOf(dialogPart(app, '.warning'))).to.contain('cannot be undone');

    typeInto(reasonField(app), 'Request by e-mail, ticket 4821');
    (dialogPart(app, 'button:not([type="button"])') as HTMLButtonElement).click();
    await waitUntil(() => textOf(dialogPart(app, '[role="alert"]')) !== '', 'no error shown');
    expect(textOf(dialogPart(app, '[role="alert"]'))).to.equal(
      'Something went wrong on our side. Try again in a moment.',
    );
    expect(textOf(dialogPart(app, '[role="alert"]'))).to.not.contain('boom');
    expect(dialog.open).to.equal(true);
    expect(reasonField(app).value).to.equal('Request by e-mail, ticket 4821');
    expect(textOf(page(app, 'h1'))).to.not.equal('Former member');
  });

  it('asks for a reason, closes on Escape, then erases and shows the former member', async () => {
    const app = await openPerson(SECOND_TO_ERASE);
    let dialog = openEraseDialog(app);
    (dialogPart(app, 'button:not([type="button"])') as HTMLButtonElement).click();
    await waitUntil(() => textOf(dialogPart(app, '[role="alert"]')) !== '', 'no reason error');
    expect(textOf(dialogPart(app, '[role="alert"]'))).to.equal('Write the reason for the erasure.');
    expect(reasonField(app).getAttribute('aria-invalid')).to.equal('true');

    typeInto(reasonField(app), 'Asked to be forgotten');
    reasonField(app).focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');

    dialog = openEraseDialog(app);
    expect(reasonField(app).value).to.equal('Asked to be forgotten');
    (dialogPart(app, 'button:not([type="button"])') as HTMLButtonElement).click();
    await waitUntil(() => textOf(page(app, 'h1')).startsWith('Former member'), 'not erased');
    expect(dialog.open).to.equal(false);
    expect(textOf(page(app, 'h1 .badge'))).to.equal('Data erased');
    expect(textOf(page(app, '[role="status"]'))).to.match(/^The personal data of .+ was erased\.$/);
    expect(textOf(page(app, 'dl'))).to.contain('No address kept');
    await waitUntil(
      () =>
        textOf(deep(app, 'piazza-admin-person', 'piazza-admin-audit-table', 'tbody')).includes(
          'Erased a person’s data',
        ),
      'the erasure is not in the person’s audit entries',
    );
  });

  it('keeps Tab inside the open dialog', async () => {
    const app = await openPerson(FIRST_TO_ERASE);
    openEraseDialog(app);
    const dialogElement = deep(app, 'piazza-admin-person', 'piazza-admin-erase-dialog')!;
    const focused = () => dialogElement.shadowRoot!.activeElement;
    await waitUntil(() => focused() === reasonField(app), 'the reason field has no focus');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(focused())).to.equal('Erase for good');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(reasonField(app));
    await sendKeys({ press: 'Shift+Tab' });
    expect(textOf(focused())).to.equal('Erase for good');
  });

  it('refuses to let admins erase themselves, in plain words', async () => {
    const app = await openPerson(ADMIN);
    openEraseDialog(app);
    typeInto(reasonField(app), 'Testing');
    (dialogPart(app, 'button:not([type="button"])') as HTMLButtonElement).click();
    await waitUntil(() => textOf(dialogPart(app, '[role="alert"]')) !== '', 'no error shown');
    expect(textOf(dialogPart(app, '[role="alert"]'))).to.equal(
      'You cannot erase your own data. Ask another administrator to do it.',
    );
  });

  it('downloads the person’s data as a JSON file and confirms it', async () => {
    const app = await openPerson('person-demo-pl-sales');
    const files: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      files.push(blob);
      return createObjectURL(blob);
    };
    try {
      const exportButton = deepAll(app, 'piazza-admin-person', '.actions button')[0] as HTMLElement;
      exportButton.click();
      await waitUntil(() => textOf(page(app, '[role="status"]')) !== '', 'no confirmation');
    } finally {
      URL.createObjectURL = createObjectURL;
    }
    expect(textOf(page(app, '[role="status"]'))).to.match(
      /^The file piazza-person-demo-pl-sales-\d{4}-\d{2}-\d{2}\.json was saved/,
    );
    expect(files).to.have.length(1);
    expect(files[0]!.type).to.equal('application/json');
    expect(await files[0]!.text()).to.contain('piotr.kowalski@castello-pl.example');
  });
});
