import { css } from 'lit';

export const newsArticleStyles = css`
  :host {
    display: block;
    max-inline-size: var(--piazza-reading-width);
    margin-inline: auto;
  }
  .back {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    color: var(--piazza-color-primary);
    font-weight: 600;
  }
  h1 {
    margin-block: var(--piazza-space-m);
    font-size: var(--piazza-font-size-display);
    line-height: 1.2;
  }
  .meta {
    margin: 0;
    color: var(--piazza-color-text-muted);
  }
  .must-read {
    margin-block-start: var(--piazza-space-s);
  }
  .notice {
    margin-block: var(--piazza-space-m);
    padding: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    margin-block: var(--piazza-space-l);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
  .body {
    line-height: 1.6;
  }
  .skeleton {
    block-size: 2rem;
    margin-block: var(--piazza-space-m);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-skeleton);
  }
`;
