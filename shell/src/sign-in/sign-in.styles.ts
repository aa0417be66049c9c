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
  h2 {
    margin-block: var(--piazza-space-l) var(--piazza-space-s);
    font-size: var(--piazza-font-size-title);
  }
  .notice {
    padding: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-sunken);
  }
  ul.people {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
    gap: var(--piazza-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: grid;
  }
  .placeholder {
    min-block-size: 5.5rem;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
  button.person {
    display: grid;
    align-content: start;
    gap: var(--piazza-space-xs);
    inline-size: 100%;
    min-block-size: var(--piazza-target-size);
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    color: var(--piazza-color-text-default);
    font: inherit;
    text-align: start;
    overflow-wrap: anywhere;
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
