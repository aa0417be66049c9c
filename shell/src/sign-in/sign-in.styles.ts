import { css } from 'lit';

export const signInStyles = css`
  :host {
    display: block;
    max-inline-size: var(--piazza-reading-width);
    margin-inline: auto;
    padding: var(--piazza-space-l) var(--piazza-space-m);
  }
  h1 {
    margin-block: 0 var(--piazza-space-s);
    font-size: var(--piazza-font-size-display);
  }
  ul {
    display: grid;
    gap: var(--piazza-space-s);
    margin-block: var(--piazza-space-l);
    padding: 0;
    list-style: none;
  }
  button.person {
    display: grid;
    inline-size: 100%;
    min-block-size: var(--piazza-target-size);
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    color: var(--piazza-color-text-default);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  button.person:hover {
    border-color: var(--piazza-color-primary);
  }
  button.person:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .name {
    font-weight: 600;
  }
  .detail {
    color: var(--piazza-color-text-muted);
  }
`;
