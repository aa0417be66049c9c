import { css } from 'lit';

export const newsFeedStyles = css`
  :host {
    display: block;
  }
  h1 {
    margin-block: 0 var(--piazza-space-l);
    font-size: var(--piazza-font-size-display);
  }
  form {
    display: grid;
    gap: var(--piazza-space-xs);
    max-inline-size: var(--piazza-reading-width);
    margin-block-end: var(--piazza-space-xl);
  }
  label {
    font-weight: 600;
  }
  /* The field takes the room left; on a narrow phone the button wraps below it. */
  .search-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
  }
  input {
    flex: 1 1 12rem;
    box-sizing: border-box;
    min-inline-size: 0;
    min-block-size: var(--piazza-target-size);
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-text-default);
    font: inherit;
  }
  input:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  /* Categories: one row of chips, scrolled sideways on a phone rather than wrapped. */
  .topics ul {
    display: flex;
    gap: var(--piazza-space-s);
    margin: 0 0 var(--piazza-space-l);
    padding: 0 0 var(--piazza-space-xs);
    overflow-x: auto;
    list-style: none;
  }
  .topics a,
  .tag-filter a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: 999px;
    color: var(--piazza-color-text-default);
    text-decoration: none;
    white-space: nowrap;
  }
  .topics a[aria-current='page'] {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
  }
  .topics a:focus-visible,
  .tag-filter a:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .tag-filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s);
    margin: 0 0 var(--piazza-space-l);
    font-weight: 600;
  }
`;
