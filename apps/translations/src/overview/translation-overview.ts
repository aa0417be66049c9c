import { LitElement, css, html } from 'lit';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  defineElement,
  errorMessageKey,
  followInPortal,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { dataTableStyles, screenStyles } from '@piazza/shared/screens';
import { editorPath, type FilterParam } from '../translations-routes.js';
import { namespaceLabel } from '../ui/labels.js';
import { byLocale, translatedShare, type Completion } from './completion.js';
import { TranslationOverviewDocument } from './translation-overview.generated.js';

/** The counts of a row that link to the editor narrowed to them. */
const COUNTS = [
  { field: 'missing', filter: 'missing' },
  { field: 'outdated', filter: 'outdated' },
  { field: 'unreviewed', filter: 'review' },
] as const satisfies readonly { field: keyof Completion; filter: FilterParam }[];

/**
 * How far each namespace is translated in each locale the person may translate (the server
 * decides which): the share translated as a bar and in words, and the strings missing,
 * outdated and not yet reviewed, each opening the editor on them.
 */
export class PiazzaTranslationOverview extends LitElement {
  static override styles = [
    screenStyles,
    dataTableStyles,
    css`
      .bar {
        display: block;
        inline-size: 100%;
        max-inline-size: 12rem;
        block-size: 0.5rem;
        margin-block-start: var(--piazza-space-xs);
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-surface-sunken);
        overflow: hidden;
      }
      .bar span {
        display: block;
        block-size: 100%;
        background: var(--piazza-color-primary);
      }
      caption {
        padding: var(--piazza-space-m);
        font-size: var(--piazza-font-size-title);
        font-weight: 600;
        text-align: start;
      }
      section + section {
        margin-block-start: var(--piazza-space-xl);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;

  private readonly l10n = new LocalizeController(this, 'translations');
  private readonly overview = new QueryController(this, {
    query: TranslationOverviewDocument,
    client: () => this.portal?.client,
    variables: () => ({}),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('overview.title')}</h1>
      ${this.overview.render({
        pending: () => html`<p role="status">${t('overview.loading')}</p>`,
        error: (error) => html`<p class="alert" role="alert">${t(errorMessageKey(error))}</p>`,
        complete: ({ translationOverview }) =>
          translationOverview.length === 0
            ? html`<p>${t('overview.empty')}</p>`
            : [...byLocale(translationOverview)].map(([locale, rows]) =>
                this.renderLocale(locale, rows),
              ),
      })}`;
  }

  private renderLocale(locale: string, rows: readonly Completion[]) {
    const { t, language } = this.l10n;
    return html`<section>
      <table>
        <caption>
          ${languageName(locale, language)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('overview.columns.namespace')}</th>
            <th scope="col">${t('overview.columns.translated')}</th>
            ${COUNTS.map(({ field }) => html`<th scope="col">${t(`overview.columns.${field}`)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map((row) => this.renderRow(row))}
        </tbody>
      </table>
    </section>`;
  }

  private renderRow(row: Completion) {
    const { t, language } = this.l10n;
    const share = translatedShare(row);
    const percent = new Intl.NumberFormat(language, { style: 'percent' }).format(
      Math.floor(share * 100) / 100,
    );
    return html`<tr>
      <th scope="row">
        ${this.link(editorPath(row.locale, row.namespace), namespaceLabel(row.namespace, t))}
      </th>
      <td data-label=${t('overview.columns.translated')}>
        ${t('overview.translated', { percent, translated: row.translated, total: row.total })}
        <span class="bar" aria-hidden="true"
          ><span style="inline-size: ${share * 100}%"></span
        ></span>
      </td>
      ${COUNTS.map(
        ({ field, filter }) =>
          html`<td data-label=${t(`overview.columns.${field}`)}>
            ${
              row[field] === 0
                ? html`<span class="muted">0</span>`
                : this.link(
                    editorPath(row.locale, row.namespace, { filter }),
                    String(row[field]),
                    t(`overview.open.${field}`, {
                      count: row[field],
                      namespace: namespaceLabel(row.namespace, t),
                    }),
                  )
            }
          </td>`,
      )}
    </tr>`;
  }

  private link(path: string, text: string, label?: string) {
    return html`<a
      class="target-link"
      href=${this.portal?.href(path) ?? path}
      aria-label=${label ?? text}
      @click=${(event: MouseEvent) => this.portal && followInPortal(event, this.portal, path)}
      >${text}</a
    >`;
  }
}

defineElement('piazza-translation-overview', PiazzaTranslationOverview);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-translation-overview': PiazzaTranslationOverview;
  }
}
