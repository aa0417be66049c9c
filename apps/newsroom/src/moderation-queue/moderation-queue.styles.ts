import { css } from 'lit';

/** The queue's screen: a heading, a count, then one card per comment to decide on. */
export const moderationQueueStyles = css`
  :host {
    display: block;
  }
  h1 {
    margin-block: 0 var(--piazza-space-s);
    font-size: var(--piazza-font-size-display);
    line-height: 1.2;
  }
  p {
    margin: 0;
    max-inline-size: var(--piazza-reading-width);
  }
  .intro,
  .muted {
    color: var(--piazza-color-text-muted);
  }
  .total {
    margin-block: var(--piazza-space-m);
    font-weight: 600;
  }
  ol {
    display: grid;
    gap: var(--piazza-space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .status {
    margin-block: var(--piazza-space-m);
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  /* Kept in the page while silent, so that what it says next is announced. */
  .status.quiet {
    margin: 0;
    padding: 0;
    border: none;
    background: none;
  }
  .status:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .empty {
    padding: var(--piazza-space-l);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-sunken);
  }
  .more {
    display: grid;
    justify-items: center;
    gap: var(--piazza-space-s);
    margin-block-start: var(--piazza-space-l);
  }
  .skeleton {
    block-size: 12rem;
    margin-block: var(--piazza-space-m);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
`;

/** One comment to decide on: what it says, why it waits, and the decision. */
export const moderationItemStyles = css`
  :host {
    display: block;
  }
  article {
    display: grid;
    gap: var(--piazza-space-s);
    padding: var(--piazza-space-l);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
  }
  h2 {
    margin: 0;
    font-size: var(--piazza-font-size-title);
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--piazza-color-primary);
    font-weight: 600;
  }
  a:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .article a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
  }
  .muted {
    color: var(--piazza-color-text-muted);
  }
  .why {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
  }
  .badge {
    display: inline-block;
    padding-inline: var(--piazza-space-s);
    border: 1px solid var(--piazza-color-danger);
    border-radius: var(--piazza-radius);
    color: var(--piazza-color-danger);
    font-weight: 600;
  }
  blockquote {
    margin: 0;
    padding-inline-start: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-border);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .body {
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0;
    font-size: var(--piazza-font-size-body);
  }
  ul {
    display: grid;
    gap: var(--piazza-space-xs);
    margin: 0;
    padding-inline-start: var(--piazza-space-l);
  }
  form {
    display: grid;
    gap: var(--piazza-space-s);
    margin-block-start: var(--piazza-space-s);
  }
  label {
    font-weight: 600;
  }
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 4.5rem;
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-text-default);
    font: inherit;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border: 2px solid var(--piazza-color-danger);
  }
  .alert p {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-danger);
    background: var(--piazza-color-danger-surface);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
  }
  /* On a phone the text gets the width. */
  @media (max-width: 30rem) {
    article {
      padding: var(--piazza-space-m);
    }
  }
  .piazza-button--danger {
    border-color: var(--piazza-color-danger);
    color: var(--piazza-color-danger);
  }
`;
