import { fieldStyles, screenStyles } from '@piazza/shared/screens';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  languageName,
  portalContext,
  type PortalContext,
  followInPortal,
} from '@piazza/shared';
import type { EditorialArticleFieldsFragment } from '../editorial-article.fragment.generated.js';
import { APP_ROUTE } from '../newsroom-routes.js';
import { saveFailedMessage } from '../ui/field-errors.js';
import { PORTAL_LOCALES } from '../ui/locales.js';
import '../attachments-panel/attachments-panel.js';
import '../live-stream-panel/live-stream-panel.js';
import '../pin-panel/pin-panel.js';
import '../target-panel/target-panel.js';
import '../topics-panel/topics-panel.js';
import '../video-panel/video-panel.js';
import '../version-form/version-form.js';
import type { VersionValues } from '../version-form/version-form.js';
import '../workflow/workflow-bar.js';
import {
  DeleteArticleVersionDocument,
  EditorialArticleDocument,
  SaveArticleVersionDocument,
} from './article-editor.generated.js';
import { articleEditorStyles } from './article-editor.styles.js';

type Version = EditorialArticleFieldsFragment['versions'][number];

/**
 * An article for its editors: the workflow on top, then the language versions side by
 * side (the original on the left, a translation on the right; stacked on a phone), with
 * a version to add for another language and translations to delete, then who it is for,
 * then what it is about, whether it is pinned to the top of the feed, the live stream it
 * announces, the video it shows and its attachments, each panel saved on its own.
 */
export class PiazzaNewsroomArticleEditor extends LitElement {
  static override styles = [buttonStyles, screenStyles, fieldStyles, articleEditorStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'article-id' }) articleId = '';

  /** The translation shown on the right; a language without a version yet is a new one. */
  @state() private translation = '';
  @state() private confirmingDelete = false;
  @state() private deleteFailure = '';

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly query = new QueryController(this, {
    query: EditorialArticleDocument,
    client: () => this.portal?.client,
    variables: () => ({ id: this.articleId }),
    fetchPolicy: 'cache-and-network',
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const article = this.query.data?.editorialArticle;
    if (article && !this.translation) {
      this.translation = translationsOf(article)[0]?.locale ?? '';
    }
  }

  override render() {
    const { t } = this.l10n;
    return html`<a
        class="target-link"
        href=${this.portal?.href(APP_ROUTE) ?? ''}
        @click=${(event: MouseEvent) => followInPortal(event, this.portal, APP_ROUTE)}
        >← ${t('editor.back')}</a
      >
      ${this.query.render({
        pending: () =>
          html`<div role="status" aria-busy="true" aria-label=${t('editor.loading')}>
            <div class="skeleton"></div>
            <div class="skeleton"></div>
          </div>`,
        complete: ({ editorialArticle, editorCommunities }) =>
          html`${this.renderHeading(editorialArticle)}
            <piazza-newsroom-workflow-bar
              .article=${editorialArticle}
            ></piazza-newsroom-workflow-bar>
            ${this.renderVersions(editorialArticle)}
            <piazza-newsroom-target-panel
              .article=${editorialArticle}
              .communities=${editorCommunities}
            ></piazza-newsroom-target-panel>
            <div class="panels">
              <piazza-newsroom-topics-panel
                .article=${editorialArticle}
              ></piazza-newsroom-topics-panel>
              <piazza-newsroom-pin-panel .article=${editorialArticle}></piazza-newsroom-pin-panel>
              <piazza-newsroom-live-stream-panel
                .article=${editorialArticle}
              ></piazza-newsroom-live-stream-panel>
              <piazza-newsroom-video-panel
                .article=${editorialArticle}
              ></piazza-newsroom-video-panel>
              <piazza-newsroom-attachments-panel
                .article=${editorialArticle}
              ></piazza-newsroom-attachments-panel>
            </div>`,
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('editor.errorTitle')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => this.query.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private renderHeading(article: EditorialArticleFieldsFragment) {
    const { t } = this.l10n;
    const original = article.versions.find((v) => v.locale === article.originalLocale);
    return html`<div class="heading">
      <h1 lang=${article.originalLocale}>${original?.title || t('list.untitled')}</h1>
      <span class="badge badge--strong">${t(`status.${article.status}`)}</span>
    </div>`;
  }

  private renderVersions(article: EditorialArticleFieldsFragment) {
    const { t, language } = this.l10n;
    const original = article.versions.find((v) => v.locale === article.originalLocale);
    return html`<section aria-labelledby="versions-heading">
      <h2 id="versions-heading">${t('editor.versions')}</h2>
      <div class="versions">
        <section class="card version" aria-labelledby="original-heading">
          <h3 id="original-heading">
            ${t('editor.original', { language: languageName(article.originalLocale, language) })}
          </h3>
          ${this.versionForm(article, article.originalLocale, original)}
        </section>
        ${this.renderTranslation(article)}
      </div>
    </section>`;
  }

  private renderTranslation(article: EditorialArticleFieldsFragment) {
    const { t, language } = this.l10n;
    const translations = translationsOf(article);
    const locale = this.translation;
    const version = article.versions.find((v) => v.locale === locale);
    const missing = PORTAL_LOCALES.filter(
      (code) => !article.versions.some((v) => v.locale === code),
    );
    const name = (code: string) => languageName(code, language);
    return html`<section class="card version" aria-labelledby="translation-heading">
      <h3 id="translation-heading">${t('editor.translation')}</h3>
      <div class="pickers">
        <div class="field">
          <label for="translation">${t('editor.showTranslation')}</label>
          <select id="translation" @change=${this.choose}>
            ${locale && !version ? html`<option value=${locale} selected>${t('editor.newVersion', { language: name(locale) })}</option>` : nothing}
            ${
              translations.length === 0 && !locale
                ? html`<option value="" selected>${t('editor.noTranslation')}</option>`
                : nothing
            }
            ${translations.map(
              (v) =>
                html`<option value=${v.locale} ?selected=${v.locale === locale}>
                  ${v.outdated ? t('editor.outdatedOption', { language: name(v.locale) }) : name(v.locale)}
                </option>`,
            )}
          </select>
        </div>
        ${
          missing.length > 0
            ? html`<div class="field">
                <label for="add">${t('editor.addLanguage')}</label>
                <select id="add" @change=${this.choose}>
                  <option value="" selected>${t('editor.chooseLanguage')}</option>
                  ${missing.map((code) => html`<option value=${code}>${name(code)}</option>`)}
                </select>
              </div>`
            : nothing
        }
      </div>
      ${locale ? this.renderTranslationForm(article, locale, version) : html`<p class="muted">${t('editor.noTranslationHint')}</p>`}
    </section>`;
  }

  private renderTranslationForm(
    article: EditorialArticleFieldsFragment,
    locale: string,
    version: Version | undefined,
  ) {
    const { t, language } = this.l10n;
    const name = languageName(locale, language);
    return html`${
      version?.outdated
        ? html`<p class="outdated" role="note">
            <span class="badge badge--warning">${t('editor.outdated')}</span>
            ${t('editor.outdatedHint', { language: name })}
          </p>`
        : nothing
    }
    ${this.versionForm(article, locale, version)}
    ${version ? this.renderDelete(article, locale) : nothing}`;
  }

  private renderDelete(article: EditorialArticleFieldsFragment, locale: string) {
    const { t, language } = this.l10n;
    const name = languageName(locale, language);
    if (!this.confirmingDelete) {
      return html`<div class="actions delete">
        <button class="piazza-button" @click=${() => (this.confirmingDelete = true)}>
          ${t('editor.delete', { language: name })}
        </button>
      </div>`;
    }
    return html`<div
      class="confirm"
      role="group"
      aria-label=${t('editor.delete', { language: name })}
    >
      <p>${t('editor.deleteConfirm', { language: name })}</p>
      <div role="alert">
        ${this.deleteFailure ? html`<p class="alert">${this.deleteFailure}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          class="piazza-button piazza-button--primary"
          @click=${() => this.deleteVersion(article.id, locale)}
        >
          ${t('editor.deleteYes')}
        </button>
        <button class="piazza-button" @click=${() => (this.confirmingDelete = false)}>
          ${t('workflow.cancel')}
        </button>
      </div>
    </div>`;
  }

  private versionForm(
    article: EditorialArticleFieldsFragment,
    locale: string,
    version: Version | undefined,
  ) {
    const { t, language } = this.l10n;
    return html`<piazza-newsroom-version-form
      locale=${locale}
      .version=${version}
      ?readonly=${article.status === 'ARCHIVED'}
      save-label=${t('editor.save', { language: languageName(locale, language) })}
      .save=${(values: VersionValues) => this.saveVersion(article.id, { locale, ...values })}
    ></piazza-newsroom-version-form>`;
  }

  private readonly choose = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (!select.value) return;
    this.translation = select.value;
    this.confirmingDelete = false;
    if (select.id === 'add') select.value = '';
  };

  private async saveVersion(id: string, version: VersionValues & { locale: string }) {
    await this.portal?.client.mutate({
      mutation: SaveArticleVersionDocument,
      variables: { id, version: { ...version, imageAlt: version.imageAlt || null } },
    });
  }

  private async deleteVersion(id: string, locale: string): Promise<void> {
    this.deleteFailure = '';
    try {
      const result = await this.portal?.client.mutate({
        mutation: DeleteArticleVersionDocument,
        variables: { id, locale },
      });
      this.confirmingDelete = false;
      const article = result?.data?.deleteArticleVersion;
      this.translation = article ? (translationsOf(article)[0]?.locale ?? '') : '';
    } catch (error) {
      this.deleteFailure = saveFailedMessage(this.l10n.t, error);
    }
  }
}

function translationsOf(article: EditorialArticleFieldsFragment): Version[] {
  return article.versions.filter((v) => v.locale !== article.originalLocale);
}

defineElement('piazza-newsroom-article-editor', PiazzaNewsroomArticleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-article-editor': PiazzaNewsroomArticleEditor;
  }
}
