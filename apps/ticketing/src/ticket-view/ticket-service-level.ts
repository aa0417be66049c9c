import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LocalizeController, defineElement, formatDeadline, formatTimestamp } from '@piazza/shared';
import { screenStyles } from '@piazza/shared/screens';
import type { TicketFieldsFragment } from '../ticket.fragment.generated.js';
import { slaBadge, slaBadgeStyles } from '../ui/ticket-sla.js';

type Sla = TicketFieldsFragment['sla'];

/**
 * Where a ticket stands against its service levels: its state, when it must be answered
 * (or when it was) and when it must be resolved. Deadlines read relative to today
 * ("tomorrow, 09:30"); the exact moment is in the `<time>` element.
 */
export class PiazzaTicketingServiceLevel extends LitElement {
  static override styles = [
    screenStyles,
    slaBadgeStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
        gap: var(--piazza-space-m);
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) sla?: Sla;

  private readonly l10n = new LocalizeController(this, 'ticketing');

  override render() {
    const { t, language } = this.l10n;
    const sla = this.sla;
    if (!sla) return nothing;
    const at = (iso: string, text: string) => html`<time datetime=${iso}>${text}</time>`;
    return html`<section aria-labelledby="sla-heading">
      <h2 id="sla-heading">${t('sla.title')}</h2>
      <p>${slaBadge(t, sla.state)}</p>
      <dl>
        <div>
          <dt>${t('sla.respondBy')}</dt>
          <dd>${at(sla.respondBy, formatDeadline(sla.respondBy, language))}</dd>
        </div>
        ${
          sla.respondedAt
            ? html`<div>
                <dt>${t('sla.respondedAt')}</dt>
                <dd>${at(sla.respondedAt, formatTimestamp(sla.respondedAt, language))}</dd>
              </div>`
            : nothing
        }
        <div>
          <dt>${t('sla.resolveBy')}</dt>
          <dd>${at(sla.resolveBy, formatDeadline(sla.resolveBy, language))}</dd>
        </div>
      </dl>
    </section>`;
  }
}

defineElement('piazza-ticketing-service-level', PiazzaTicketingServiceLevel);

declare global {
  interface HTMLElementTagNameMap {
    'piazza-ticketing-service-level': PiazzaTicketingServiceLevel;
  }
}
