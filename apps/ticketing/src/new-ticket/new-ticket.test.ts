import { expect, waitUntil } from '@open-wc/testing';
import { HttpResponse, graphql } from 'msw';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import type { Rendered } from '../../../../mocks/dom-testing.js';
import {
  PEOPLE,
  chooseFiles,
  deep,
  deepAll,
  found,
  mountTicketing,
  photoFile,
  textOf,
  ticketingPortal,
  typeInto,
} from '../ticketing-testing.js';

type Form = Rendered;

/** Fills in a non-conformity as Giulia does: kind, category, texts, the dealer, VIN, severity. */
async function fillNonConformity(form: Form, title: string) {
  deep<HTMLInputElement>(form, 'input[value="NON_CONFORMITY"]')!.click();
  await waitUntil(() => deepAll(form, '#categoryId option').length > 1, 'no categories');
  const select = (path: string, value: string) => {
    const field = deep<HTMLSelectElement>(form, ...path.split(' > '))!;
    field.value = value;
    field.dispatchEvent(new Event('change'));
  };
  select('#categoryId', 'category-nc-workshop');
  typeInto(deep<HTMLInputElement>(form, '#title')!, title);
  typeInto(deep<HTMLTextAreaElement>(form, '#description')!, 'The car left with the wrong oil.');
  const dealers = () =>
    deepAll<HTMLOptionElement>(form, 'piazza-ticketing-dealer-choice', 'option');
  await waitUntil(() => dealers().length > 1, 'no dealers');
  select('piazza-ticketing-dealer-choice > #dealerId', dealers()[1]!.value);
  await form.updateComplete;
  typeInto(deep<HTMLInputElement>(form, '[id="nonConformity.vin"]')!, 'ZFA31200000123456');
  select('[id="nonConformity.severity"]', 'MAJOR');
  await form.updateComplete;
}

async function openForm(locale = 'en') {
  const app = await mountTicketing(await ticketingPortal(PEOPLE.giulia, locale), 'new');
  const form = await found(app, 'piazza-ticketing-new-ticket');
  await found(form, 'form');
  return { app, form };
}

const submit = (form: Form) => deep<HTMLButtonElement>(form, 'form > .actions button')!.click();

describe('piazza-ticketing-new-ticket', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('files a non-conformity with a photo and opens it', async () => {
    const { app, form } = await openForm();
    await fillNonConformity(form, 'Wrong oil, with a photo');
    const picker = deep(form, 'piazza-ticketing-photo-picker')!;
    chooseFiles(deep<HTMLInputElement>(picker, 'input[type=file]')!, await photoFile());
    await waitUntil(() => deepAll(picker, 'img').length === 1, 'no thumbnail');

    submit(form);
    const view = await found(app, 'piazza-ticketing-ticket');
    await found(view, 'h1');
    expect(textOf(deep(view, 'h1'))).to.equal('Wrong oil, with a photo');
    expect(textOf(deep(view, 'dl')))
      .to.contain('ZFA31200000123456')
      .and.contain('Major');
    // The photo comes through the portal's fetch (it needs the token), as an object URL.
    await waitUntil(() => deep(view, 'piazza-ticketing-photo', 'img') !== null, 'no photo');
    expect(deep<HTMLImageElement>(view, 'piazza-ticketing-photo', 'img')!.src).to.match(/^blob:/);
  });

  it('checks the VIN before sending, and shows the server’s refusals by their field, keeping everything', async () => {
    const { form } = await openForm('it');
    await fillNonConformity(form, 'Olio sbagliato');
    typeInto(deep<HTMLInputElement>(form, '[id="nonConformity.vin"]')!, 'ZFA3120000012345O');
    submit(form);
    await form.updateComplete;
    expect(textOf(deep(form, '[id="nonConformity.vin-error"]'))).to.equal(
      'Un VIN ha 17 lettere e cifre, senza I, O né Q.',
    );

    const worker = await startMockWorker();
    worker.use(
      graphql.mutation('CreateTicket', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'title is limited to 120 characters',
              extensions: { code: 'BAD_USER_INPUT', field: 'title', reason: 'TOO_LONG' },
            },
          ],
        }),
      ),
    );
    typeInto(deep<HTMLInputElement>(form, '[id="nonConformity.vin"]')!, 'ZFA31200000123456');
    const picker = deep(form, 'piazza-ticketing-photo-picker')!;
    chooseFiles(deep<HTMLInputElement>(picker, 'input[type=file]')!, await photoFile());
    await waitUntil(() => deepAll(picker, 'img').length === 1, 'no thumbnail');
    submit(form);
    await waitUntil(() => deep(form, '#title-error') !== null, 'no title error');
    expect(textOf(deep(form, '#title-error'))).to.equal(
      'Il titolo può avere al massimo 120 caratteri.',
    );
    expect(deep<HTMLInputElement>(form, '#title')!.getAttribute('aria-invalid')).to.equal('true');
    expect(deep<HTMLInputElement>(form, '#title')!.value).to.equal('Olio sbagliato');
    expect(deep<HTMLTextAreaElement>(form, '#description')!.value).to.equal(
      'The car left with the wrong oil.',
    );
    expect(deepAll(picker, 'img')).to.have.length(1);
  });

  it('refuses files that are not photos, in the person’s language', async () => {
    const { form } = await openForm('de');
    const picker = deep(form, 'piazza-ticketing-photo-picker')!;
    const pdf = new File(['%PDF-1.7'], 'rechnung.pdf', { type: 'application/pdf' });
    chooseFiles(deep<HTMLInputElement>(picker, 'input[type=file]')!, pdf);
    await waitUntil(() => deep(picker, '.field-error') !== null, 'not refused');
    expect(textOf(deep(picker, '.field-error'))).to.equal(
      '„rechnung.pdf“ ist kein JPEG-, PNG- oder WebP-Foto.',
    );
    expect(deepAll(picker, 'img')).to.have.length(0);
  });

  it('files a checklist typed step by step, keeping it when the server refuses a step', async () => {
    const { app, form } = await openForm();
    await fillNonConformity(form, 'Wrong oil, with a checklist');
    const editor = deep(form, 'piazza-ticketing-checklist-editor')!;
    const newStep = deep<HTMLInputElement>(editor, '#checklist-new')!;
    const enter = () => newStep.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    const steps = () => deepAll(editor, 'li span').map((step) => textOf(step));
    typeInto(newStep, 'Drain the oil');
    enter();
    await waitUntil(() => steps().length === 1, 'Enter added nothing');
    typeInto(newStep, 'Call the customer');
    deep<HTMLButtonElement>(editor, '.add button')!.click();
    await waitUntil(() => steps().length === 2, 'Add added nothing');
    typeInto(newStep, 'Fill the right oil');
    enter();
    await waitUntil(() => steps().length === 3, 'Enter added nothing');
    expect(newStep.value).to.equal('');
    deep<HTMLButtonElement>(editor, 'button[aria-label="Remove “Call the customer”"]')!.click();
    await waitUntil(() => steps().length === 2, 'not removed');
    expect(steps()).to.deep.equal(['Drain the oil', 'Fill the right oil']);

    const worker = await startMockWorker();
    worker.use(
      graphql.mutation('CreateTicket', () =>
        HttpResponse.json({
          errors: [
            {
              message: 'checklist.1 is limited to 200 characters',
              extensions: { code: 'BAD_USER_INPUT', field: 'checklist.1', reason: 'TOO_LONG' },
            },
          ],
        }),
      ),
    );
    submit(form);
    await waitUntil(() => deep(editor, '[id="checklist.1-error"]') !== null, 'no step error');
    expect(textOf(deep(editor, '[id="checklist.1-error"]'))).to.equal('This is too long.');
    expect(textOf(deep(form, '.alert'))).to.contain('Correct the fields marked in red');
    expect(steps()).to.deep.equal(['Drain the oil', 'Fill the right oil']);

    worker.resetHandlers();
    submit(form);
    const view = await found(app, 'piazza-ticketing-ticket');
    await found(view, 'piazza-ticketing-checklist', 'ul');
    expect(
      deepAll(view, 'piazza-ticketing-checklist', 'li').map((item) => textOf(item)),
    ).to.deep.equal(['Drain the oil', 'Fill the right oil']);
  });

  it('keeps a ticket on the device when offline, and lists it in “Mine” as waiting to be sent', async () => {
    const worker = await startMockWorker();
    // The form's choices came while online; the network goes as the ticket is sent.
    worker.use(graphql.mutation('CreateTicket', () => HttpResponse.error()));
    const { app, form } = await openForm();
    await fillNonConformity(form, 'Filed in the workshop basement');
    submit(form);
    await waitUntil(() => deep(form, 'p.status') !== null, 'not queued');
    expect(textOf(deep(form, 'p.status'))).to.contain(
      '“Filed in the workshop basement” is saved on this device.',
    );
    expect(deep<HTMLInputElement>(form, '#title')!.value).to.equal('');

    deep<HTMLAnchorElement>(form, 'p.status a')!.click();
    const list = await found(app, 'piazza-ticketing-list');
    await waitUntil(() => deep(list, '.pending-list li') !== null, 'not listed as pending');
    expect(textOf(deep(list, '.pending-list li'))).to.contain('Filed in the workshop basement');
    expect(textOf(deep(list, '.pending-list li'))).to.contain('Waiting to be sent');
  });
});
