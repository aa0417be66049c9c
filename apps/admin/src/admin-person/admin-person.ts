import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  downloadFile,
  LocalizeController,
  QueryController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { followLink, routeHref } from '../admin-navigation.js';
import { AdminAuditLogDocument } from '../admin-audit/admin-audit.generated.js';
import '../admin-audit/audit-table.js';
import { countryName, grantLabel, personName } from '../labels.js';
import { screenStyles } from '../ui/admin.styles.js';
import { errorPanel, liveMessage, loadingRows } from '../ui/states.js';
import {
  AdminPersonDocument,
  ExportPersonDataDocument,
  type AdminPersonQuery,
} from './admin-person.generated.js';
import type { PiazzaAdminEraseDialog, PersonErasedEvent } from './erase-dialog.js';
import './erase-dialog.js';

type Person = NonNullable<AdminPersonQuery['person']>;

/** How many of the person's audit entries the page shows; the audit log has them all. */
const RECENT_ENTRIES = 5;

/** A translated message and its values, kept as keys so a language switch re-renders it. */
interface Message {
  key: string;
  values?: Record<string, string>;
}

/**
 * One person as an admin sees them: identity, roles with their scopes, recent audit
 * entries, and the GDPR requests (export, erasure).
 */
export class PiazzaAdminPerson extends LitElement {
  static override styles = [
    buttonStyles,
    screenStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, max-content) 1fr;
        gap: var(--piazza-space-s) var(--piazza-space-l);
        margin: 0;
      }
      dt {
        color: var(--piazza-color-text-muted);
        font-weight: 600;
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      @media (max-width: 40rem) {
        dl {
          grid-template-columns: 1fr;
          gap: 0;
        }
        dd {
          margin-block-end: var(--piazza-space-s);
        }
      }
      .grants {
        padding-inline-start: var(--piazza-space-l);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--piazza-space-s);
      }
      .piazza-button.danger {
        border-color: var(--piazza-color-danger);
        color: var(--piazza-color-danger);
      }
    `,
  ];

  @consume({ context: portalContext }) portal?: PortalContext;
  @property({ attribute: 'person-id' }) personId = '';
  @state() private exporting = false;
  @state() private status: Message | undefined;
  @state() private failure: Message | undefined;
  @query('piazza-admin-erase-dialog') private eraseDialog!: PiazzaAdminEraseDialog;

  private readonly l10n = new LocalizeController(this, 'admin');
  private readonly person = new QueryController(this, {
    query: AdminPersonDocument,
    client: () => this.portal?.client,
    variables: () => ({ id: this.personId }),
  });
  private readonly audit = new QueryController(this, {
    query: AdminAuditLogDocument,
    client: () => this.portal?.client,
    variables: () => ({ filter: { targetId: this.personId }, first: RECENT_ENTRIES }),
  });

  override willUpdate(changed: PropertyValues<this>): void {
    // Another person's page (a link in the audit entries): what was said was about the last.
    if (changed.has('personId')) {
      this.status = undefined;
      this.failure = undefined;
    }
  }

  override render() {
    const { t } = this.l10n;
    const back = { screen: 'people', search: '' } as const;
    return html`<a
        class="target-link"
        href=${routeHref(this.portal, back)}
        @click=${(event: MouseEvent) => followLink(event, this.portal, back)}
        >← ${t('person.back')}</a
      >
      ${this.person.render({
        pending: () => loadingRows(t('person.loading'), 4),
        complete: ({ person }) =>
          person ? this.renderPerson(person) : html`<p>${t('common:errors.notFound')}</p>`,
        error: (error) =>
          errorPanel({
            heading: t('person.errorTitle'),
            error,
            t,
            retry: () => void this.person.refetch(),
          }),
      })}`;
  }

  private renderPerson(person: Person) {
    const { t } = this.l10n;
    const name = personName(person, t);
    return html`<h1>
        ${name}
        ${person.erased ? html`<span class="badge">${t('people.erasedBadge')}</span>` : nothing}
      </h1>
      ${person.erased ? html`<p class="muted">${t('person.erasedNote')}</p>` : nothing}
      ${liveMessage('status', this.status && t(this.status.key, this.status.values))}
      <h2>${t('person.identityTitle')}</h2>
      ${this.renderIdentity(person)}
      <h2>${t('person.grantsTitle')}</h2>
      ${
        person.grants.length === 0
          ? html`<p>${t('person.noGrants')}</p>`
          : html`<ul class="grants">
              ${person.grants.map(
                (grant) => html`<li>${grantLabel(grant, t, this.l10n.language)}</li>`,
              )}
            </ul>`
      }
      <h2>${t('person.requestsTitle')}</h2>
      <p>${t('person.requestsIntro')}</p>
      <div class="actions">
        <button
          class="piazza-button"
          ?disabled=${this.exporting}
          @click=${() => this.exportData(person)}
        >
          ${this.exporting ? t('person.export.busy') : t('person.export.button')}
        </button>
        ${
          person.erased
            ? nothing
            : html`<button class="piazza-button danger" @click=${() => this.eraseDialog.show()}>
                ${t('person.erase.button')}
              </button>`
        }
      </div>
      ${liveMessage('alert', this.failure && t(this.failure.key))}
      <h2>${t('person.auditTitle')}</h2>
      ${this.renderAudit()}
      <piazza-admin-erase-dialog
        .person=${person}
        @piazza-admin-person-erased=${this.erased}
      ></piazza-admin-erase-dialog>`;
  }

  private renderIdentity(person: Person) {
    const { t, language } = this.l10n;
    const dealer = person.dealer;
    const row = (label: string, value: unknown) =>
      html`<dt>${t(`person.fields.${label}`)}</dt>
        <dd>${value}</dd>`;
    return html`<dl>
      ${row('email', person.email ?? t('person.noEmail'))}
      ${row('job', t(`common:jobs.${person.job}`))}
      ${person.team ? row('team', t(`teams.${person.team.kind}`)) : nothing}
      ${
        dealer
          ? row(
              'dealer',
              `${dealer.name}, ${dealer.city} · ${dealer.region.name}, ${countryName(
                dealer.region.country,
                language,
              )}`,
            )
          : nothing
      }
      ${row('brand', person.brand.name)} ${row('country', countryName(person.country, language))}
      ${row('id', person.id)}
    </dl>`;
  }

  private renderAudit() {
    const { t } = this.l10n;
    const all = {
      screen: 'audit',
      filter: { action: '', actorId: '', targetId: this.personId },
    } as const;
    return this.audit.render({
      pending: () => loadingRows(t('audit.loading'), 2),
      complete: ({ auditLog }) =>
        html`${
            auditLog.edges.length === 0
              ? html`<p>${t('person.noAudit')}</p>`
              : html`<piazza-admin-audit-table
                  .entries=${auditLog.edges.map((edge) => edge.node)}
                ></piazza-admin-audit-table>`
          }
          <a
            class="target-link"
            href=${routeHref(this.portal, all)}
            @click=${(event: MouseEvent) => followLink(event, this.portal, all)}
            >${t('person.allAudit')}</a
          >`,
      error: (error) =>
        errorPanel({
          heading: t('audit.errorTitle'),
          error,
          t,
          retry: () => void this.audit.refetch(),
        }),
    });
  }

  private async exportData(person: Person): Promise<void> {
    const client = this.portal?.client;
    if (client === undefined) return;
    this.exporting = true;
    this.status = undefined;
    this.failure = undefined;
    try {
      const { data } = await client.mutate({
        mutation: ExportPersonDataDocument,
        variables: { personId: person.id },
        refetchQueries: [AdminAuditLogDocument],
      });
      const file = data!.exportPersonData;
      downloadFile({ fileName: file.fileName, text: file.json, type: 'application/json' });
      this.status = { key: 'person.export.done', values: { fileName: file.fileName } };
    } catch (error) {
      this.failure = { key: errorMessageKey(error) };
    } finally {
      this.exporting = false;
    }
  }

  private readonly erased = (event: PersonErasedEvent): void => {
    this.failure = undefined;
    this.status = { key: 'person.erase.done', values: { name: event.formerName } };
  };
}

defineElement('piazza-admin-person', PiazzaAdminPerson);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-person': PiazzaAdminPerson;
  }
}
