import { css } from 'lit';
import { dataTableStyles } from '@piazza/shared/screens';

/** Headings, messages, links and loading placeholders shared by the admin screens. */
export const screenStyles = css`
  :host {
    display: block;
  }
  h1 {
    margin-block: 0 var(--piazza-space-m);
    font-size: var(--piazza-font-size-display);
    line-height: 1.2;
  }
  h2 {
    margin-block: var(--piazza-space-xl) var(--piazza-space-m);
    font-size: var(--piazza-font-size-title);
  }
  p {
    max-inline-size: var(--piazza-reading-width);
  }
  .intro,
  .muted {
    color: var(--piazza-color-text-muted);
  }
  a {
    color: var(--piazza-color-primary);
  }
  /* buttonStyles' sizes are a button's, which is border-box already; a link is not. */
  a.piazza-button {
    box-sizing: border-box;
  }
  /* Links that are actions get the same large target as buttons. */
  .target-link {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    font-weight: 600;
  }
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .status {
    padding: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  .alert {
    margin-block: var(--piazza-space-s);
    color: var(--piazza-color-danger);
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    padding-inline: var(--piazza-space-s);
    border: 1px solid currentColor;
    border-radius: var(--piazza-radius);
    color: var(--piazza-color-text-muted);
    font-size: var(--piazza-font-size-body);
    font-weight: 600;
    white-space: nowrap;
  }
  .loading {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .skeleton {
    block-size: 3rem;
    margin-block: var(--piazza-space-s);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--piazza-space-s);
    margin-block-start: var(--piazza-space-l);
    color: var(--piazza-color-text-muted);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The admin's tables: the shared data table, with lists inside cells unmarked. */
export const tableStyles = css`
  ${dataTableStyles}
  td ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/** Labels above large fields, grouped choices, and their error messages. */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--piazza-space-m);
    justify-items: start;
  }
  label,
  legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: var(--piazza-space-xs);
    inline-size: 100%;
    max-inline-size: 32rem;
  }
  .hint {
    margin: 0;
    color: var(--piazza-color-text-muted);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--piazza-target-size);
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-text-default);
    font: inherit;
  }
  input[type='number'] {
    max-inline-size: 10rem;
  }
  [aria-invalid='true'] {
    border-color: var(--piazza-color-danger);
    border-width: 2px;
  }
  fieldset {
    box-sizing: border-box;
    display: grid;
    gap: var(--piazza-space-xs);
    inline-size: 100%;
    /* A fieldset is as wide as its content by default, which overflows a phone. */
    min-inline-size: 0;
    margin: 0;
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
  }
  /* A whole row is the target of a checkbox or radio, not just the box. */
  .choice {
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    min-block-size: var(--piazza-target-size);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--piazza-color-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
  }
`;
