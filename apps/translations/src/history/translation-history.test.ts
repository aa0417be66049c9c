import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { PortalContext } from '@piazza/shared';
import { startMockWorker } from '../../../../mocks/test-portal.js';
import { TranslationEntryDocument } from '../editor/translation-editor.generated.js';
import { proposePolish } from '../review/review-testing.js';
import { PEOPLE, textOf, translationsPortal } from '../translations-testing.js';
import type { PiazzaTranslationHistory } from './translation-history.js';
import './translation-history.js';

const AT = { locale: 'pl', namespace: 'news', key: 'feed.greeting' };

async function entryAs(portal: PortalContext) {
  const { data } = await portal.client.query({
    query: TranslationEntryDocument,
    variables: AT,
    fetchPolicy: 'network-only',
  });
  return data!.translationEntry!;
}

async function mountHistory(portal: PortalContext) {
  const entry = await entryAs(portal);
  return fixture<PiazzaTranslationHistory>(
    html`<piazza-translation-history
      .portal=${portal}
      .entry=${entry}
    ></piazza-translation-history>`,
  );
}

const items = (history: Element) => [...history.shadowRoot!.querySelectorAll('li')];

describe('piazza-translation-history', () => {
  before(async () => {
    const agnieszka = await translationsPortal(PEOPLE.agnieszka);
    await proposePolish(agnieszka, { ...AT, text: 'Witaj {{name}}', submit: false });
    await proposePolish(agnieszka, { ...AT, text: 'Cześć {{name}}, oto wiadomości' });
  });
  afterEach(async () => (await startMockWorker()).resetHandlers());

  it('lists who did what and the texts, newest first, in the reader’s language', async () => {
    const history = await mountHistory(await translationsPortal(PEOPLE.tomasz, 'de'));
    const [sent, saved, first] = items(history).map((item) => textOf(item.querySelector('p')));
    expect(sent).to.match(/^Zur Prüfung gesendet · Agnieszka \S+ · /);
    expect(saved).to.match(/^Gespeichert · Agnieszka /);
    expect(first).to.match(/^Gespeichert · Agnieszka /);
    expect(textOf(items(history)[2]!.querySelector('.forms'))).to.equal('Witaj {{name}}');
    await expect(history).to.be.accessible();
  });

  it('lets a reviewer restore an earlier text, which becomes the draft again', async () => {
    const tomasz = await translationsPortal(PEOPLE.tomasz);
    const history = await mountHistory(tomasz);
    // The newest change is the text the entry has: nothing to restore there.
    expect(items(history)[0]!.querySelector('button')).to.equal(null);
    const restore = items(history)[2]!.querySelector('button')!;
    expect(textOf(restore)).to.equal('Restore this version');

    restore.click();
    const status = () => textOf(history.shadowRoot!.querySelector('[role="status"]'));
    await waitUntil(() => status() !== '', 'not restored');
    expect(status()).to.equal('Restored as a draft: check it and send it for review again.');
    const entry = await entryAs(tomasz);
    expect(entry.status).to.equal('DRAFT');
    expect(entry.forms[0]!.value).to.equal('Witaj {{name}}');
    expect(entry.history[0]!.action).to.equal('REVERTED');
  });

  it('shows a translator no restore button, and the server’s refusal translated if forced', async () => {
    const agnieszka = await translationsPortal(PEOPLE.agnieszka, 'pl');
    const history = await mountHistory(agnieszka);
    expect(history.shadowRoot!.querySelector('button')).to.equal(null);

    // Her screen believing she reviews: the server still refuses.
    history.portal = {
      ...agnieszka,
      session: { ...agnieszka.session, roles: ['TRANSLATOR', 'TRANSLATION_REVIEWER'] },
    };
    history.requestUpdate();
    await history.updateComplete;
    history.shadowRoot!.querySelector<HTMLButtonElement>('li button')!.click();
    const alert = () => textOf(history.shadowRoot!.querySelector('[role="alert"]'));
    await waitUntil(() => alert() !== '', 'no refusal');
    expect(alert()).to.equal('Nie masz do tego dostępu.');
  });
});
