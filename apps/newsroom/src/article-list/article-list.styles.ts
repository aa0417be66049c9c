import { css } from 'lit';

export const articleListStyles = css`
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--piazza-space-m);
    margin-block-end: var(--piazza-space-m);
  }
  .heading h1 {
    margin: 0;
  }
  .filters ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
    margin: 0 0 var(--piazza-space-l);
    padding: 0;
    list-style: none;
  }
  .filters a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    font-weight: 600;
    text-decoration: none;
  }
  .filters a[aria-current='page'] {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
  }
  .loading {
    margin: 0;
    padding: 0;
  }
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
    vertical-align: baseline;
    /* The table fits its column of the page (a host portal's may be narrow): long words
       and badges break rather than push the last columns out of sight. */
    overflow-wrap: anywhere;
  }
  td .badge {
    white-space: normal;
  }
  thead th {
    color: var(--piazza-color-text-muted);
  }
  tbody th {
    max-inline-size: 24rem;
    font-weight: 400;
  }
  tbody tr {
    border-block-start: 1px solid var(--piazza-color-border);
  }
  .zone {
    display: block;
    font-size: var(--piazza-font-size-small);
  }
  .badge--published {
    border-color: var(--piazza-color-primary);
    color: var(--piazza-color-primary);
  }
  td .badge {
    margin-block-end: var(--piazza-space-xs);
  }
  .badge + .badge {
    margin-inline-start: var(--piazza-space-xs);
  }
  @media (max-width: 40rem) {
    th,
    td {
      padding-block: var(--piazza-space-xs);
    }
    td[data-label]::before {
      content: attr(data-label);
      display: block;
      color: var(--piazza-color-text-muted);
      font-weight: 600;
    }
    .heading .piazza-button {
      inline-size: 100%;
    }
  }
`;
