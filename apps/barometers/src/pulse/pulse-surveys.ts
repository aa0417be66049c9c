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
  formatDeadline,
  languageName,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { dataTableStyles, screenStyles } from '@piazza/shared/screens';
import { APP_ROUTE } from '../barometers-routes.js';
import {
  PulseSurveysDocument,
  type PulseSurveysQuery,
  type PulseSurveysQueryVariables,
  type PulseSurveySummaryFragment,
} from './pulse-surveys.generated.js';

/** The surveys a page shows: a manager's recent ones, older ones on asking. */
const PAGE_SIZE = 20;

export const surveyPath = (id: string) => `${APP_ROUTE}/pulse/${encodeURIComponent(id)}`;

/** "7 / 40 (18 %)": responses of the audience, and their share when there is an audience. */
export function responseRate(
  survey: Pick<PulseSurveySummaryFragment, 'responseCount' | 'audienceSize'>,
  locale: string,
): string {
  const count = new Intl.NumberFormat(locale);
  const counts = `${count.format(survey.responseCount)} / ${count.format(survey.audienceSize)}`;
  if (survey.audienceSize === 0) return counts;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return `${counts} (${percent.format(survey.responseCount / survey.audienceSize)})`;
}

/**
 * The pulse surveys the person manages, newest first: status, response rate and closing
 * date; each opens its editor (a draft) or its results, and "New survey" starts one.
 */
export class PiazzaPulseSurveys extends LitElement {
  static override styles = [
    screenStyles,
    dataTableStyles,
    buttonStyles,
    css`
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-m);
        justify-content: space-between;
        align-items: center;
        margin-block-end: var(--piazza-space-m);
      }
    `,
  ];

  @consume({ context: portalContext, subscribe: true }) portal?: PortalContext;
  @property({ attribute: false }) search = new URLSearchParams();

  private readonly l10n = new LocalizeController(this, 'barometers');
  private readonly surveys = new QueryController(this, {
    query: PulseSurveysDocument,
    client: () => this.portal?.client,
    variables: (): PulseSurveysQueryVariables => ({ first: PAGE_SIZE }),
    fetchPolicy: 'cache-and-network',
  });

  override render() {
    const { t } = this.l10n;
    const newPath = `${APP_ROUTE}/pulse/new`;
    return html`<div class="toolbar">
        <h1>${t('pulse.title')}</h1>
        <a
          class="piazza-button piazza-button--primary"
          href=${this.portal?.href(newPath) ?? ''}
          @click=${(event: MouseEvent) => followInPortal(event, this.portal, newPath)}
          >${t('pulse.new')}</a
        >
      </div>
      <p class="muted">${t('pulse.intro')}</p>
      ${this.surveys.render({
        pending: () => html`<div class="skeleton" aria-busy="true"></div>`,
        complete: ({ pulseSurveys }) =>
          html`${this.renderSurveys(pulseSurveys.edges.map((edge) => edge.node))}
          ${this.renderMore(pulseSurveys.pageInfo)}`,
        error: (error) =>
          html`<piazza-error-panel
            heading=${t('pulse.loadFailed')}
            message=${t(errorMessageKey(error))}
            retry-label=${t('common:actions.retry')}
            @piazza-retry=${() => void this.surveys.refetch()}
          ></piazza-error-panel>`,
      })}`;
  }

  private renderSurveys(surveys: readonly PulseSurveySummaryFragment[]) {
    const { t, language } = this.l10n;
    if (surveys.length === 0) return html`<p>${t('pulse.empty')}</p>`;
    return html`<table>
      <caption class="visually-hidden">
        ${t('pulse.title')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('pulse.columns.title')}</th>
          <th scope="col">${t('pulse.columns.status')}</th>
          <th scope="col">${t('pulse.columns.responses')}</th>
          <th scope="col">${t('pulse.columns.closesAt')}</th>
          <th scope="col">${t('pulse.columns.author')}</th>
        </tr>
      </thead>
      <tbody>
        ${surveys.map(
          (survey) =>
            html`<tr>
              <th scope="row">
                <a
                  class="target-link"
                  lang=${survey.locale}
                  href=${this.portal?.href(surveyPath(survey.id)) ?? ''}
                  @click=${(event: MouseEvent) =>
                    followInPortal(event, this.portal, surveyPath(survey.id))}
                  >${survey.title}</a
                >
                <span class="muted">${languageName(survey.locale, language)}</span>
              </th>
              <td data-label=${t('pulse.columns.status')}>
                <span class="badge">${t(`pulse.status.${survey.status}`)}</span>
              </td>
              <td data-label=${t('pulse.columns.responses')}>${responseRate(survey, language)}</td>
              <td data-label=${t('pulse.columns.closesAt')}>
                ${survey.closesAt ? formatDeadline(survey.closesAt, language) : '–'}
              </td>
              <td data-label=${t('pulse.columns.author')}>${survey.author.displayName}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderMore(pageInfo: PulseSurveysQuery['pulseSurveys']['pageInfo']) {
    const { t } = this.l10n;
    if (!pageInfo.hasNextPage) return nothing;
    return html`<div class="more">
      ${this.surveys.moreFailed ? html`<p role="alert">${t('pulse.moreFailed')}</p>` : nothing}
      <button
        class="piazza-button"
        ?disabled=${this.surveys.loadingMore}
        @click=${() => this.surveys.fetchMore({ after: pageInfo.endCursor })}
      >
        ${this.surveys.loadingMore ? t('pulse.loadingMore') : t('pulse.loadMore')}
      </button>
    </div>`;
  }
}

defineElement('piazza-pulse-surveys', PiazzaPulseSurveys);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-pulse-surveys': PiazzaPulseSurveys;
  }
}
