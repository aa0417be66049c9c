import { css } from 'lit';

export const portalStyles = css`
  :host {
    display: block;
  }
  /* Every inherited property is set here, so the host page's global CSS stops at us. */
  .piazza-root {
    box-sizing: border-box;
    min-block-size: 100%;
    background: var(--piazza-color-surface-sunken);
    color: var(--piazza-color-text-default);
    font-family: var(--piazza-font-family);
    font-size: var(--piazza-font-size-body);
    font-style: normal;
    font-weight: 400;
    line-height: var(--piazza-line-height);
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
  }
  main {
    max-inline-size: var(--piazza-content-width);
    margin-inline: auto;
    padding: var(--piazza-space-l) var(--piazza-space-m) var(--piazza-space-xl);
  }
  /* On a phone, the live-stream mark floats at the bottom: the page's end stays clear of it. */
  @media (width <= 30rem) {
    main {
      padding-block-end: calc(var(--piazza-space-xl) + 3rem);
    }
  }
  /* Focused by script after a page change only, as a starting point: no ring around it all. */
  main:focus {
    outline: none;
  }
`;
