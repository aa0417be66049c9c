import { css } from 'lit';

export const mustReadBannerStyles = css`
  :host {
    display: block;
    margin-block: var(--piazza-space-xl);
  }
  .banner {
    display: grid;
    gap: var(--piazza-space-m);
    justify-items: start;
    padding: var(--piazza-space-l);
    border: 2px solid var(--piazza-color-primary);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-accent-surface);
  }
  h2 {
    margin: 0;
    font-size: var(--piazza-font-size-title);
    line-height: 1.3;
  }
  p {
    margin: 0;
  }
  /* The one action of the page: large, and full width where the screen is narrow. */
  .confirm {
    min-inline-size: min(100%, 20rem);
    min-block-size: 3rem;
    font-size: var(--piazza-font-size-title);
  }
  .error p {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-danger);
    background: var(--piazza-color-danger-surface);
  }
  .confirmation {
    padding-block: var(--piazza-space-s);
    border-block-start: 1px solid var(--piazza-color-border);
    color: var(--piazza-color-text-muted);
  }
  .confirmation:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;
