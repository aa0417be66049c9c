import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { adoptTokens } from '../review/review-testing.js';
import {
  PEOPLE,
  deep,
  deepAll,
  found,
  mountTranslations,
  textOf,
  translationsPortal,
  typeInto,
} from '../translations-testing.js';

const GLOSSARY = 'piazza-glossary';
const FORM = [GLOSSARY, 'piazza-glossary-term-form'];

const rows = (app: Element) =>
  deepAll(app, GLOSSARY, 'tbody tr').map((row) => textOf(row.querySelector('th')));
const field = (app: Element, id: string) => deep<HTMLInputElement>(app, ...FORM, `#${id}`)!;
const errorOf = (app: Element, id: string) => textOf(deep(app, ...FORM, `#${id}-error`));
const save = (app: Element) =>
  deep<HTMLButtonElement>(app, ...FORM, 'button.piazza-button--primary')!.click();

async function openGlossary(person: (typeof PEOPLE)[keyof typeof PEOPLE], locale = 'en') {
  const portal = await translationsPortal(person, locale);
  const app = await mountTranslations(portal, 'pl/glossary');
  await waitUntil(() => rows(app).length > 0, 'no terms', { timeout: 5000 });
  return app;
}

describe('piazza-glossary', () => {
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it("lists the brand's approved translations and marks the terms not to use", async () => {
    const app = await openGlossary(PEOPLE.agnieszka);
    expect(rows(app)).to.deep.equal(['test drive', 'jazda testowa Do not use']);
    const forbidden = deepAll(app, GLOSSARY, 'tbody tr')[1]!;
    expect(textOf(forbidden.querySelector('td'))).to.equal('jazda próbna');
    // A translator reads the glossary; reviewers change it.
    expect(deep(app, ...FORM)).to.equal(null);
    expect(deepAll(app, GLOSSARY, 'tbody button')).to.have.length(0);
    await expect(deep(app, GLOSSARY)).to.be.accessible();
  });

  it('keeps what was typed and says next to the field why the server refused it', async () => {
    const app = await openGlossary(PEOPLE.tomasz, 'de');
    await found(app, ...FORM, 'form');
    typeInto(field(app, 'term'), 'Test Drive');
    typeInto(field(app, 'translation'), 'jazda testowa');
    save(app);
    await waitUntil(() => errorOf(app, 'term') !== '', 'no refusal');
    expect(errorOf(app, 'term')).to.equal('Dieser Begriff steht bereits im Glossar.');
    expect(field(app, 'term').getAttribute('aria-invalid')).to.equal('true');
    expect(deep(app, ...FORM)!.shadowRoot!.activeElement?.id).to.equal('term');
    expect(field(app, 'term').value).to.equal('Test Drive');
    expect(field(app, 'translation').value).to.equal('jazda testowa');

    typeInto(field(app, 'term'), 'dealer');
    typeInto(field(app, 'translation'), 'dealer');
    save(app);
    await waitUntil(() => rows(app).includes('dealer'), 'not listed');
    expect(errorOf(app, 'term')).to.equal('');
    expect(textOf(deep(app, ...FORM, '[role="status"]'))).to.equal('Der Begriff ist gespeichert.');
    expect(field(app, 'term').value).to.equal('');
  });

  it('changes a term, and deletes one after a second press', async () => {
    const app = await openGlossary(PEOPLE.tomasz);
    const row = () => deepAll(app, GLOSSARY, 'tbody tr')[0]!;
    const buttons = () => [...row().querySelectorAll('button')];
    buttons()[0]!.click();
    await waitUntil(() => field(app, 'term')?.value === 'test drive', 'not editing');
    expect(textOf(deep(app, ...FORM, 'h2'))).to.equal('Change “test drive”');
    typeInto(field(app, 'note'), 'Always two words.');
    save(app);
    await waitUntil(() => textOf(row()).includes('Always two words.'), 'not changed');

    buttons()[1]!.click();
    await waitUntil(() => textOf(buttons()[1]) === 'Yes, delete', 'no confirmation');
    buttons()[1]!.click();
    await waitUntil(() => !rows(app).includes('test drive'), 'not deleted');
  });

  it('lets an admin choose the brand whose glossary to read', async () => {
    const app = await openGlossary(PEOPLE.oliver);
    const brand = deep<HTMLSelectElement>(app, GLOSSARY, '#brand')!;
    expect(brand.options.length).to.be.greaterThan(1);
    const other = [...brand.options].find((option) => !option.selected)!;
    brand.value = other.value;
    brand.dispatchEvent(new Event('change'));
    await deep(app, GLOSSARY)!.updateComplete;
    await waitUntil(() => rows(app).length === 2, 'no terms');
    expect(rows(app)).to.deep.equal(['test drive', 'jazda testowa Do not use']);
  });

  it('fits a 360 px screen, each term a card, with 44 px targets', async () => {
    adoptTokens();
    await setViewport({ width: 360, height: 800 });
    try {
      const app = await openGlossary(PEOPLE.tomasz, 'pl');
      await found(app, ...FORM, 'form');
      for (const row of deepAll(app, GLOSSARY, 'tbody tr')) {
        expect(row.getBoundingClientRect().right).to.be.at.most(360);
        for (const target of row.querySelectorAll('button')) {
          expect(target.getBoundingClientRect().height, textOf(target)).to.be.at.least(44);
        }
      }
      const form = deep(app, ...FORM, 'form')!;
      expect(form.getBoundingClientRect().right).to.be.at.most(360);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
