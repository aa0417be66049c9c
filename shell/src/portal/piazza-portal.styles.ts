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
  header {
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s) var(--piazza-space-l);
    max-inline-size: var(--piazza-content-width);
    margin-inline: auto;
    padding: var(--piazza-space-s) var(--piazza-space-m);
  }
  .brand {
    margin: 0;
    font-size: var(--piazza-font-size-title);
    font-weight: 700;
    white-space: nowrap;
  }
  nav ul {
    display: flex;
    gap: var(--piazza-space-xs);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border-radius: var(--piazza-radius);
    color: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  nav a[aria-current='page'] {
    background: rgb(255 255 255 / 0.18);
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  a:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s) var(--piazza-space-m);
    margin-inline-start: auto;
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: var(--piazza-space-s);
  }
  select,
  .sign-out {
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-s);
    border: 1px solid currentColor;
    border-radius: var(--piazza-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  select option {
    color: var(--piazza-palette-slate-900);
  }
  main {
    max-inline-size: var(--piazza-content-width);
    margin-inline: auto;
    padding: var(--piazza-space-l) var(--piazza-space-m) var(--piazza-space-xl);
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
