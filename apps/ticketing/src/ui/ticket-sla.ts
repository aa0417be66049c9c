import { css, html } from 'lit';
import type { TFunction } from 'i18next';
import type { TicketSlaState } from '@piazza/shared/graphql';

/** The states of the service levels, as the list's filter offers them. */
export const SLA_STATES: readonly TicketSlaState[] = ['ON_TRACK', 'AT_RISK', 'BREACHED', 'MET'];

/**
 * A mark per state, so that the badge does not rely on colour alone: the word says the
 * state, the mark lets the eye find the breached ones in a long list.
 */
const MARKS: Record<TicketSlaState, string> = {
  ON_TRACK: '○',
  AT_RISK: '△',
  BREACHED: '✕',
  MET: '✓',
};

/** A ticket's state against its service levels, as a badge: mark and word. */
export function slaBadge(t: TFunction, state: TicketSlaState) {
  return html`<span class="badge sla sla--${state.toLowerCase()}"
    ><span aria-hidden="true">${MARKS[state]}</span> ${t(`sla.state.${state}`)}</span
  >`;
}

/** Breached in the danger colour and heavier, at risk dashed, met muted. */
export const slaBadgeStyles = css`
  .sla--breached {
    border-width: 2px;
    border-color: var(--piazza-color-danger);
    background: var(--piazza-color-danger-surface);
    color: var(--piazza-color-danger);
  }
  .sla--at_risk {
    border-style: dashed;
    border-color: var(--piazza-color-danger);
    color: var(--piazza-color-text-default);
  }
  .sla--on_track {
    border-color: var(--piazza-color-primary);
    color: var(--piazza-color-text-default);
  }
`;
