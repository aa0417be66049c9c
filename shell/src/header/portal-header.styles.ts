import { css } from 'lit';

export const portalHeaderStyles = css`
  :host {
    display: block;
    background: var(--piazza-color-brand-surface);
    color: var(--piazza-color-on-brand);
  }
  /* As tall from the first paint as once filled: no layout shift (phones add a row for the
     sections, known from the first paint too). */
  .bar {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--piazza-space-m);
    min-block-size: calc(var(--piazza-target-size) + 2 * var(--piazza-space-s));
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
  /* The sections keep room for three or so before they scroll; the live mark's title
     gives way first. */
  nav {
    min-inline-size: min(24rem, 100%);
    overflow-x: auto;
  }
  .initials {
    display: none;
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
    white-space: nowrap;
  }
  /* A pilot the person is part of: a word, not only a colour. */
  .early {
    margin-inline-start: var(--piazza-space-xs);
    padding: 0 var(--piazza-space-xs);
    border: 1px solid currentColor;
    border-radius: var(--piazza-radius);
    font-size: 0.75em;
    font-weight: 600;
  }
  /* Darkened, not lightened: white text keeps its contrast on every brand's colour. */
  nav a[aria-current='page'] {
    background: rgb(0 0 0 / 0.22);
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  .end {
    position: relative;
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    min-inline-size: 0;
    margin-inline-start: auto;
  }
  /* The bell's place is kept while its code loads after the first paint: nothing moves. */
  ::slotted(piazza-notification-bell:not(:defined)) {
    display: block;
    inline-size: var(--piazza-target-size);
  }
  summary,
  select,
  button {
    box-sizing: border-box;
    min-block-size: var(--piazza-target-size);
    border: 1px solid currentColor;
    border-radius: var(--piazza-radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  summary {
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
    max-inline-size: 12rem;
    padding-inline: var(--piazza-space-m);
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::after {
    content: '▾';
  }
  .person {
    display: flex;
    align-items: center;
    max-inline-size: 12rem;
    margin: 0;
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .menu {
    position: absolute;
    z-index: 1;
    inset-inline-end: 0;
    inset-block-start: calc(100% + var(--piazza-space-xs));
    display: grid;
    gap: var(--piazza-space-m);
    min-inline-size: 16rem;
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
    color: var(--piazza-color-text-default);
  }
  .menu p {
    margin: 0;
    font-weight: 600;
  }
  label {
    display: grid;
    gap: var(--piazza-space-xs);
  }
  .menu select,
  .menu button {
    padding-inline: var(--piazza-space-s);
    border-color: var(--piazza-color-border);
  }
  .end > label {
    display: flex;
    align-items: center;
    gap: var(--piazza-space-s);
  }
  select option {
    color: var(--piazza-palette-slate-900);
  }
  a:focus-visible,
  summary:focus-visible,
  select:focus-visible,
  button:focus-visible {
    outline: 3px solid currentColor;
    outline-offset: 2px;
  }
  .menu :focus-visible {
    outline-color: var(--piazza-color-focus);
  }
  /* Many sections: their own row up to a wide screen, as on phones (below). */
  @media (max-width: 90rem) {
    .bar.many {
      flex-wrap: wrap;
      row-gap: 0;
    }
    .bar.many nav {
      order: 1;
      flex: 1 0 100%;
    }
  }
  @media (max-width: 30rem) {
    .long {
      display: none;
    }
    /* Still part of the accessible names, read out but not shown: phones lack the room. */
    .initials + .name,
    .early {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .initials {
      display: inline;
      font-weight: 700;
    }
    .bar {
      flex-wrap: wrap;
      gap: var(--piazza-space-s);
    }
    /* The sections get a row of their own under the brand and the person's controls,
       instead of a strip that hides all but the first; known from the first paint (the
       embedded session), so the row causes no shift. */
    nav {
      order: 1;
      flex: 1 0 100%;
    }
  }
`;
