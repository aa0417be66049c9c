import { expect, waitUntil } from '@open-wc/testing';
import {
  PEOPLE,
  barometersPortal,
  captureDownload,
  deep,
  deepAll,
  found,
  mountBarometers,
  textOf,
  typeInto,
} from '../barometers-testing.js';
import { SavePulseSurveyDocument } from './pulse-survey.generated.js';
import { responseRate } from './pulse-surveys.js';

const LIST = 'piazza-pulse-surveys';
const SURVEY = 'piazza-pulse-survey';
const EDITOR = [SURVEY, 'piazza-pulse-editor'];
const AUDIENCE = [...EDITOR, 'piazza-pulse-audience'];

const field = (app: Element, id: string) =>
  deep<HTMLInputElement & HTMLSelectElement>(app, ...EDITOR, `[id="${id}"]`)!;
const errorOf = (app: Element, id: string) => textOf(deep(app, ...EDITOR, `[id="${id}-error"]`));
const audienceError = (app: Element) => textOf(deep(app, ...AUDIENCE, '[id="audience-error"]'));
const save = (app: Element) =>
  deep<HTMLButtonElement>(app, ...EDITOR, 'button.piazza-button--primary')!.click();

async function open(path: string, locale = 'en', person = PEOPLE.matthias) {
  return mountBarometers(await barometersPortal(person, locale), path);
}

describe('pulse surveys', () => {
  it('lists the surveys a region manager manages, with status, response rate and closing date', async () => {
    const app = await open('pulse');
    await waitUntil(() => deepAll(app, LIST, 'tbody tr').length >= 2, 'no surveys', {
      timeout: 8000,
    });
    const row = deepAll(app, LIST, 'tbody tr').find((tr) =>
      textOf(tr).includes('Werkstattauslastung im Winter'),
    )!;
    const cells = [...row.querySelectorAll('td')].map((td) => textOf(td));
    expect(cells[0]).to.equal('Open');
    expect(cells[1]).to.match(/^3 \/ \d+ \(\d+%\)$/);
    expect(cells[3]).to.equal('Matthias Keller');
    expect(row.querySelector('a')!.getAttribute('lang')).to.equal('de');
    await expect(deep(app, LIST)).to.be.accessible();
  });

  it('shows the newest surveys first and older ones on asking', async () => {
    const portal = await barometersPortal(PEOPLE.matthias, 'pl');
    for (let n = 1; n <= 25; n++) {
      await portal.client.mutate({
        mutation: SavePulseSurveyDocument,
        variables: {
          input: {
            title: `Puls ${n}`,
            locale: 'de',
            questions: [{ kind: 'SCALE', text: 'Wie zufrieden sind Sie?' }],
            audience: { brandId: 'brand-norvik', regionIds: ['region-de-01'] },
          },
        },
      });
    }
    const app = await mountBarometers(portal, 'pulse');
    const rows = () => deepAll(app, LIST, 'tbody tr');
    await waitUntil(() => rows().length === 20, 'not a page of 20', { timeout: 8000 });
    expect(textOf(rows()[0]!.querySelector('a'))).to.equal('Puls 25');
    const more = deep<HTMLButtonElement>(app, LIST, '.more button')!;
    expect(textOf(more)).to.equal('Pokaż starsze ankiety');
    more.click();
    await waitUntil(() => rows().length > 20, 'no older surveys');
    const titles = rows().map((row) => textOf(row.querySelector('a')));
    expect(titles.slice(20, 25)).to.deep.equal(['Puls 5', 'Puls 4', 'Puls 3', 'Puls 2', 'Puls 1']);
    expect(new Set(titles).size).to.equal(titles.length);
  });

  it('says the response rate as counts and a share of the audience', () => {
    expect(responseRate({ responseCount: 7, audienceSize: 40 }, 'en')).to.equal('7 / 40 (18%)');
    expect(responseRate({ responseCount: 0, audienceSize: 0 }, 'en')).to.equal('0 / 0');
  });

  it('keeps what was typed when the server refuses a draft, and says why next to each field', async () => {
    const app = await open('pulse/new', 'it');
    await found(app, ...EDITOR, 'form');
    await waitUntil(() => field(app, 'locale')?.options.length > 0, 'no languages');
    typeInto(field(app, 'questions.0.text'), 'Come valuta il nuovo strumento?');
    save(app);
    await waitUntil(() => errorOf(app, 'title') !== '', 'no refusal');
    expect(errorOf(app, 'title')).to.equal('Dia un titolo al sondaggio.');
    expect(field(app, 'title').getAttribute('aria-invalid')).to.equal('true');
    expect(field(app, 'questions.0.text').value).to.equal('Come valuta il nuovo strumento?');

    typeInto(field(app, 'title'), 'Strumento di prenotazione');
    const kind = field(app, 'questions.0-kind');
    kind.value = 'CHOICE';
    kind.dispatchEvent(new Event('change'));
    await waitUntil(() => field(app, 'questions.0.options.1') !== null, 'no options');
    typeInto(field(app, 'questions.0.options.0'), 'Ogni giorno');
    typeInto(field(app, 'questions.0.options.1'), 'ogni giorno');
    save(app);
    await waitUntil(() => errorOf(app, 'questions.0.options') !== '', 'no option refusal');
    expect(errorOf(app, 'questions.0.options')).to.equal('Le opzioni devono essere tutte diverse.');
    expect(errorOf(app, 'title')).to.equal('');
    expect(field(app, 'title').value).to.equal('Strumento di prenotazione');
    expect(field(app, 'questions.0.options.0').value).to.equal('Ogni giorno');

    typeInto(field(app, 'questions.0.options.1'), 'Ogni settimana');
    save(app);
    await waitUntil(() => audienceError(app) !== '', 'no audience refusal');
    expect(audienceError(app)).to.equal(
      'Scelga a chi chiedere: un paese, una regione o un concessionario.',
    );
  });

  it('saves a draft with its audience and opens it in the editor with its reach', async () => {
    const app = await open('pulse/new');
    await found(app, ...EDITOR, 'form');
    typeInto(field(app, 'title'), 'Winter tyres');
    typeInto(field(app, 'questions.0.text'), 'How ready is your workshop?');
    await waitUntil(
      () => deepAll(app, ...AUDIENCE, 'input[name=regions]').length > 0,
      'no regions',
    );
    // A region manager may ask their region, not the whole country.
    const germany = deepAll<HTMLInputElement>(app, ...AUDIENCE, 'input[name=countries]').find(
      (input) => textOf(input.parentElement) === 'Germany',
    )!;
    germany.click();
    save(app);
    await waitUntil(() => audienceError(app) !== '', 'no refusal');
    expect(audienceError(app)).to.equal('One of the places chosen is beyond those you may ask.');
    germany.click();
    const regions = () => deepAll<HTMLInputElement>(app, ...AUDIENCE, 'input[name=regions]');
    await waitUntil(() => regions().length > 0, 'no regions');
    expect(regions().map((input) => textOf(input.parentElement))).to.deep.equal(['Nord']);
    regions()[0]!.click();
    save(app);
    await waitUntil(() => window.location.pathname.startsWith('/portal/barometers/pulse/pulse-'));
    await waitUntil(() => textOf(deep(app, SURVEY, 'h1')) === 'Winter tyres', 'not opened');
    await waitUntil(() => /^Reaches \d+ people\.$/.test(textOf(deep(app, ...AUDIENCE, '.reach'))));
    expect(field(app, 'questions.0.text').value).to.equal('How ready is your workshop?');

    // Opened with a closing date: too soon is refused next to the date, then it opens.
    const closesAt = deep<HTMLInputElement>(app, SURVEY, '#closes-at')!;
    const local = (ms: number) => {
      const date = new Date(Date.now() + ms - new Date().getTimezoneOffset() * 60_000);
      return date.toISOString().slice(0, 16);
    };
    typeInto(closesAt, local(10 * 60_000));
    deep<HTMLButtonElement>(app, SURVEY, '.open button')!.click();
    await waitUntil(() => textOf(deep(app, SURVEY, '#closes-at-error')) !== '', 'no refusal');
    expect(textOf(deep(app, SURVEY, '#closes-at-error'))).to.equal(
      'Keep the survey open at least an hour.',
    );
    typeInto(deep<HTMLInputElement>(app, SURVEY, '#closes-at')!, local(3 * 86_400_000));
    deep<HTMLButtonElement>(app, SURVEY, '.open button')!.click();
    await waitUntil(() => textOf(deep(app, SURVEY, '.badge')) === 'Open', 'not opened');
    expect(textOf(deep(app, SURVEY, 'p.status'))).to.contain('0 answers so far');
  });

  it('hides the results below 5 responses, saying how many answered so far', async () => {
    const app = await open('pulse/pulse-demo-workshop', 'de');
    const hidden = await found(app, SURVEY, 'p.status');
    expect(textOf(hidden)).to.equal(
      'Die Ergebnisse bleiben verborgen, bis 5 Personen geantwortet haben, damit sich keine Antwort einer Person zuordnen lässt. Bisher 3 Antworten.',
    );
    expect(deepAll(app, SURVEY, 'section.card')).to.have.length(0);
  });

  it('shows the results from 5 responses: the mean and spread of a scale, choices, texts', async () => {
    const app = await open('pulse/pulse-demo-booking');
    await waitUntil(() => deepAll(app, SURVEY, 'section.card').length === 3, 'no results', {
      timeout: 8000,
    });
    const [scale, choice, text] = deepAll(app, SURVEY, 'section.card');
    expect(textOf(scale!.querySelector('p.muted'))).to.equal('14 answers');
    expect(textOf(scale!)).to.match(/Average: \d(\.\d)? out of 5/);
    const spread = [...scale!.querySelectorAll('dd')].map((dd) => Number(textOf(dd)));
    expect(spread).to.have.length(5);
    expect(spread.reduce((sum, n) => sum + n, 0)).to.equal(14);
    expect([...choice!.querySelectorAll('dt')].map((dt) => textOf(dt))).to.deep.equal([
      'Täglich',
      'Wöchentlich',
      'Selten',
    ]);
    const texts = [...text!.querySelectorAll('li')].map((li) => textOf(li));
    expect(texts).to.deep.equal([...texts].sort((a, b) => a.localeCompare(b)));
    const button = deepAll<HTMLButtonElement>(app, SURVEY, '.actions button').at(-1)!;
    const { fileName, text: csv } = await captureDownload(() => button.click());
    expect(fileName).to.equal('pulse-pulse-demo-booking.csv');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).to.equal('Question,Answer,Count');
    await expect(deep(app, SURVEY)).to.be.accessible();
  });
});
