import { css } from 'lit';

/**
 * The colours of a KPI's status, always beside its symbol and its words (never alone),
 * readable on the light and the dark theme: the portal's tokens have no green or amber.
 */
export const statusStyles = css`
  :host {
    --barometer-met: #1d6b36;
    --barometer-near: #7a4f00;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --barometer-met: #86dfa3;
      --barometer-near: #f3c46a;
    }
  }
  .kpi-status {
    font-weight: 700;
    white-space: nowrap;
  }
  .kpi-status.MET {
    color: var(--barometer-met);
  }
  .kpi-status.NEAR {
    color: var(--barometer-near);
  }
  .kpi-status.MISSED {
    color: var(--piazza-color-danger);
  }
  .kpi-status.NO_DATA {
    color: var(--piazza-color-text-muted);
  }
`;
