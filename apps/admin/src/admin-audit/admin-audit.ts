import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { followLink, openRoute, routeHref } from '../admin-navigation.js';
import type { AuditFilterValues } from '../admin-route.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import { errorPanel, loadingRows } from '../ui/states.js';
import type { AuditFilter } from '@piazza/shared/graphql';
import {
  AdminAuditLogDocument,
  type AdminAuditLogQuery,
  type AdminAuditLogQueryVariables,
} from './admin-audit.generated.js';
import { AUDIT_ACTIONS } from './audit-table.js';
import './audit-retention.js';

const PAGE_SIZE = 25;
const NO_FILTER: AuditFilterValues = { action: '', actorId: '', targetId: '' };

/** The filter as the API takes it: only what is set; null for none. */
function apiFilter(filter: AuditFilterValues): AuditFilter | null {
  const set = Object.entries(filter).filter(([, value]) => value.trim() !== '');
  return set.length ? Object.fromEntries(set.map(([key, value]) => [key, value.trim()])) : null;
}

/** What admins and editors did, newest first, filtered by action, actor or target. */
export class PiazzaAdminAudit extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    formStyles,
    css`
      .filters {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        align-items: end;
        margin-block-end: var(--piazza-space-l);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The filter of the address bar (`?action=&actor=&target=`). */
  @property({ attribute: false }) filter: AuditFilterValues = NO_FILTER;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly log = new QueryController(this, {
    query: AdminAuditLogDocument,
    client: () => this.portal?.client,
    variables: (): AdminAuditLogQueryVariables => ({
      filter: apiFilter(this.filter),
      first: PAGE_SIZE,
    }),
  });

  override render() {
    const { t } = this.l10n;
    return html`<h1>${t('audit.title')}</h1>
      <p class="intro">${t('audit.intro')}</p>
      ${this.renderFilters()}
      <div aria-busy=${this.log.loading ? 'true' : 'false'}>
        ${this.log.render({
          pending: () => loadingRows(t('audit.loading')),
          complete: (data) => this.renderLog(data),
          error: (error) =>
            errorPanel({
              heading: t('audit.errorTitle'),
              error,
              t,
              retry: () => void this.log.refetch(),
            }),
        })}
      </div>`;
  }

  private renderFilters() {
    const { t } = this.l10n;
    const filtered = apiFilter(this.filter) !== null;
    const clear = { screen: 'audit', filter: NO_FILTER } as const;
    return html`<form class="filters" @submit=${this.applyFilter}>
      <div class="field">
        <label for="action">${t('audit.filter.action')}</label>
        <select id="action" name="action">
          <option value="" ?selected=${this.filter.action === ''}>
            ${t('audit.filter.anyAction')}
          </option>
          ${AUDIT_ACTIONS.map(
            (action) =>
              html`<option value=${action} ?selected=${this.filter.action === action}>
                ${t(`audit.actions.${action}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="actor">${t('audit.filter.actor')}</label>
        <input id="actor" name="actorId" autocomplete="off" .value=${this.filter.actorId} />
      </div>
      <div class="field">
        <label for="target">${t('audit.filter.target')}</label>
        <input id="target" name="targetId" autocomplete="off" .value=${this.filter.targetId} />
      </div>
      <div class="actions">
        <button class="piazza-button piazza-button--primary">${t('audit.filter.apply')}</button>
        ${
          filtered
            ? html`<a
                class="piazza-button"
                href=${routeHref(this.portal, clear)}
                @click=${(event: MouseEvent) => followLink(event, this.portal, clear)}
                >${t('audit.filter.clear')}</a
              >`
            : nothing
        }
      </div>
    </form>`;
  }

  private renderLog(data: AdminAuditLogQuery) {
    const { t } = this.l10n;
    const { edges, pageInfo, retentionDays } = data.auditLog;
    const entries =
      edges.length === 0
        ? html`<p role="status">${t(apiFilter(this.filter) ? 'audit.noMatch' : 'audit.empty')}</p>`
        : html`<piazza-admin-audit-table
              .entries=${edges.map((edge) => edge.node)}
            ></piazza-admin-audit-table>
            <div class="more">
              ${this.log.moreFailed ? html`<p role="alert">${t('audit.moreFailed')}</p>` : nothing}
              ${
                pageInfo.hasNextPage
                  ? html`<button
                      class="piazza-button"
                      ?disabled=${this.log.loadingMore}
                      @click=${() => this.log.fetchMore({ after: pageInfo.endCursor })}
                    >
                      ${this.log.loadingMore ? t('audit.loadingMore') : t('audit.loadMore')}
                    </button>`
                  : html`<p>${t('audit.end')}</p>`
              }
            </div>`;
    return html`${entries}
      <piazza-admin-audit-retention .days=${retentionDays}></piazza-admin-audit-retention>`;
  }

  private applyFilter(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    openRoute(this.portal, {
      screen: 'audit',
      filter: { action: value('action'), actorId: value('actorId'), targetId: value('targetId') },
    });
  }
}

defineElement('piazza-admin-audit', PiazzaAdminAudit);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-audit': PiazzaAdminAudit;
  }
}
