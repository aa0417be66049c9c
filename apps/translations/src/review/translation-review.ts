import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  formatTimestamp,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import {
  fieldErrorMessage,
  fieldErrorsOf,
  fieldStyles,
  screenStyles,
} from '@piazza/shared/screens';
import { formTexts } from '../history/form-texts.js';
import { namespaceLabel } from '../ui/labels.js';
import { canReview } from './can-review.js';
import {
  PublishTranslationsDocument,
  ReviewTranslationDocument,
  TranslationReviewEntriesDocument,
  TranslationReviewNamespacesDocument,
  type PublishTranslationsMutation,
  type TranslationReviewFieldsFragment,
} from './translation-review.generated.js';

type Entry = TranslationReviewFieldsFragment;
type Release = PublishTranslationsMutation['publishTranslations'];

/** What the reviewer was told about one entry: a confirmation or why it was refused. */
interface EntryMessage {
  role: 'status' | 'alert';
  text: string;
  /** The field the refusal is about (`comment`), marked invalid. */
  field?: string;
}

/**
 * A locale's edits waiting for review, in every namespace: the English source, the
 * proposed text and what portals show now, side by side. A reviewer approves each or sends
 * it back with a comment, then publishes the approved ones as the locale's next release.
 */
export class PiazzaTranslationReview extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      ul {
        display: grid;
        gap: var(--piazza-space-l);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .texts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--piazza-space-m);
      }
      h2 {
        margin-block: 0 var(--piazza-space-s);
        overflow-wrap: anywhere;
      }
      h3 {
        margin-block: 0 var(--piazza-space-xs);
        font-size: inherit;
      }
      .forms {
        display: grid;
        gap: var(--piazza-space-xs);
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      .publish {
        margin-block: var(--piazza-space-l);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property() locale = '';
  /** The entries of every namespace with edits waiting, once loaded. */
  @state() private entries: Entry[] | undefined;
  @state() private loadError: unknown;
  /** The entry the server is answering for, so its buttons wait. */
  @state() private busyId: string | undefined;
  /** Comments typed to send an entry back, by entry id. */
  @state() private comments: Record<string, string> = {};
  @state() private messages: Record<string, EntryMessage> = {};
  @state() private publishing = false;
  @state() private release: Release | undefined;
  @state() private publishError: string | undefined;

  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly namespaces = new QueryController(this, {
    query: TranslationReviewNamespacesDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
    fetchPolicy: 'network-only',
  });
  /**
   * The locale and namespaces whose entries `entries` holds. They load again only when a
   * namespace starts waiting for review, not when one is done: what was reviewed on this
   * visit stays in view with what became of it until the locale is published.
   */
  private loaded: { locale: string; namespaces: ReadonlySet<string> } | undefined;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      this.release = undefined;
      this.publishError = undefined;
    }
    const waiting = this.namespaces.data?.translationOverview
      .filter((row) => row.locale === this.locale && row.unreviewed > 0)
      .map((row) => row.namespace);
    const loaded = this.loaded;
    const stale =
      loaded?.locale !== this.locale ||
      waiting?.some((namespace) => !loaded.namespaces.has(namespace));
    if (waiting && stale) {
      this.loaded = { locale: this.locale, namespaces: new Set(waiting) };
      void this.loadEntries(waiting);
    }
  }

  override render() {
    const { t, language } = this.l10n;
    return html`<h1>${t('review.title', { language: languageName(this.locale, language) })}</h1>
      ${this.renderPublish()}
      ${this.namespaces.render({
        pending: () => this.loading(),
        complete: () => (this.loadError ? this.failed(this.loadError) : this.renderEntries()),
        error: (error) => this.failed(error),
      })}`;
  }

  private loading() {
    return html`<ul aria-busy="true" aria-label=${this.l10n.t('review.loading')}>
      <li class="skeleton"></li>
      <li class="skeleton"></li>
    </ul>`;
  }

  private failed(error: unknown) {
    const { t } = this.l10n;
    return html`<piazza-error-panel
      heading=${t('review.loadFailed')}
      message=${t(errorMessageKey(error))}
      retry-label=${t('common:actions.retry')}
      @piazza-retry=${() => {
        this.loaded = undefined;
        this.loadError = undefined;
        void this.namespaces.refetch();
      }}
    ></piazza-error-panel>`;
  }

  private renderPublish() {
    const { t, language } = this.l10n;
    const approved = (this.namespaces.data?.translationOverview ?? [])
      .filter((row) => row.locale === this.locale)
      .reduce((sum, row) => sum + row.approved, 0);
    const release = this.release;
    return html`<div class="publish">
      <div role="status">
        ${
          release
            ? html`<p class="status">
                ${t('review.published', { count: release.published, release: release.release })}
                ${release.publishedAt ? formatTimestamp(release.publishedAt, language) : nothing}
              </p>`
            : nothing
        }
      </div>
      <div role="alert">
        ${this.publishError ? html`<p class="alert">${t(this.publishError)}</p>` : nothing}
      </div>
      ${
        canReview(this.portal?.session)
          ? html`<button
              class="piazza-button piazza-button--primary"
              ?disabled=${this.publishing}
              @click=${() => void this.publish()}
            >
              ${approved > 0 ? t('review.publishCount', { count: approved }) : t('review.publish')}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderEntries() {
    const { t } = this.l10n;
    if (this.entries === undefined) return this.loading();
    if (this.entries.length === 0) return html`<p>${t('review.empty')}</p>`;
    return html`<ul>
      ${this.entries.map((entry) => this.renderEntry(entry))}
    </ul>`;
  }

  private renderEntry(entry: Entry) {
    const { t, language } = this.l10n;
    const column = (
      heading: string,
      lang: string,
      text: (form: Entry['forms'][number]) => string | null,
    ) =>
      html`<div>
        <h3>${heading}</h3>
        ${formTexts(t, {
          forms: entry.forms.map((form) => ({ category: form.category, text: text(form) })),
          lang,
        })}
      </div>`;
    const message = this.messages[entry.id];
    return html`<li class="card" aria-labelledby="title-${entry.id}">
      <h2 id="title-${entry.id}">${namespaceLabel(entry.namespace, t)} · ${entry.key}</h2>
      <p class="muted">
        <span class="badge">${t(`status.${entry.status}`)}</span>
        ${entry.updatedBy?.displayName ?? ''}
        ${entry.updatedAt ? formatTimestamp(entry.updatedAt, language) : nothing}
      </p>
      <div class="texts">
        ${column(t('review.source'), 'en', (form) => form.source)}
        ${column(t('review.proposed'), this.locale, (form) => form.value)}
        ${column(t('review.current'), this.locale, (form) => form.publishedValue)}
      </div>
      <div role="status">
        ${message?.role === 'status' ? html`<p class="status">${message.text}</p>` : nothing}
      </div>
      <div role="alert" id="error-${entry.id}">
        ${message?.role === 'alert' ? html`<p class="alert">${message.text}</p>` : nothing}
      </div>
      ${
        entry.status === 'IN_REVIEW' && canReview(this.portal?.session)
          ? this.renderActions(entry)
          : nothing
      }
    </li>`;
  }

  private renderActions(entry: Entry) {
    const { t } = this.l10n;
    const id = `comment-${entry.id}`;
    const refused = this.messages[entry.id]?.field === 'comment';
    return html`<div class="field">
        <label for=${id}>${t('review.comment')}</label>
        <p class="hint" id="${id}-hint">${t('review.commentHint')}</p>
        <textarea
          id=${id}
          rows="2"
          .value=${this.comments[entry.id] ?? ''}
          aria-invalid=${refused ? 'true' : 'false'}
          aria-describedby="${id}-hint error-${entry.id}"
          @input=${(event: InputEvent) => {
            const text = (event.target as HTMLTextAreaElement).value;
            this.comments = { ...this.comments, [entry.id]: text };
          }}
        ></textarea>
      </div>
      <div class="actions">
        <button
          class="piazza-button piazza-button--primary"
          ?disabled=${this.busyId === entry.id}
          @click=${() => void this.review(entry, true)}
        >
          ${t('review.approve')}
        </button>
        <button
          class="piazza-button"
          ?disabled=${this.busyId === entry.id}
          @click=${() => void this.review(entry, false)}
        >
          ${t('review.sendBack')}
        </button>
      </div>`;
  }

  private async loadEntries(namespaces: readonly string[]): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined) return;
    const key = this.loaded;
    try {
      const pages = await Promise.all(
        namespaces.map((namespace) =>
          client.query({
            query: TranslationReviewEntriesDocument,
            variables: { locale: this.locale, namespace },
            fetchPolicy: 'network-only',
          }),
        ),
      );
      if (key !== this.loaded) return;
      // Drafts are the translators' still: only what was sent for review is shown.
      this.entries = pages.flatMap(({ data }) => data?.translationEntries.nodes ?? []);
      this.loadError = undefined;
    } catch (error) {
      if (key === this.loaded) this.loadError = error;
    }
  }

  private async review(entry: Entry, approve: boolean): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined || this.busyId !== undefined) return;
    const { t } = this.l10n;
    const comment = this.comments[entry.id]?.trim() ?? '';
    // A translator needs to know why: the comment is asked for before the server is.
    if (!approve && comment === '') {
      this.say(entry, {
        role: 'alert',
        text: t('review.errors.comment.REQUIRED'),
        field: 'comment',
      });
      this.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(entry.id)}`)?.focus();
      return;
    }
    this.busyId = entry.id;
    try {
      const { data } = await client.mutate({
        mutation: ReviewTranslationDocument,
        variables: {
          locale: entry.locale,
          namespace: entry.namespace,
          key: entry.key,
          approve,
          comment: approve ? null : comment,
        },
      });
      const reviewed = data?.reviewTranslation;
      if (reviewed) {
        this.entries = this.entries?.map((shown) => (shown.id === reviewed.id ? reviewed : shown));
      }
      this.say(entry, { role: 'status', text: t(approve ? 'review.approved' : 'review.sentBack') });
      // The publish button counts what the locale has approved, this visit or before.
      void this.namespaces.refetch();
    } catch (error) {
      const [refused] = fieldErrorsOf(error);
      this.say(entry, {
        role: 'alert',
        text: refused ? fieldErrorMessage(t, refused, 'review.errors') : t(errorMessageKey(error)),
        field: refused?.field,
      });
    } finally {
      this.busyId = undefined;
    }
  }

  private say(entry: Entry, message: EntryMessage): void {
    this.messages = { ...this.messages, [entry.id]: message };
  }

  private async publish(): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined || this.publishing) return;
    this.publishing = true;
    this.publishError = undefined;
    this.release = undefined;
    try {
      const { data } = await client.mutate({
        mutation: PublishTranslationsDocument,
        variables: { locale: this.locale },
      });
      this.release = data?.publishTranslations;
      // What was approved is published now: the list keeps only what still waits.
      this.entries = this.entries?.filter((entry) => entry.status !== 'APPROVED');
      this.messages = {};
      void this.namespaces.refetch();
    } catch (error) {
      this.publishError = errorMessageKey(error);
    } finally {
      this.publishing = false;
    }
  }
}

defineElement('piazza-translation-review', PiazzaTranslationReview);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-review': PiazzaTranslationReview;
  }
}
