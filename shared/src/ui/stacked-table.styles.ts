import { css } from 'lit';

/**
 * Tables that become a stack of cards on a phone: the header is read out but not shown,
 * each row is a card and each cell a line. Screens add how a card lays out its cells.
 */
export const stackedTableStyles = css`
  @media (max-width: 40rem) {
    table {
      background: none;
      box-shadow: none;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    tbody tr {
      margin-block-end: var(--piazza-space-m);
      padding-block: var(--piazza-space-s);
      border: none;
      border-radius: var(--piazza-radius);
      background: var(--piazza-color-surface-raised);
      box-shadow: var(--piazza-shadow-card);
    }
  }
`;
