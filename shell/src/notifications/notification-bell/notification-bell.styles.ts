import { css } from 'lit';
import { headerPanelStyles } from '../../header/header-panel.js';

export const notificationBellStyles = [
  headerPanelStyles,
  css`
    :host {
      display: block;
    }
    button {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--piazza-space-s);
      min-block-size: var(--piazza-target-size);
      min-inline-size: var(--piazza-target-size);
      border: 1px solid currentColor;
      border-radius: var(--piazza-radius);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .bell {
      position: relative;
      padding-inline: var(--piazza-space-s);
    }
    .bell:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
    li + li {
      border-block-start: 1px solid var(--piazza-color-border);
    }
    .items a {
      display: flex;
      gap: var(--piazza-space-m);
      min-block-size: var(--piazza-target-size);
      padding: var(--piazza-space-m);
      border-inline-start: 4px solid transparent;
      color: inherit;
      text-decoration: none;
    }
    .items a:hover .what {
      text-decoration: underline;
    }
    .icon {
      flex: none;
      color: var(--piazza-color-text-muted);
    }
    .text {
      display: grid;
      gap: var(--piazza-space-xs);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    time {
      color: var(--piazza-color-text-muted);
      font-size: var(--piazza-font-size-small);
    }
    /* A ticket's title under what happened to it: its number alone says little. */
    .about {
      color: var(--piazza-color-text-muted);
    }
    /* New: a word, a bar and bold text, not only a colour. */
    .new {
      background: var(--piazza-color-accent-surface);
    }
    .items .new a {
      border-inline-start-color: var(--piazza-color-primary);
    }
    .new .what {
      font-weight: 700;
    }
    .new .icon {
      color: var(--piazza-color-primary);
    }
    .new-mark {
      justify-self: start;
      padding: 0 var(--piazza-space-s);
      border-radius: var(--piazza-radius);
      background: var(--piazza-color-primary);
      color: var(--piazza-color-on-primary);
      font-size: var(--piazza-font-size-small);
      font-weight: 700;
    }
    .status {
      margin: 0;
      padding: var(--piazza-space-m);
    }
    .status p {
      margin: 0 0 var(--piazza-space-s);
    }
    .retry {
      padding-inline: var(--piazza-space-m);
      border-color: var(--piazza-color-primary);
      color: var(--piazza-color-primary);
      font-weight: 600;
    }
    .skeleton li {
      block-size: 4.5rem;
      margin: var(--piazza-space-s) var(--piazza-space-m);
      border: 0;
      border-radius: var(--piazza-radius);
      background: var(--piazza-color-skeleton);
    }
    @media (prefers-reduced-motion: no-preference) {
      .skeleton li {
        animation: pulse 1.5s ease-in-out infinite;
      }
    }
    @keyframes pulse {
      50% {
        opacity: 0.5;
      }
    }
    #panel a:focus-visible,
    #panel button:focus-visible,
    h2:focus-visible {
      outline: 3px solid var(--piazza-color-focus);
      outline-offset: -3px;
    }
    /* On a phone: the count on the icon's corner, the panel the whole width under the
     header. */
    @media (max-width: 30rem) {
      .bell {
        padding: 0;
      }
      .badge {
        position: absolute;
        inset-block-start: -0.5rem;
        inset-inline-end: -0.5rem;
        box-shadow: 0 0 0 2px var(--piazza-color-brand-surface);
      }
      #panel {
        inset-inline: 0;
        inline-size: auto;
        max-block-size: calc(var(--piazza-panel-room, 80vh) - var(--piazza-space-s));
        margin: var(--piazza-space-s) 0 0;
        border-inline: 0;
        border-radius: 0;
      }
    }
  `,
];
