import { css } from 'lit';

export const liveNowStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }
  a {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border-radius: var(--piazza-target-size);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-text-default);
    text-decoration: none;
    white-space: nowrap;
  }
  .label {
    color: var(--piazza-color-danger);
    font-weight: 700;
  }
  .title {
    max-inline-size: 16rem;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  a:hover .title {
    text-decoration: underline;
  }
  .dot {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 50%;
    background: var(--piazza-color-danger);
  }
  /* Before the start: a ring, not yet the full dot. */
  .soon .dot {
    box-sizing: border-box;
    border: 2px solid var(--piazza-color-danger);
    background: transparent;
  }
  @media (prefers-reduced-motion: no-preference) {
    .live .dot {
      animation: pulse 2s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.35;
    }
  }
  a:focus-visible {
    outline: 3px solid var(--piazza-color-on-brand);
    outline-offset: 2px;
  }
  /* The header has room for the words only (its sections come first, and it is no wider
     on a wide screen); the title stays in the link's name. */
  @media (30rem < width) {
    .title {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  }
  /*
   * A phone's header has no room left: the mark floats at the bottom of the screen, with
   * its title, above the page (which keeps room for it at its end), without moving it.
   */
  @media (width <= 30rem) {
    :host {
      position: fixed;
      z-index: 1;
      inset-inline: var(--piazza-space-s);
      inset-block-end: max(var(--piazza-space-s), env(safe-area-inset-bottom));
    }
    a {
      min-block-size: 3rem;
      border: 1px solid var(--piazza-color-border);
      box-shadow: 0 2px 12px rgb(20 25 34 / 0.3);
    }
    .title {
      flex: 1;
      max-inline-size: none;
    }
  }
`;
