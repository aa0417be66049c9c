import { expect, waitUntil } from '@open-wc/testing';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import {
  PEOPLE,
  chooseFiles,
  deep,
  deepAll,
  found,
  mountTicketing,
  textOf,
  ticketingPortal,
  typeInto,
} from '../ticketing-testing.js';

const pdf = (name: string, bytes = 1200) =>
  new File([`%PDF-1.7\n${'x'.repeat(bytes - 9)}`], name, { type: 'application/pdf' });

async function openForm(locale = 'en') {
  const app = await mountTicketing(await ticketingPortal(PEOPLE.giulia, locale), 'new');
  const form = await found(app, 'piazza-ticketing-new-ticket');
  const picker = await found(form, 'piazza-ticketing-document-picker');
  return { app, form, picker, input: deep<HTMLInputElement>(picker, 'input[type=file]')! };
}

describe('piazza-ticketing-document-picker', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lists PDFs with their size, refuses other files, big ones and a sixth, in French', async () => {
    const { picker, input } = await openForm('fr');
    expect(textOf(deep(picker, 'label'))).to.equal('Joindre des documents (PDF)');
    expect(input.getAttribute('aria-describedby')).to.equal('documents-hint');
    const huge = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', {
      type: 'application/pdf',
    });
    const photo = new File(['GIF89a'], 'photo.gif', { type: 'image/gif' });
    chooseFiles(input, pdf('Ordre 1.pdf', 1_234_567), photo, huge);
    await waitUntil(() => deepAll(picker, 'li').length === 1, 'no document listed');
    expect(textOf(deep(picker, 'li')))
      .to.contain('Ordre 1.pdf')
      .and.contain('1,2 Mo');
    expect(deepAll(picker, '.field-error').map((p) => textOf(p))).to.deep.equal([
      '« photo.gif » n’est pas un document PDF.',
      '« scan.pdf » dépasse 10 Mo.',
    ]);

    chooseFiles(input, ...[2, 3, 4, 5, 6].map((n) => pdf(`Ordre ${n}.pdf`)));
    await waitUntil(() => deepAll(picker, 'li').length === 5, 'not five documents');
    expect(textOf(deep(picker, '.field-error'))).to.equal(
      '« Ordre 6.pdf » n’a pas été ajouté : un ticket accepte au plus 5 documents.',
    );
    expect(input.disabled).to.equal(true);

    const remove = deepAll<HTMLButtonElement>(picker, 'li button')[0]!;
    expect(textOf(remove)).to.equal('Retirer Ordre 1.pdf');
    remove.click();
    await waitUntil(() => deepAll(picker, 'li').length === 4, 'not removed');
    expect(deepAll(picker, 'li .name').map((name) => textOf(name))).to.deep.equal(
      [2, 3, 4, 5].map((n) => `Ordre ${n}.pdf`),
    );
    expect(input.disabled).to.equal(false);
  });

  it('files a ticket with its document, which downloads under its name', async () => {
    const { app, form, input } = await openForm();
    deep<HTMLInputElement>(form, 'input[value="HELP_DESK"]')!.click();
    await waitUntil(() => deepAll(form, '#categoryId option').length > 1, 'no categories');
    const category = deep<HTMLSelectElement>(form, '#categoryId')!;
    category.value = 'category-it';
    category.dispatchEvent(new Event('change'));
    typeInto(deep<HTMLInputElement>(form, '#title')!, 'Invoice attached');
    typeInto(deep<HTMLTextAreaElement>(form, '#description')!, 'The invoice is wrong.');
    const dealers = () =>
      deepAll<HTMLOptionElement>(form, 'piazza-ticketing-dealer-choice', 'option');
    await waitUntil(() => dealers().length > 1, 'no dealers');
    const dealer = deep<HTMLSelectElement>(form, 'piazza-ticketing-dealer-choice', '#dealerId')!;
    dealer.value = dealers()[1]!.value;
    dealer.dispatchEvent(new Event('change'));
    chooseFiles(input, pdf('Invoice 42.pdf', 2048));
    deep<HTMLButtonElement>(form, 'form > .actions button')!.click();

    const view = await found(app, 'piazza-ticketing-ticket');
    const documents = await found(view, 'piazza-ticketing-documents');
    await found(documents, 'li');
    expect(textOf(deep(documents, 'li .name'))).to.equal('Invoice 42.pdf');
    expect(textOf(deep(documents, 'li .size'))).to.equal('2 kB');

    // The file comes through the portal's fetch (it needs the token), saved by a link.
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      deep<HTMLButtonElement>(documents, 'li button')!.click();
      await waitUntil(() => clicked.length === 1, 'nothing downloaded');
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked[0]!.download).to.equal('Invoice 42.pdf');
    expect(clicked[0]!.href).to.match(/^blob:/);
  });
});
