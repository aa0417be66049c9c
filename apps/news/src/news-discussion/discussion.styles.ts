import { css } from 'lit';

/**
 * What the discussion's elements share: quiet action buttons with full-size targets,
 * notes, the live message and the visually hidden text for screen readers.
 */
export const discussionBaseStyles = css`
  :host {
    display: block;
  }
  p {
    margin: 0;
  }
  /* An action beside a comment: text, quiet, but a full 44 px target. */
  .action {
    display: inline-flex;
    align-items: center;
    gap: var(--piazza-space-xs);
    min-block-size: var(--piazza-target-size);
    min-inline-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-s);
    border: none;
    border-radius: var(--piazza-radius);
    background: none;
    color: var(--piazza-color-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .action:hover {
    text-decoration: underline;
  }
  .action:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .note {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  .alert p {
    margin-block: var(--piazza-space-s);
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-danger);
    background: var(--piazza-color-danger-surface);
  }
  .muted {
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

/** A form's text area, its label, hint and counter, and its buttons. */
export const formStyles = css`
  form {
    display: grid;
    gap: var(--piazza-space-s);
  }
  label {
    font-weight: 600;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 6rem;
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-text-default);
    font: inherit;
    line-height: var(--piazza-line-height);
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--piazza-color-danger);
  }
  .hint {
    color: var(--piazza-color-text-muted);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
  }
`;
