import { LitElement, css, html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { screenStyles } from '@piazza/shared/screens';
import { namespaceLabel } from '../ui/labels.js';
import {
  TranslationEntryDocument,
  TranslationSuggestionsDocument,
  type TranslationEntryQuery,
  type TranslationSuggestionsQuery,
} from './translation-editor.generated.js';
import type { PiazzaTranslationEntryForm } from './entry-form.js';
import './entry-form.js';
import '../history/translation-history.js';

type Entry = NonNullable<TranslationEntryQuery['translationEntry']>;
type Suggestion = TranslationSuggestionsQuery['translationSuggestions'][number];

/**
 * The opened string: its status, its texts to edit, and what helps translate it without a
 * screenshot: where it is used and what it is for, its limit, the translations memory
 * suggests, the brand's glossary terms in its source, and its history.
 */
export class PiazzaTranslationEntryPanel extends LitElement {
  static override styles = [
    screenStyles,
    buttonStyles,
    css`
      :host {
        display: grid;
        gap: var(--piazza-space-l);
      }
      h2 {
        margin: 0;
        overflow-wrap: anywhere;
      }
      h3 {
        margin-block: 0 var(--piazza-space-s);
        font-size: var(--piazza-font-size-body);
      }
      .aids {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: var(--piazza-space-m);
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li + li {
        margin-block-start: var(--piazza-space-s);
      }
      /* Each term above its value: the panel is a third of the screen, or a phone's width. */
      dl {
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 var(--piazza-space-s);
        overflow-wrap: anywhere;
      }
      code {
        overflow-wrap: anywhere;
      }
      .forbidden {
        color: var(--piazza-color-danger);
        font-weight: 600;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property() locale = '';
  @property() namespace = '';
  @property() key = '';

  @query('piazza-translation-entry-form') private form?: PiazzaTranslationEntryForm;
  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly entry = new QueryController(this, {
    query: TranslationEntryDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.locale, namespace: this.namespace, key: this.key }),
  });
  private readonly suggestions = new QueryController(this, {
    query: TranslationSuggestionsDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.locale, namespace: this.namespace, key: this.key }),
  });
  /** The entry whose first field got the focus, so that a re-render does not take it again. */
  private focusedId = '';

  override async updated(): Promise<void> {
    const id = this.entry.data?.translationEntry?.id;
    if (id === undefined || id === this.focusedId || !this.form) return;
    this.focusedId = id;
    await this.form.updateComplete;
    this.form.focusFirstField();
  }

  override render() {
    const { t } = this.l10n;
    return this.entry.render({
      pending: () => html`<p role="status">${t('editor.loadingEntry')}</p>`,
      error: (error) => html`<p class="alert" role="alert">${t(errorMessageKey(error))}</p>`,
      complete: ({ translationEntry }) =>
        translationEntry
          ? this.renderEntry(translationEntry)
          : html`<p class="alert" role="alert">${t('editor.unknownKey', { key: this.key })}</p>`,
    });
  }

  private renderEntry(entry: Entry) {
    const { t } = this.l10n;
    return html`<h2><code>${entry.key}</code></h2>
      <p>
        <span class="badge">${t(`status.${entry.status}`)}</span>
        ${entry.outdated ? html`<span class="badge">${t('editor.outdated')}</span>` : nothing}
      </p>
      <piazza-translation-entry-form .entry=${entry}></piazza-translation-entry-form>
      <div class="aids">
        <section aria-labelledby="context">${this.renderContext(entry)}</section>
        <section aria-labelledby="suggestions">${this.renderSuggestions()}</section>
        <section aria-labelledby="glossary">${this.renderGlossary(entry)}</section>
      </div>
      <piazza-translation-history .entry=${entry}></piazza-translation-history>`;
  }

  private renderContext(entry: Entry) {
    const { t } = this.l10n;
    return html`<h3 id="context">${t('editor.context.title')}</h3>
      <dl>
        <dt>${t('editor.context.namespace')}</dt>
        <dd>${namespaceLabel(entry.namespace, t)}</dd>
        <dt>${t('editor.context.description')}</dt>
        <dd>
          ${entry.description ?? html`<span class="muted">${t('editor.context.none')}</span>`}
        </dd>
        <dt>${t('editor.context.maxLength')}</dt>
        <dd>
          ${
            entry.maxLength === null
              ? html`<span class="muted">${t('editor.context.noLimit')}</span>`
              : t('editor.context.characters', { count: entry.maxLength })
          }
        </dd>
        <dt>${t('editor.context.usages')}</dt>
        <dd>
          ${
            entry.usages.length === 0
              ? html`<span class="muted">${t('editor.context.none')}</span>`
              : html`<ul>
                  ${entry.usages.map((usage) => html`<li><code>${usage}</code></li>`)}
                </ul>`
          }
        </dd>
      </dl>`;
  }

  private renderSuggestions() {
    const { t } = this.l10n;
    return html`<h3 id="suggestions">${t('editor.suggestions.title')}</h3>
      ${this.suggestions.render({
        pending: () => html`<p class="muted">${t('editor.suggestions.loading')}</p>`,
        error: (error) => html`<p class="alert">${t(errorMessageKey(error))}</p>`,
        complete: ({ translationSuggestions }) =>
          translationSuggestions.length === 0
            ? html`<p class="muted">${t('editor.suggestions.none')}</p>`
            : html`<ul>
                ${translationSuggestions.map((suggestion) => this.renderSuggestion(suggestion))}
              </ul>`,
      })}`;
  }

  private renderSuggestion(suggestion: Suggestion) {
    const { t, language } = this.l10n;
    const similarity = new Intl.NumberFormat(language, { style: 'percent' }).format(
      suggestion.similarity,
    );
    const text = suggestion.forms.map((form) => form.value).join(' / ');
    return html`<li>
      <p lang=${this.locale}>${text}</p>
      <p class="muted">
        ${t('editor.suggestions.from', { key: `${suggestion.namespace}:${suggestion.key}`, similarity })}
      </p>
      <button class="piazza-button" @click=${() => this.form?.useTexts(suggestion.forms)}>
        ${t('editor.suggestions.use')}<span class="visually-hidden">: ${text}</span>
      </button>
    </li>`;
  }

  private renderGlossary(entry: Entry) {
    const { t } = this.l10n;
    return html`<h3 id="glossary">${t('editor.glossary.title')}</h3>
      ${
        entry.glossaryHits.length === 0
          ? html`<p class="muted">${t('editor.glossary.none')}</p>`
          : html`<ul>
              ${entry.glossaryHits.map((hit) =>
                hit.forbidden
                  ? html`<li class="forbidden">
                      ${t('editor.glossary.forbidden', { term: hit.term, instead: hit.translation })}
                    </li>`
                  : html`<li>
                      ${t('editor.glossary.approved', { term: hit.term, translation: hit.translation })}
                      ${hit.note ? html`<span class="muted">${hit.note}</span>` : nothing}
                    </li>`,
              )}
            </ul>`
      }`;
  }
}

defineElement('piazza-translation-entry-panel', PiazzaTranslationEntryPanel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-entry-panel': PiazzaTranslationEntryPanel;
  }
}
