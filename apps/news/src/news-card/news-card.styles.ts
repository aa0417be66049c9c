import { css } from 'lit';

export const newsCardStyles = css`
  :host {
    display: block;
  }
  article {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--piazza-color-skeleton);
  }
  .text {
    display: grid;
    gap: var(--piazza-space-s);
    padding: var(--piazza-space-m);
  }
  h2,
  h3 {
    margin: 0;
    font-size: var(--piazza-font-size-title);
    line-height: 1.3;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  /* The whole card is one large target; the link keeps its own accessible name. */
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  a:focus-visible {
    outline: none;
  }
  article:focus-within {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0;
  }
  .meta {
    color: var(--piazza-color-text-muted);
    font-size: var(--piazza-font-size-small);
  }
`;
