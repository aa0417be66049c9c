import {
  fieldErrorsOf,
  messageFor,
  type FieldError,
  fieldStyles,
  screenStyles,
} from '@piazza/shared/screens';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
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
import type { ArticleCategory } from '@piazza/shared/graphql';
import type { EditorCommunityFieldsFragment } from '../editor-community.fragment.generated.js';
import { APP_ROUTE, articlePath } from '../newsroom-routes.js';
import { categoryOptions } from '../ui/labels.js';
import { PORTAL_LOCALES } from '../ui/locales.js';
import '../version-form/version-form.js';
import type { VersionValues } from '../version-form/version-form.js';
import { CreateArticleDocument, NewArticleCommunitiesDocument } from './new-article.generated.js';

/**
 * A new article: the community it is written for (preselected when the editor has one),
 * its original language (the community country's, unless chosen otherwise), its category,
 * and its first version. Once created it opens in the article editor for translations, target and
 * publication.
 */
export class PiazzaNewsroomNewArticle extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    css`
      :host {
        max-inline-size: var(--piazza-reading-width);
      }
      .setup {
        display: grid;
        gap: var(--piazza-space-m);
        margin-block-end: var(--piazza-space-l);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @state() private communityId = '';
  @state() private locale = '';
  /** What the article is about; the server's default until the editor chooses. */
  @state() private category: ArticleCategory = 'COMPANY';
  @state() private errors: FieldError[] = [];

  private readonly l10n = new LocalizeController(this, 'newsroom');
  private readonly communities = new QueryController(this, {
    query: NewArticleCommunitiesDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const communities = this.communities.data?.editorCommunities ?? [];
    if (!this.communityId && communities.length > 0) {
      this.communityId = communities[0]!.id;
      this.locale ||= communities[0]!.country.locale;
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
      <h1>${t('create.title')}</h1>
      ${this.communities.render({
        pending: () =>
          html`<div role="status" aria-busy="true" aria-label=${t('create.loading')}>
            <div class="skeleton"></div>
          </div>`,
        complete: ({ editorCommunities }) =>
          editorCommunities.length === 0
            ? html`<p class="status">${t('create.noCommunity')}</p>`
            : this.renderForm(editorCommunities),
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('create.errorTitle')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => this.communities.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private renderForm(communities: readonly EditorCommunityFieldsFragment[]) {
    const { t, language } = this.l10n;
    const communityError = messageFor(t, this.errors, 'communityId');
    const localeError = messageFor(t, this.errors, 'locale');
    const only = communities.length === 1 ? communities[0] : undefined;
    return html`<div class="setup">
        ${
          only
            ? html`<p><strong>${t('create.community')}</strong>: ${only.name}</p>`
            : html`<div class="field">
                <label for="community">${t('create.community')}</label>
                <select
                  id="community"
                  aria-invalid=${communityError ? 'true' : 'false'}
                  aria-describedby=${communityError ? 'community-error' : nothing}
                  @change=${this.chooseCommunity}
                >
                  ${communities.map(
                    (community) =>
                      html`<option
                        value=${community.id}
                        ?selected=${community.id === this.communityId}
                      >
                        ${community.name}
                      </option>`,
                  )}
                </select>
                ${
                  communityError
                    ? html`<p id="community-error" class="field-error">${communityError}</p>`
                    : nothing
                }
              </div>`
        }
        <div class="field">
          <label for="locale">${t('create.language')}</label>
          <select
            id="locale"
            aria-describedby=${localeError ? 'locale-hint locale-error' : 'locale-hint'}
            aria-invalid=${localeError ? 'true' : 'false'}
            @change=${(event: Event) => (this.locale = (event.target as HTMLSelectElement).value)}
          >
            ${PORTAL_LOCALES.map(
              (locale) =>
                html`<option value=${locale} ?selected=${locale === this.locale}>
                  ${languageName(locale, language)}
                </option>`,
            )}
          </select>
          <p id="locale-hint" class="hint">${t('create.languageHint')}</p>
          ${localeError ? html`<p id="locale-error" class="field-error">${localeError}</p>` : nothing}
        </div>
        <div class="field">
          <label for="category">${t('topics.category')}</label>
          <select
            id="category"
            aria-describedby="category-hint"
            @change=${(event: Event) =>
              (this.category = (event.target as HTMLSelectElement).value as ArticleCategory)}
          >
            ${categoryOptions(t, this.category)}
          </select>
          <p id="category-hint" class="hint">${t('create.categoryHint')}</p>
        </div>
      </div>
      <piazza-newsroom-version-form
        locale=${this.locale}
        save-label=${t('create.submit')}
        .save=${this.create}
      ></piazza-newsroom-version-form>`;
  }

  private chooseCommunity(event: Event): void {
    const id = (event.target as HTMLSelectElement).value;
    const before = this.communities.data?.editorCommunities.find((c) => c.id === this.communityId);
    const after = this.communities.data?.editorCommunities.find((c) => c.id === id);
    // The language follows the community unless the editor chose another one.
    if (before && after && this.locale === before.country.locale) {
      this.locale = after.country.locale;
    }
    this.communityId = id;
  }

  private readonly create = async (values: VersionValues): Promise<void> => {
    const client = this.portal?.client;
    if (!client) return;
    this.errors = [];
    try {
      const { data } = await client.mutate({
        mutation: CreateArticleDocument,
        variables: {
          input: {
            communityId: this.communityId,
            category: this.category,
            version: { locale: this.locale, ...values, imageAlt: values.imageAlt || null },
          },
        },
        // Every list that could hold the new draft asks the server again.
        update: (cache) => {
          cache.evict({ fieldName: 'editorialArticles' });
          cache.gc();
        },
      });
      if (data) this.portal?.navigate(articlePath(data.createArticle.id));
    } catch (error) {
      this.errors = fieldErrorsOf(error);
      throw error;
    }
  };
}

defineElement('piazza-newsroom-new-article', PiazzaNewsroomNewArticle);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-newsroom-new-article': PiazzaNewsroomNewArticle;
  }
}
