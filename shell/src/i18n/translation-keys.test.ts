import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import i18next from 'i18next';
import { LocalizeController } from '@piazza/shared';
import { showTranslationKeys, showingTranslationKeys } from './translation-keys.js';

/** An app's element: a heading, a plural, a `common:` label and a field's placeholder. */
class NewsFeed extends LitElement {
  readonly l10n = new LocalizeController(this, 'news');
  pressed = 0;
  override render() {
    const { t } = this.l10n;
    return html`<h2>${t('feed.title')}</h2>
      <p>${t('feed.count', { count: 3 })}</p>
      <button @click=${() => this.pressed++}><span>${t('common:actions.retry')}</span></button>
      <input placeholder=${t('feed.search')} />`;
  }
}
customElements.define('test-news-feed', NewsFeed);

const text = (feed: NewsFeed, selector: string) =>
  feed.shadowRoot!.querySelector(selector)!.textContent;

describe('translation keys (in-context mode)', () => {
  /** The editor pages the portal was asked to show. */
  let opened: string[];
  const open = { navigate: (path: string) => void opened.push(path) };

  before(async () => {
    await i18next.init({ lng: 'pl', fallbackLng: 'en', defaultNS: 'common', resources: {} });
    i18next.addResourceBundle('pl', 'common', { actions: { retry: 'Spróbuj ponownie' } });
    i18next.addResourceBundle('pl', 'news', {
      feed: {
        title: 'Aktualności',
        count_one: '{{count}} artykuł',
        count_few: '{{count}} artykuły',
        count_many: '{{count}} artykułów',
        count_other: '{{count}} artykułu',
        search: 'Szukaj',
      },
    });
  });
  beforeEach(() => {
    opened = [];
  });
  afterEach(() => showTranslationKeys(false, open));

  it('shows each text’s namespace and key, and re-renders when turned on and off', async () => {
    const feed = await fixture<NewsFeed>(html`<test-news-feed></test-news-feed>`);
    expect(text(feed, 'h2')).to.equal('Aktualności');
    showTranslationKeys(true, open);
    await feed.updateComplete;
    expect(text(feed, 'h2')).to.equal('⟦news:feed.title⟧ Aktualności');
    expect(text(feed, 'p'), 'a plural by its base key').to.equal('⟦news:feed.count⟧ 3 artykuły');
    expect(text(feed, 'span')).to.equal('⟦common:actions.retry⟧ Spróbuj ponownie');
    expect(showingTranslationKeys(), 'remembered in this tab').to.equal(true);
    showTranslationKeys(false, open);
    await feed.updateComplete;
    expect(text(feed, 'h2')).to.equal('Aktualności');
    expect(showingTranslationKeys()).to.equal(false);
  });

  it('opens the key of the text clicked, through shadow roots, instead of its action', async () => {
    const feed = await fixture<NewsFeed>(html`<test-news-feed></test-news-feed>`);
    showTranslationKeys(true, open);
    await feed.updateComplete;
    feed.shadowRoot!.querySelector('span')!.click();
    expect(opened).to.deep.equal(['translations/pl/common?key=actions.retry']);
    expect(feed.pressed, 'the button did not act').to.equal(0);
    feed.shadowRoot!.querySelector('input')!.click();
    expect(opened.at(-1), 'a placeholder').to.equal('translations/pl/news?key=feed.search');

    showTranslationKeys(false, open);
    await feed.updateComplete;
    feed.shadowRoot!.querySelector('span')!.click();
    expect(feed.pressed, 'out of the mode, clicks act again').to.equal(1);
    expect(opened).to.have.length(2);
  });

  it('leaves the toggle that ends the mode its own click', async () => {
    const toggle = await fixture<HTMLButtonElement>(
      html`<button data-translation-keys-toggle>${i18next.t('actions.retry')}</button>`,
    );
    showTranslationKeys(true, open);
    let pressed = false;
    toggle.addEventListener('click', () => (pressed = true));
    toggle.click();
    expect(pressed).to.equal(true);
    expect(opened).to.deep.equal([]);
  });
});
