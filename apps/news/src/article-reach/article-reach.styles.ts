import { css } from 'lit';
import { stackedTableStyles } from '@piazza/shared';

/**
 * The reach panel: headline figures as tiles, then tables that become one card per row
 * on phones (the column headings are out of sight, so each cell shows its `data-label`).
 */
export const articleReachStyles = css`
  :host {
    display: block;
    margin-block: var(--piazza-space-xl);
  }
  .reach {
    display: grid;
    /* A wide table scrolls or wraps inside the panel instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--piazza-space-m);
    padding-block-start: var(--piazza-space-l);
    border-block-start: 2px solid var(--piazza-color-border);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: var(--piazza-font-size-title);
  }
  h3 {
    font-size: var(--piazza-font-size-body);
  }
  p {
    margin: 0;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: var(--piazza-space-s);
    margin: 0;
  }
  .totals > div {
    padding: var(--piazza-space-m);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-accent-surface);
  }
  dt {
    color: var(--piazza-color-text-muted);
    font-weight: 600;
  }
  dd {
    display: grid;
    margin: 0;
  }
  dd strong {
    font-size: var(--piazza-font-size-display);
    line-height: 1.2;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s) var(--piazza-space-m);
  }
  .updated,
  .note,
  .empty {
    color: var(--piazza-color-text-muted);
  }
  .missing {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--piazza-space-s);
    justify-items: start;
  }
  details {
    inline-size: 100%;
  }
  summary {
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    min-block-size: var(--piazza-target-size);
    color: var(--piazza-color-primary);
    font-weight: 600;
    cursor: pointer;
  }
  summary::before {
    content: '▸';
  }
  details[open] > summary::before {
    content: '▾';
  }
  /* The summary says what the table is: its caption stays for screen readers only. */
  details caption {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  summary:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
  }
  caption {
    padding-block: var(--piazza-space-s);
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: var(--piazza-space-s);
    text-align: start;
    vertical-align: baseline;
  }
  thead th {
    color: var(--piazza-color-text-muted);
  }
  tbody th {
    font-weight: 600;
  }
  tbody tr {
    border-block-start: 1px solid var(--piazza-color-border);
  }
  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .skeleton {
    block-size: 4rem;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
  ${stackedTableStyles}
  /* On a phone each row is a card (stackedTableStyles), two figures a line: short enough to scan. */
  @media (max-width: 40rem) {
    tbody tr {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      column-gap: var(--piazza-space-m);
      margin-block-end: var(--piazza-space-s);
      padding: var(--piazza-space-s) var(--piazza-space-m);
    }
    th,
    td {
      padding: var(--piazza-space-xs) 0;
    }
    tbody th,
    tbody td:first-of-type {
      grid-column: 1 / -1;
    }
    .number {
      text-align: start;
    }
    td[data-label]::before {
      content: attr(data-label);
      display: block;
      color: var(--piazza-color-text-muted);
    }
    .people tbody tr {
      display: block;
    }
  }
`;
