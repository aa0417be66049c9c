import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  defineElement,
  formatTimestamp,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { followLink, routeHref } from '../admin-navigation.js';
import type { AdminRoute } from '../admin-route.js';
import { grantLabel, personName } from '../labels.js';
import { screenStyles, tableStyles } from '../ui/admin.styles.js';
import type { AuditEntryFieldsFragment } from './audit-entry.fragment.generated.js';

/** The actions the server records, each with a label in the admin bundles. */
export const AUDIT_ACTIONS = [
  'app.rollout',
  'audit.retention',
  'person.export',
  'person.erase',
  'article.create',
  'article.version.save',
  'article.version.delete',
  'article.target',
  'article.move',
  'article.live-stream',
  'article.video',
  'article.topics',
  'article.attachments',
  'comment.approve',
  'comment.hide',
  'ticket.category.save',
];

/** Details as the server stores them, indented for reading; '' when there are none. */
function prettyDetails(details: string): string {
  try {
    const value: unknown = JSON.parse(details);
    const empty = typeof value === 'object' && value !== null && Object.keys(value).length === 0;
    return empty ? '' : JSON.stringify(value, null, 2);
  } catch {
    return details;
  }
}

/** Audit entries as a table (cards on phones): when, who with their roles, what, on what. */
export class PiazzaAdminAuditTable extends LitElement {
  static override styles = [
    screenStyles,
    tableStyles,
    css`
      .grants {
        color: var(--piazza-color-text-muted);
      }
      /* Ids (article-<uuid>) and actions have no spaces: they break anywhere on a phone. */
      td {
        overflow-wrap: anywhere;
      }
      time {
        white-space: nowrap;
      }
      /* Room for the indented JSON, which reads badly when wrapped too narrow. */
      .details {
        min-inline-size: 16rem;
      }
      summary {
        display: flex;
        align-items: center;
        min-block-size: var(--piazza-target-size);
        color: var(--piazza-color-primary);
        font-weight: 600;
        cursor: pointer;
      }
      pre {
        margin: 0;
        padding: var(--piazza-space-s);
        border-radius: var(--piazza-radius);
        background: var(--piazza-color-surface-sunken);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: false }) entries: readonly AuditEntryFieldsFragment[] = [];

  private readonly l10n = new LocalizeController(this, 'admin');

  override render() {
    const { t } = this.l10n;
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${t('audit.columns.when')}</th>
          <th scope="col">${t('audit.columns.actor')}</th>
          <th scope="col">${t('audit.columns.action')}</th>
          <th scope="col">${t('audit.columns.target')}</th>
          <th scope="col">${t('audit.columns.details')}</th>
        </tr>
      </thead>
      <tbody>
        ${this.entries.map((entry) => this.renderEntry(entry))}
      </tbody>
    </table>`;
  }

  private renderEntry(entry: AuditEntryFieldsFragment) {
    const { t, language } = this.l10n;
    const details = prettyDetails(entry.details);
    return html`<tr>
      <td>
        <time datetime=${entry.at}>${formatTimestamp(entry.at, language)}</time>
      </td>
      <td data-label=${t('audit.columns.actor')}>
        ${this.link({ screen: 'person', personId: entry.actor.id }, personName(entry.actor, t))}
        <ul class="grants">
          ${entry.actorGrants.map((grant) => html`<li>${grantLabel(grant, t, language)}</li>`)}
        </ul>
      </td>
      <td data-label=${t('audit.columns.action')}>
        ${AUDIT_ACTIONS.includes(entry.action) ? t(`audit.actions.${entry.action}`) : entry.action}
      </td>
      <td data-label=${t('audit.columns.target')}>${this.renderTarget(entry)}</td>
      <td class="details" data-label=${t('audit.columns.details')}>
        ${
          details
            ? html`<details>
                <summary>${t('audit.showDetails')}</summary>
                <pre>${details}</pre>
              </details>`
            : html`<span class="muted">${t('audit.noDetails')}</span>`
        }
      </td>
    </tr>`;
  }

  private renderTarget(entry: AuditEntryFieldsFragment) {
    const { t } = this.l10n;
    const id = entry.targetId;
    if (id === null) return nothing;
    switch (entry.targetType) {
      case 'person':
        return this.link({ screen: 'person', personId: id }, t('audit.targets.person', { id }));
      case 'ticket-category':
        return this.link(
          { screen: 'ticketCategory', categoryId: id },
          t('audit.targets.ticketCategory', { id }),
        );
      case 'app':
        return t('audit.targets.app', { name: t(`common:apps.${id}`, { defaultValue: id }) });
      case 'setting':
        return id === 'audit_retention_days' ? t('audit.targets.retention') : id;
      case 'article':
        return t('audit.targets.article', { id });
      case 'comment':
        return t('audit.targets.comment', { id });
      default:
        return `${entry.targetType} ${id}`;
    }
  }

  private link(route: AdminRoute, label: string) {
    return html`<a
      class="target-link"
      href=${routeHref(this.portal, route)}
      @click=${(event: MouseEvent) => followLink(event, this.portal, route)}
      >${label}</a
    >`;
  }
}

defineElement('piazza-admin-audit-table', PiazzaAdminAuditTable);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-audit-table': PiazzaAdminAuditTable;
  }
}
