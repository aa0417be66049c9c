import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { graphql, HttpResponse } from 'msw';
import { createHandlers } from '../../../../mocks/handlers.js';
import { mockNetwork } from '../../../../mocks/fixtures.js';
import { MockApi } from '../../../../mocks/mock-api.js';
import { demoOpenSurveys } from '../../../../mocks/pulse-answer-api.js';
import { createTestPortal, startMockWorker } from '../../../../mocks/test-portal.js';
import type { PiazzaNewsApp } from '../news-app.js';
import '../news-app.js';
import { OpenPulseSurveysDocument } from './open-pulse-surveys.generated.js';
import type { PiazzaNewsPulseCard } from './pulse-card.js';
import type { PiazzaNewsPulseForm } from './pulse-form.js';

const MARCO = 'person-demo-it-service';
const LYON_SALESPERSON = 'person-demo-fr-sales';
const [ITALIAN] = demoOpenSurveys(mockNetwork());
/** A salesperson of a Norvik dealer in Matthias Keller's region, whom his survey asks. */
const NORVIK_SALESPERSON = mockNetwork().people.find(
  (person) => person.dealerId === 'dealer-de-0001' && person.job === 'SALESPERSON',
)!.id;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface SentAnswers {
  id: string;
  answers: { questionId: string; scale?: number; choice?: number; text?: string }[];
  idempotencyKey: string;
}

/**
 * The news app as `personId`, the API answered by the mocks; every answer sent to the
 * server is recorded, then handed on to the mock (a resolver that returns nothing).
 */
async function mountApp(personId: string, locale: string) {
  const sent: SentAnswers[] = [];
  (await startMockWorker()).use(
    graphql.mutation<never, SentAnswers>('AnswerPulseSurvey', ({ variables }) => {
      sent.push(variables);
    }),
    ...createHandlers(new MockApi(mockNetwork())),
  );
  const portal = await createTestPortal({
    personId,
    locale,
    app: { namespace: 'news', folder: 'apps/news' },
  });
  window.history.replaceState(null, '', '/portal/news');
  const app = await fixture<PiazzaNewsApp>(
    html`<piazza-news-app .portal=${portal}></piazza-news-app>`,
  );
  return { app, sent };
}

const feed = (app: Element) => app.shadowRoot!.querySelector('piazza-news-feed')!;
const card = (app: Element) =>
  feed(app).shadowRoot!.querySelector<PiazzaNewsPulseCard>('piazza-news-pulse-card');
const inCard = <E extends Element = HTMLElement>(app: Element, selector: string) =>
  card(app)?.shadowRoot?.querySelector<E>(selector) ?? null;
const form = (app: Element) => inCard<PiazzaNewsPulseForm>(app, 'piazza-news-pulse-form');
const inForm = <E extends Element = HTMLElement>(app: Element, selector: string) =>
  form(app)?.shadowRoot?.querySelector<E>(selector) ?? null;
const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function showsSurvey(app: Element): Promise<void> {
  await waitUntil(() => inForm(app, 'form') !== null, 'no survey shown', { timeout: 5000 });
}

/** Chooses 4 on the scale, the second option, and writes the text. */
async function answerAll(app: Element, written: string): Promise<void> {
  inForm<HTMLInputElement>(app, 'input[name="q0"][value="4"]')!.click();
  inForm<HTMLInputElement>(app, 'input[name="q1"][value="1"]')!.click();
  const textarea = inForm<HTMLTextAreaElement>(app, 'textarea')!;
  textarea.value = written;
  textarea.dispatchEvent(new InputEvent('input'));
  await form(app)!.updateComplete;
}

const send = (app: Element) => inForm<HTMLButtonElement>(app, 'button.send')!.click();

describe('the pulse card above the feed', () => {
  afterEach(async () => {
    (await startMockWorker()).resetHandlers();
    sessionStorage.clear();
  });

  it('shows the surveys asking the reader between the must-reads and the pinned news, in Italian', async () => {
    const { app } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    const order = [
      ...feed(app).shadowRoot!.querySelectorAll(
        'piazza-news-article-section, piazza-news-pulse-card',
      ),
    ];
    expect(order.map((element) => element.className || element.localName)).to.deep.equal([
      'must-reads',
      'piazza-news-pulse-card',
      'pinned',
    ]);
    expect(text(inCard(app, 'h2'))).to.equal('Un breve sondaggio per te');
    expect(text(inCard(app, '.anonymity'))).to.equal(
      'Le tue risposte sono anonime; i risultati vengono mostrati solo quando hanno risposto almeno 5 persone.',
    );
    expect(text(inForm(app, 'h3'))).to.equal(ITALIAN!.title);
    expect(inForm(app, 'h3')!.lang).to.equal('it');

    const [scale, choice] = [...form(app)!.shadowRoot!.querySelectorAll('fieldset')];
    expect(text(scale!.querySelector('legend'))).to.equal(ITALIAN!.questions[0]!.text);
    expect([...scale!.querySelectorAll('input')].map((input) => input.value)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(text(scale!.querySelector('.ends'))).to.equal('1 = per niente 5 = del tutto');
    expect(scale!.getAttribute('aria-describedby')).to.contain('q0-ends');
    expect([...choice!.querySelectorAll('label')].map(text)).to.deep.equal(
      ITALIAN!.questions[1]!.options,
    );
    expect(text(inForm(app, 'label[for="q2"]'))).to.equal(ITALIAN!.questions[2]!.text);
    expect(text(inForm(app, '#q2-count'))).to.equal('Ancora 500 caratteri');
    await answerAll(app, 'Più prove su strada');
    expect(text(inForm(app, '#q2-count'))).to.equal('Ancora 481 caratteri');
    await expect(card(app)).to.be.accessible();
    await expect(form(app)).to.be.accessible();
  });

  it('asks for an answer to every question, next to each, and sends nothing until then', async () => {
    const { app, sent } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    inForm<HTMLInputElement>(app, 'input[name="q1"][value="2"]')!.click();
    send(app);
    await waitUntil(() => text(inForm(app, '#q0-error')) !== '', 'no error shown');
    expect(text(inForm(app, '#q0-error'))).to.equal('Rispondi a questa domanda.');
    expect(text(inForm(app, '#q1-error'))).to.equal('');
    expect(text(inForm(app, '#q2-error'))).to.equal('Rispondi a questa domanda.');
    expect(inForm(app, 'fieldset')!.getAttribute('aria-invalid')).to.equal('true');
    expect(inForm(app, 'textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(form(app)!.shadowRoot!.activeElement).to.equal(inForm(app, 'input[name="q0"]'));
    expect(inForm<HTMLInputElement>(app, 'input[name="q1"][value="2"]')!.checked).to.equal(true);
    expect(sent).to.deep.equal([]);
    await expect(form(app)).to.be.accessible();

    // Answered, a question's message goes at once.
    inForm<HTMLInputElement>(app, 'input[name="q0"][value="3"]')!.click();
    await form(app)!.updateComplete;
    expect(text(inForm(app, '#q0-error'))).to.equal('');
  });

  it('sends one answer per question with an idempotency key, thanks the reader, and leaves', async () => {
    const { app, sent } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    await answerAll(app, '  Più prove su strada  ');
    send(app);
    await waitUntil(() => inCard(app, '.outcome') !== null, 'no thank-you');
    expect(sent).to.have.length(1);
    const [{ id, answers, idempotencyKey }] = sent as [SentAnswers];
    expect(id).to.equal(ITALIAN!.id);
    const [q1, q2, q3] = ITALIAN!.questions.map((question) => question.id);
    expect(answers).to.deep.equal([
      { questionId: q1, scale: 4 },
      { questionId: q2, choice: 1 },
      { questionId: q3, text: 'Più prove su strada' },
    ]);
    expect(idempotencyKey).to.match(UUID);
    expect(text(inCard(app, '.outcome'))).to.equal(
      `Grazie! Le tue risposte a «${ITALIAN!.title}» sono state inviate.`,
    );
    await waitUntil(() => card(app)!.shadowRoot!.activeElement === inCard(app, '.outcome'));
    expect(form(app)).to.equal(null);
    // The answered survey left the cached list: the next visit shows no card.
    const cached = card(app)!.portal!.client.readQuery({ query: OpenPulseSurveysDocument });
    expect(cached!.openPulseSurveys.map((survey) => survey.id)).to.not.include(ITALIAN!.id);
    await expect(card(app)).to.be.accessible();
  });

  it('keeps the answers in the outbox without signal, says so, and sends them once back with the same key', async () => {
    const { app, sent } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    (await startMockWorker()).use(
      graphql.mutation<never, SentAnswers>(
        'AnswerPulseSurvey',
        ({ variables }) => {
          sent.push(variables);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    await answerAll(app, 'Dal piazzale, senza rete');
    send(app);
    await waitUntil(() => inCard(app, '.outcome') !== null, 'not said to wait');
    expect(text(inCard(app, '.outcome'))).to.equal(
      `Le tue risposte a «${ITALIAN!.title}» sono salvate su questo dispositivo e verranno inviate appena tornerai online.`,
    );
    const outbox = await card(app)!.portal!.outbox();
    const [entry] = outbox.entries();
    expect(entry!.label).to.deep.equal({
      key: 'outbox.label.pulseAnswer',
      values: { title: ITALIAN!.title, surveyId: ITALIAN!.id },
    });

    await outbox.flush();
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey).and.equal(entry!.key);
    expect(sent[1]!.answers).to.deep.equal(sent[0]!.answers);
    // Sent, the survey no longer asks: the card goes once the list is fetched again.
    await waitUntil(() => inCard(app, 'section') === null, 'the card stayed');
    expect(outbox.entries()).to.deep.equal([]);
  });

  it('says so when answers sent later are refused, and where to try again', async () => {
    const { app } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    (await startMockWorker()).use(
      graphql.mutation('AnswerPulseSurvey', () => HttpResponse.error(), { once: true }),
      graphql.mutation(
        'AnswerPulseSurvey',
        () =>
          HttpResponse.json({ errors: [{ message: 'closed', extensions: { code: 'NOT_FOUND' } }] }),
        { once: true },
      ),
    );
    await answerAll(app, 'Inviata troppo tardi');
    send(app);
    await waitUntil(() => inCard(app, '.outcome') !== null, 'not said to wait');
    const outbox = await card(app)!.portal!.outbox();
    await outbox.flush();
    await waitUntil(() => text(inCard(app, '.outcome'))!.startsWith('Non è stato'), 'not said');
    expect(text(inCard(app, '.outcome'))).to.equal(
      `Non è stato possibile inviare le tue risposte a «${ITALIAN!.title}». Per riprovare, apri «In attesa di invio» in alto nella pagina.`,
    );
    expect(outbox.entries().map((entry) => entry.state)).to.deep.equal(['failed']);
    await outbox.discard(outbox.entries()[0]!.key);
  });

  it('shows the server’s refusal next to its question, keeps every answer, and retries with the same key', async () => {
    const { app, sent } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    (await startMockWorker()).use(
      graphql.mutation<never, SentAnswers>(
        'AnswerPulseSurvey',
        ({ variables }) => {
          sent.push(variables);
          return HttpResponse.json({
            errors: [
              {
                message: 'answers.2: TOO_LONG',
                extensions: { code: 'BAD_USER_INPUT', field: 'answers.2', reason: 'TOO_LONG' },
              },
            ],
          });
        },
        { once: true },
      ),
    );
    await answerAll(app, 'Una risposta che il server trova troppo lunga');
    send(app);
    await waitUntil(() => text(inForm(app, '#q2-error')) !== '', 'no refusal shown');
    expect(text(inForm(app, '#q2-error'))).to.equal('Accorcia la risposta a 500 caratteri.');
    expect(text(inForm(app, '#q0-error'))).to.equal('');
    expect(inForm<HTMLTextAreaElement>(app, 'textarea')!.value).to.equal(
      'Una risposta che il server trova troppo lunga',
    );
    expect(inForm<HTMLInputElement>(app, 'input[name="q0"][value="4"]')!.checked).to.equal(true);
    expect(inForm<HTMLInputElement>(app, 'input[name="q1"][value="1"]')!.checked).to.equal(true);
    expect(form(app)!.shadowRoot!.activeElement).to.equal(inForm(app, 'textarea'));
    const outbox = await card(app)!.portal!.outbox();
    expect(outbox.entries()).to.deep.equal([]);
    await expect(form(app)).to.be.accessible();

    send(app);
    await waitUntil(() => inCard(app, '.outcome') !== null, 'not sent on retry');
    expect(sent.map((attempt) => attempt.idempotencyKey)).to.deep.equal([
      sent[0]!.idempotencyKey,
      sent[0]!.idempotencyKey,
    ]);
  });

  it('says a survey closed meanwhile is closed, keeping the answers', async () => {
    const { app } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    (await startMockWorker()).use(
      graphql.mutation(
        'AnswerPulseSurvey',
        () =>
          HttpResponse.json({
            errors: [{ message: 'No open survey', extensions: { code: 'NOT_FOUND' } }],
          }),
        { once: true },
      ),
    );
    await answerAll(app, 'Troppo tardi');
    send(app);
    await waitUntil(() => text(inForm(app, '[role="alert"]')) !== '', 'no message');
    expect(text(inForm(app, '[role="alert"]'))).to.equal(
      'Questo sondaggio è chiuso o non ti riguarda più: le tue risposte non sono state inviate.',
    );
    expect(inForm<HTMLTextAreaElement>(app, 'textarea')!.value).to.equal('Troppo tardi');
  });

  it('folds a survey away with Later for the session, its answers kept, and opens it again', async () => {
    const { app, sent } = await mountApp(MARCO, 'it');
    await showsSurvey(app);
    inForm<HTMLInputElement>(app, 'input[name="q0"][value="2"]')!.click();
    inForm<HTMLButtonElement>(app, 'button.later')!.click();
    await waitUntil(() => inCard(app, '.put-off') !== null, 'not folded away');
    expect(form(app)!.hidden).to.equal(true);
    expect(text(inCard(app, '.put-off p'))).to.equal(ITALIAN!.title);
    const answerNow = inCard<HTMLButtonElement>(app, 'button.answer')!;
    expect(text(answerNow)).to.equal('Rispondi ora');
    await waitUntil(() => card(app)!.shadowRoot!.activeElement === answerNow, 'focus lost');
    await expect(card(app)).to.be.accessible();

    // Still folded away on the next visit of the session.
    const again = await mountApp(MARCO, 'it');
    await waitUntil(() => inCard(again.app, '.put-off') !== null, 'not folded on return');
    expect(form(again.app)!.hidden).to.equal(true);

    answerNow.click();
    await waitUntil(() => inCard(app, '.put-off') === null, 'not opened again');
    expect(form(app)!.hidden).to.equal(false);
    expect(inForm<HTMLInputElement>(app, 'input[name="q0"][value="2"]')!.checked).to.equal(true);
    expect(sent).to.deep.equal([]);
  });

  it('speaks German to a Norvik salesperson asked by his region manager', async () => {
    const { app } = await mountApp(NORVIK_SALESPERSON, 'de');
    await showsSurvey(app);
    expect(text(inCard(app, 'h2'))).to.equal('Eine kurze Umfrage für Sie');
    expect(text(inCard(app, '.anonymity'))).to.equal(
      'Ihre Antworten sind anonym; Ergebnisse werden erst gezeigt, wenn mindestens 5 Personen geantwortet haben.',
    );
    expect(text(inForm(app, 'h3'))).to.equal('Das neue Service-Buchungstool');
    expect(text(inForm(app, '.ends'))).to.equal('1 = überhaupt nicht 5 = voll und ganz');
    expect(text(inForm(app, 'button.send'))).to.equal('Senden');
    expect(text(inForm(app, 'button.later'))).to.equal('Später');
    expect(text(inForm(app, '#q2-count'))).to.equal('Noch 500 Zeichen');
    expect(text(inForm(app, '.hint'))).to.match(/^Offen bis /);
    await expect(card(app)).to.be.accessible();
    await expect(form(app)).to.be.accessible();
  });

  it('shows nothing to a reader no survey asks', async () => {
    const { app } = await mountApp(LYON_SALESPERSON, 'fr');
    await waitUntil(() => feed(app).shadowRoot!.querySelector('piazza-news-card') !== null);
    await waitUntil(() => customElements.get('piazza-news-pulse-card') !== undefined);
    await card(app)!.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(inCard(app, 'section')).to.equal(null);
  });
});
