import { css } from 'lit';

/** Set apart like the sections above the feed (article-section.ts), as a call to act. */
export const pulseCardStyles = css`
  :host {
    display: block;
  }
  section {
    display: grid;
    gap: var(--piazza-space-m);
    margin-block-end: var(--piazza-space-xl);
    padding: var(--piazza-space-m);
    border-inline-start: 6px solid var(--piazza-color-primary);
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
    max-inline-size: var(--piazza-reading-width);
    margin: 0;
  }
  .anonymity {
    color: var(--piazza-color-text-muted);
  }
  ul {
    display: grid;
    gap: var(--piazza-space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .survey + .survey {
    padding-block-start: var(--piazza-space-l);
    border-block-start: 1px solid var(--piazza-color-border);
  }
  .put-off {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--piazza-space-s);
    font-weight: 600;
  }
  .outcome {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  .outcome:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;
