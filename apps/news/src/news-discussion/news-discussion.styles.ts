import { css } from 'lit';

/** The discussion under an article: reactions, then threads with their replies set in. */
export const newsDiscussionStyles = css`
  :host {
    margin-block: var(--piazza-space-xl);
  }
  section {
    display: grid;
    gap: var(--piazza-space-m);
    margin-block-start: var(--piazza-space-l);
    padding-block-start: var(--piazza-space-l);
    border-block-start: 2px solid var(--piazza-color-border);
  }
  h2 {
    margin: 0;
    font-size: var(--piazza-font-size-title);
    line-height: 1.3;
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .threads {
    display: grid;
    gap: var(--piazza-space-m);
  }
  .thread {
    display: grid;
    gap: var(--piazza-space-s);
    padding: var(--piazza-space-m);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
  }
  /* Replies sit under their thread's first comment, set in by a line. */
  .replies,
  .reply-form {
    display: grid;
    gap: var(--piazza-space-s);
    margin-inline-start: var(--piazza-space-s);
    padding-inline-start: var(--piazza-space-m);
    border-inline-start: 3px solid var(--piazza-color-border);
  }
  /* A comment still on this device: set apart until the server has it. */
  .waiting {
    display: grid;
    gap: var(--piazza-space-xs);
    padding-inline-start: var(--piazza-space-s);
    border-inline-start: 4px dashed var(--piazza-color-text-muted);
  }
  .waiting .body {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .status {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  /* Kept in the page while silent, so that what it says next is announced. */
  .status.quiet {
    padding: 0;
    border: none;
    background: none;
  }
  .status:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .more {
    display: grid;
    justify-items: center;
    gap: var(--piazza-space-s);
  }
  .skeleton {
    block-size: 8rem;
    margin-block: var(--piazza-space-xl);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
`;
