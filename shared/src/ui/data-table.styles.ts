import { css } from 'lit';
import { stackedTableStyles } from './stacked-table.styles.js';

/**
 * A data table on wide screens; on phones each row becomes a card whose cells are
 * labelled from their `data-label`, since the column headings are out of sight.
 */
export const dataTableStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
  }
  th,
  td {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    text-align: start;
    /* Lines up the first line of each cell, large link targets included. */
    vertical-align: baseline;
  }
  th {
    color: var(--piazza-color-text-muted);
  }
  tbody tr {
    border-block-start: 1px solid var(--piazza-color-border);
  }
  ${stackedTableStyles}
  @media (max-width: 40rem) {
    td,
    th {
      padding-block: var(--piazza-space-xs);
    }
    td[data-label]::before {
      content: attr(data-label);
      display: block;
      color: var(--piazza-color-text-muted);
      font-weight: 600;
    }
  }
`;
