import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  LocalizeController,
  buttonStyles,
  defineElement,
  errorMessageKey,
  portalContext,
  type PortalContext,
} from '@piazza/shared';
import { formatNumber } from '../labels.js';
import { formStyles, screenStyles } from '../ui/admin.styles.js';
import { isBadInput } from '../ui/errors.js';
import { liveMessage } from '../ui/states.js';
import { AdminAuditLogDocument, SetAuditRetentionDocument } from './admin-audit.generated.js';

/** The server's bounds: a month at least, ten years at most. */
const MIN_DAYS = 30;
const MAX_DAYS = 3650;

/** How long audit entries are kept, and a form to change it. */
export class PiazzaAdminAuditRetention extends LitElement {
  static override styles = [buttonStyles, screenStyles, formStyles];

  @consume({ context: portalContext }) portal?: PortalContext;
  /** The current setting, from the server. */
  @property({ type: Number }) days = 0;
  /** What is typed; undefined until the person types, so the field shows the setting. */
  @state() private draft: string | undefined;
  @state() private error: string | undefined;
  @state() private saved: number | undefined;
  @state() private busy = false;

  private readonly l10n = new LocalizeController(this, 'admin');

  override render() {
    const { t, language } = this.l10n;
    const range = { min: formatNumber(MIN_DAYS, language), max: formatNumber(MAX_DAYS, language) };
    return html`<h2>${t('retention.title')}</h2>
      <p>${t('retention.current', { days: formatNumber(this.days, language) })}</p>
      ${liveMessage(
        'status',
        this.saved === undefined
          ? undefined
          : t('retention.saved', { days: formatNumber(this.saved, language) }),
      )}
      <form novalidate @submit=${this.submit}>
        <div class="field">
          <label for="days">${t('retention.label')}</label>
          <p class="hint" id="days-hint">${t('retention.hint', range)}</p>
          <input
            id="days"
            type="number"
            inputmode="numeric"
            min=${MIN_DAYS}
            max=${MAX_DAYS}
            required
            aria-describedby="days-hint days-error"
            aria-invalid=${this.error ? 'true' : 'false'}
            .value=${this.draft ?? String(this.days)}
            @input=${(event: InputEvent) => (this.draft = (event.target as HTMLInputElement).value)}
          />
        </div>
        ${liveMessage('alert', this.error && t(this.error, range), 'days-error')}
        <button class="piazza-button piazza-button--primary" ?disabled=${this.busy}>
          ${t('retention.save')}
        </button>
      </form>`;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const client = this.portal?.client;
    if (client === undefined || this.busy) return;
    const days = Number(this.draft ?? this.days);
    this.saved = undefined;
    if (!Number.isInteger(days) || days < MIN_DAYS || days > MAX_DAYS) {
      this.error = 'retention.invalid';
      return;
    }
    this.busy = true;
    this.error = undefined;
    try {
      // A shorter retention deletes entries at once: the log is read again.
      await client.mutate({
        mutation: SetAuditRetentionDocument,
        variables: { days },
        refetchQueries: [AdminAuditLogDocument],
        awaitRefetchQueries: true,
      });
      this.saved = days;
      this.draft = undefined;
    } catch (error) {
      this.error = isBadInput(error) ? 'retention.invalid' : errorMessageKey(error);
    } finally {
      this.busy = false;
    }
  }
}

defineElement('piazza-admin-audit-retention', PiazzaAdminAuditRetention);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-admin-audit-retention': PiazzaAdminAuditRetention;
  }
}
