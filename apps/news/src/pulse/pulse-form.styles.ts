import { css } from 'lit';

export const pulseFormStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  form {
    display: grid;
    gap: var(--piazza-space-m);
  }
  h3 {
    margin: 0;
    font-size: var(--piazza-font-size-title);
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  .questions {
    display: grid;
    gap: var(--piazza-space-m);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  legend,
  .text label {
    padding: 0;
    line-height: 1.4;
  }
  /* The five points side by side, each a large target; the two ends named below them. */
  .scale .points {
    display: grid;
    grid-template-columns: repeat(5, minmax(var(--piazza-target-size), 1fr));
    gap: var(--piazza-space-xs);
    max-inline-size: 28rem;
  }
  .scale .choice {
    justify-content: center;
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    font-weight: 600;
  }
  .scale .choice:has(input:checked) {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--piazza-space-m);
    max-inline-size: 28rem;
  }
  .ends span:last-child {
    text-align: end;
  }
  .options .points {
    display: grid;
  }
  .alert:empty {
    display: none;
  }
  .alert p {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-danger);
    background: var(--piazza-color-danger-surface);
  }
  .field-error:empty {
    display: none;
  }
  .choice:has(input:focus-visible) {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;
