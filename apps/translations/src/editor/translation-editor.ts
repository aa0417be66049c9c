import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  followInPortal,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import {
  FILTER_PARAMS,
  editorPath,
  filterOf,
  type EditorQuery,
  type FilterParam,
} from '../translations-routes.js';
import { namespaceLabel } from '../ui/labels.js';
import {
  TranslationEntriesDocument,
  type TranslationEntriesQuery,
  type TranslationEntriesQueryVariables,
} from './translation-editor.generated.js';
import type { PiazzaTranslationSavedEvent } from './entry-form.js';
import './translation-entry-panel.js';

type ListedEntry = TranslationEntriesQuery['translationEntries']['nodes'][number];

const PAGE_SIZE = 50;
const FILTERS = ['', ...Object.keys(FILTER_PARAMS)] as ('' | FilterParam)[];

/** An entry a translator still has to write: no text, or one made for an older source. */
const isUntranslated = (entry: ListedEntry) => entry.status === 'MISSING' || entry.outdated;

/**
 * A namespace's strings in a locale, filtered and searched from the address (so a view can
 * be shared), beside the opened one. Keyboard first: Alt+ArrowDown/Up opens the next or
 * previous string, Ctrl+Enter saves and opens the next one still to do.
 */
export class PiazzaTranslationEditor extends LitElement {
  static override styles = [
    screenStyles,
    fieldStyles,
    buttonStyles,
    css`
      /* The opened string comes first in reading order (and on a phone, on top). */
      .layout {
        display: grid;
        grid-template-columns: minmax(14rem, 1fr) 3fr;
        grid-template-areas: 'list entry';
        gap: var(--piazza-space-l);
        align-items: start;
      }
      .list {
        grid-area: list;
      }
      .entry {
        grid-area: entry;
      }
      @media (max-width: 56rem) {
        .layout {
          grid-template-columns: 1fr;
          grid-template-areas: 'entry' 'list';
        }
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
        align-items: end;
        margin-block-end: var(--piazza-space-m);
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
        max-block-size: 70vh;
        overflow-y: auto;
      }
      ol a {
        display: grid;
        padding: var(--piazza-space-s);
        border-radius: var(--piazza-radius);
        color: inherit;
        text-decoration: none;
        overflow-wrap: anywhere;
      }
      ol a[aria-current='true'] {
        outline: 2px solid var(--piazza-color-primary);
        background: var(--piazza-color-accent-surface);
      }
      .key {
        font-family: monospace;
        font-weight: 600;
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property() locale = '';
  @property() namespace = '';
  @property({ attribute: false }) query: EditorQuery = { filter: '', search: '', key: '' };

  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly entries = new QueryController(this, {
    query: TranslationEntriesDocument,
    client: () => this.portal?.client,
    variables: (): TranslationEntriesQueryVariables => ({
      locale: this.locale,
      namespace: this.namespace,
      filter: filterOf(this.query.filter),
      search: this.query.search || null,
      first: PAGE_SIZE,
    }),
    fetchPolicy: 'cache-and-network',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('piazza-translation-saved', this.onSaved);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('piazza-translation-saved', this.onSaved);
  }

  override render() {
    const { t, language } = this.l10n;
    return html`<h1>
        ${t('editor.title', {
          namespace: namespaceLabel(this.namespace, t),
          language: languageName(this.locale, language),
        })}
      </h1>
      <div class="layout">
        <div class="entry">${this.renderSelected()}</div>
        <div class="list">${this.renderFilters()} ${this.renderList()}</div>
      </div>`;
  }

  private renderFilters() {
    const { t } = this.l10n;
    return html`<form role="search" @submit=${this.onSearch}>
      <div class="field">
        <label for="filter">${t('editor.filter.label')}</label>
        <select id="filter" name="filter" @change=${this.onSearch}>
          ${FILTERS.map(
            (filter) =>
              html`<option value=${filter} ?selected=${filter === this.query.filter}>
                ${t(`editor.filter.${filter || 'all'}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="search">${t('editor.search')}</label>
        <input id="search" name="q" type="search" .value=${this.query.search} />
      </div>
      <button class="piazza-button">${t('editor.searchButton')}</button>
    </form>`;
  }

  private renderList() {
    const { t } = this.l10n;
    return this.entries.render({
      pending: () => html`<p role="status">${t('editor.loading')}</p>`,
      error: (error) => html`<p class="alert" role="alert">${t(errorMessageKey(error))}</p>`,
      complete: ({ translationEntries: { nodes, totalCount, pageInfo } }) =>
        html`<p class="muted" role="status">${t('editor.count', { count: totalCount })}</p>
          <button
            class="piazza-button"
            @click=${() => this.openNext(true)}
            aria-keyshortcuts="Control+Enter"
          >
            ${t('editor.nextUntranslated')}
          </button>
          <ol aria-label=${t('editor.listLabel')}>
            ${nodes.map((entry) => this.renderListed(entry))}
          </ol>
          ${
            pageInfo.hasNextPage
              ? html`<button
                  class="piazza-button"
                  ?disabled=${this.entries.loadingMore}
                  @click=${() => this.entries.fetchMore({ after: pageInfo.endCursor })}
                >
                  ${t('editor.more')}
                </button>`
              : nothing
          }
          ${
            this.entries.moreFailed
              ? html`<p class="alert" role="alert">${t('common:errors.network')}</p>`
              : nothing
          }`,
    });
  }

  private renderListed(entry: ListedEntry) {
    const { t } = this.l10n;
    const path = editorPath(this.locale, this.namespace, { ...this.query, key: entry.key });
    const text = entry.forms.find((form) => form.value)?.value;
    return html`<li>
      <a
        href=${this.portal?.href(path) ?? path}
        aria-current=${entry.key === this.selectedKey() ? 'true' : 'false'}
        @click=${(event: MouseEvent) => this.portal && followInPortal(event, this.portal, path)}
      >
        <span class="key">${entry.key}</span>
        <span lang=${text ? this.locale : 'en'} class=${text ? '' : 'muted'}
          >${text ?? entry.forms[0]?.source}</span
        >
        <span>
          <span class="badge">${t(`status.${entry.status}`)}</span>
          ${entry.outdated ? html`<span class="badge">${t('editor.outdated')}</span>` : nothing}
        </span>
      </a>
    </li>`;
  }

  private renderSelected() {
    const key = this.selectedKey();
    return key
      ? html`<piazza-translation-entry-panel
          locale=${this.locale}
          namespace=${this.namespace}
          key=${key}
        ></piazza-translation-entry-panel>`
      : nothing;
  }

  /** The entry the address names, else the list's first. */
  private selectedKey(): string | undefined {
    return this.query.key || this.entries.data?.translationEntries.nodes[0]?.key;
  }

  private open(key: string): void {
    this.portal?.navigate(editorPath(this.locale, this.namespace, { ...this.query, key }));
  }

  /** Opens the entry `step` places away in the list, if there is one. */
  private move(step: number): void {
    const nodes = this.entries.data?.translationEntries.nodes ?? [];
    const at = nodes.findIndex((entry) => entry.key === this.selectedKey());
    const next = nodes[at + step];
    if (next) this.open(next.key);
  }

  /**
   * Opens the next entry after the opened one: in a filtered list the next of the list,
   * otherwise the next still to translate (`untranslated`), from the top again at the end.
   */
  private openNext(untranslated: boolean): void {
    const nodes = this.entries.data?.translationEntries.nodes ?? [];
    const at = nodes.findIndex((entry) => entry.key === this.selectedKey());
    const after = [...nodes.slice(at + 1), ...nodes.slice(0, Math.max(at, 0))];
    const next = untranslated && !this.query.filter ? after.find(isUntranslated) : after[0];
    if (next) this.open(next.key);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    this.move(event.key === 'ArrowDown' ? 1 : -1);
  };

  private readonly onSaved = (event: PiazzaTranslationSavedEvent): void => {
    if (event.advance) this.openNext(true);
  };

  private readonly onSearch = (event: Event): void => {
    event.preventDefault();
    const form = (event.target as HTMLElement).closest('form')!;
    const data = new FormData(form);
    this.portal?.navigate(
      editorPath(this.locale, this.namespace, {
        filter: data.get('filter') as FilterParam | '',
        search: String(data.get('q') ?? '').trim(),
      }),
    );
  };
}

defineElement('piazza-translation-editor', PiazzaTranslationEditor);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-editor': PiazzaTranslationEditor;
  }
}
