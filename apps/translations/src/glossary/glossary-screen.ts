import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
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
} from '@piazza/shared';
import { dataTableStyles, fieldStyles, screenStyles } from '@piazza/shared/screens';
import { canReview } from '../review/can-review.js';
import {
  DeleteGlossaryTermDocument,
  GlossaryBrandsDocument,
  GlossaryDocument,
  type GlossaryTermFieldsFragment,
} from './glossary-screen.generated.js';
import './glossary-term-form.js';

type Term = GlossaryTermFieldsFragment;

/**
 * A brand's glossary in a locale: the approved translations of its terms and the terms not
 * to use. Everyone who translates reads it; reviewers and admins add, change and delete
 * terms, and admins pick the brand (others see their own).
 */
export class PiazzaGlossary extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    fieldStyles,
    dataTableStyles,
    css`
      table {
        margin-block-end: var(--piazza-space-l);
      }
      th,
      td {
        overflow-wrap: anywhere;
      }
      .brand {
        max-inline-size: 20rem;
        margin-block-end: var(--piazza-space-m);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property() locale = '';
  /** The brand an admin picked; undefined: the caller's. */
  @state() private brandId: string | undefined;
  @state() private editing: Term | undefined;
  /** The term whose deletion waits for a second press. */
  @state() private confirming: string | undefined;
  @state() private deleteError: string | undefined;

  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly brands = new QueryController(this, {
    query: GlossaryBrandsDocument,
    client: () => this.portal?.client,
    variables: () => ({ admin: this.portal?.session.roles.includes('ADMIN') ?? false }),
  });
  private readonly terms = new QueryController(this, {
    query: GlossaryDocument,
    client: () => this.portal?.client,
    variables: () => ({ locale: this.locale, brandId: this.brandId ?? null }),
    fetchPolicy: 'cache-and-network',
  });

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.editing = undefined;
  }

  override render() {
    const { t, language } = this.l10n;
    return html`<h1>${t('glossary.title', { language: languageName(this.locale, language) })}</h1>
      ${this.renderBrandPicker()}
      ${this.terms.render({
        pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
        complete: ({ glossary }) => this.renderTerms(glossary),
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('glossary.loadFailed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.terms.refetch()}
          ></piazza-error-panel>`,
      })}
      ${canReview(this.portal?.session) ? this.renderForm() : nothing}`;
  }

  /** The caller's brand, first; for admins every brand of the network too. */
  private brandOptions(): { id: string; name: string }[] {
    const data = this.brands.data;
    const brands = new Map<string, string>();
    if (data?.me) brands.set(data.me.brand.id, data.me.brand.name);
    for (const { brand } of data?.editorCommunities ?? []) brands.set(brand.id, brand.name);
    return [...brands].map(([id, name]) => ({ id, name }));
  }

  private renderBrandPicker() {
    const options = this.brandOptions();
    if (options.length < 2) return nothing;
    const chosen = this.brandId ?? options[0]!.id;
    return html`<div class="field brand">
      <label for="brand">${this.l10n.t('glossary.brand')}</label>
      <select
        id="brand"
        @change=${(event: Event) => {
          this.brandId = (event.target as HTMLSelectElement).value;
          this.editing = undefined;
        }}
      >
        ${options.map(
          (brand) =>
            html`<option value=${brand.id} ?selected=${brand.id === chosen}>${brand.name}</option>`,
        )}
      </select>
    </div>`;
  }

  private renderTerms(terms: readonly Term[]) {
    const { t } = this.l10n;
    if (terms.length === 0) return html`<p>${t('glossary.empty')}</p>`;
    const reviewer = canReview(this.portal?.session);
    return html`<div role="alert">
        ${this.deleteError ? html`<p class="alert">${t(this.deleteError)}</p>` : nothing}
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('glossary.fields.term')}</th>
            <th scope="col">${t('glossary.fields.translation')}</th>
            <th scope="col">${t('glossary.fields.note')}</th>
            ${reviewer ? html`<th scope="col">${t('glossary.actions')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${terms.map((term) => this.renderTerm(term, reviewer))}
        </tbody>
      </table>`;
  }

  private renderTerm(term: Term, reviewer: boolean) {
    const { t } = this.l10n;
    return html`<tr>
      <th scope="row" lang=${term.forbidden ? this.locale : 'en'}>
        ${term.term}
        ${
          term.forbidden
            ? html`<span class="badge badge--warning">${t('glossary.forbidden')}</span>`
            : nothing
        }
      </th>
      <td data-label=${t('glossary.fields.translation')} lang=${this.locale}>
        ${term.translation}
      </td>
      <td data-label=${t('glossary.fields.note')}>${term.note ?? ''}</td>
      ${
        reviewer
          ? html`<td class="actions">
              <button
                class="piazza-button"
                aria-label=${t('glossary.editTerm', { term: term.term })}
                @click=${() => {
                  this.editing = term;
                  this.confirming = undefined;
                }}
              >
                ${t('glossary.edit')}
              </button>
              <button
                class="piazza-button"
                aria-label=${
                  this.confirming === term.id
                    ? t('glossary.confirmDelete', { term: term.term })
                    : t('glossary.deleteTerm', { term: term.term })
                }
                @click=${() => void this.deleteTerm(term)}
              >
                ${this.confirming === term.id ? t('glossary.confirm') : t('glossary.delete')}
              </button>
            </td>`
          : nothing
      }
    </tr>`;
  }

  private renderForm() {
    const options = this.brandOptions();
    return html`<piazza-glossary-term-form
      locale=${this.locale}
      .brandId=${this.brandId ?? options[0]?.id}
      .term=${this.editing}
      @piazza-glossary-form-done=${() => {
        this.editing = undefined;
      }}
    ></piazza-glossary-term-form>`;
  }

  /** The first press asks to confirm; the second deletes. */
  private async deleteTerm(term: Term): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined) return;
    if (this.confirming !== term.id) {
      this.confirming = term.id;
      return;
    }
    this.confirming = undefined;
    this.deleteError = undefined;
    try {
      await client.mutate({
        mutation: DeleteGlossaryTermDocument,
        variables: { id: term.id },
        refetchQueries: [GlossaryDocument],
        awaitRefetchQueries: true,
      });
      if (this.editing?.id === term.id) this.editing = undefined;
    } catch (error) {
      this.deleteError = errorMessageKey(error);
    }
  }
}

defineElement('piazza-glossary', PiazzaGlossary);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-glossary': PiazzaGlossary;
  }
}
