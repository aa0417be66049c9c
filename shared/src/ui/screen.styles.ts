import { css } from 'lit';

/** Headings, badges, messages and loading placeholders of an app's screens. */
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
    margin-block: 0 var(--piazza-space-m);
    font-size: var(--piazza-font-size-title);
  }
  p {
    max-inline-size: var(--piazza-reading-width);
  }
  a {
    color: var(--piazza-color-primary);
  }
  a.piazza-button {
    box-sizing: border-box;
  }
  .target-link {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    font-weight: 600;
  }
  .muted {
    color: var(--piazza-color-text-muted);
  }
  .badge {
    display: inline-block;
    padding-inline: var(--piazza-space-s);
    border: 1px solid currentColor;
    border-radius: var(--piazza-radius);
    color: var(--piazza-color-text-muted);
    font-weight: 600;
    white-space: nowrap;
  }
  .badge--strong {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
    color: var(--piazza-color-text-default);
  }
  .badge--warning {
    border-color: var(--piazza-color-danger);
    color: var(--piazza-color-danger);
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
  .card {
    padding: var(--piazza-space-l);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
  }
  /* On a phone every pixel of width goes to the fields. */
  @media (max-width: 40rem) {
    .card {
      padding: var(--piazza-space-m);
    }
  }
  /* Below a list that grows page by page: the button for the next page, and why it failed. */
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--piazza-space-s);
    margin-block-start: var(--piazza-space-l);
    color: var(--piazza-color-text-muted);
  }
  .skeleton {
    block-size: 3rem;
    margin-block: var(--piazza-space-s);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
    list-style: none;
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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;

/** Fields with their label above, a hint or count below, and the error that names them. */
export const fieldStyles = css`
  .field {
    display: grid;
    gap: var(--piazza-space-xs);
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--piazza-color-text-muted);
  }
  .field-error {
    margin: 0;
    color: var(--piazza-color-danger);
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio'], [type='file']),
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
  textarea {
    resize: vertical;
  }
  /* As specific as the fields' own border, which it follows. */
  [aria-invalid='true'],
  :is(input, select, textarea)[aria-invalid='true'] {
    border-color: var(--piazza-color-danger);
    border-width: 2px;
  }
  fieldset {
    box-sizing: border-box;
    display: grid;
    gap: var(--piazza-space-xs);
    min-inline-size: 0;
    margin: 0;
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
  }
  /* The whole row is the target of a checkbox, not just the box. */
  .choice {
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    min-block-size: var(--piazza-target-size);
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--piazza-color-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s);
  }
`;

/**
 * A file chooser: the browser's own file button speaks the browser's language, so a label
 * of ours (`<label class="piazza-button">` right after the visually hidden input) stands
 * in for it, and the input, still focusable, shows its focus on the label.
 */
export const filePickerStyles = css`
  input[type='file']:focus-visible + label {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  input[type='file'] + label {
    box-sizing: border-box;
    text-align: center;
    cursor: pointer;
  }
`;
