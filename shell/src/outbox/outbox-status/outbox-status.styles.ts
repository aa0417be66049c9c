import { css } from 'lit';
import { headerPanelStyles } from '../../header/header-panel.js';

export const outboxStatusStyles = [
  headerPanelStyles,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    /* Said by screen readers when the count changes; the mark says it to the eye. */
    .announce {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    button {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--piazza-space-xs);
      min-block-size: var(--piazza-target-size);
      min-inline-size: var(--piazza-target-size);
      padding-inline: var(--piazza-space-s);
      border: 1px solid currentColor;
      border-radius: var(--piazza-radius);
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .mark:focus-visible {
      outline: 3px solid currentColor;
      outline-offset: 2px;
    }
    li {
      display: grid;
      gap: var(--piazza-space-xs);
      padding: var(--piazza-space-m);
      border-inline-start: 4px solid transparent;
      overflow-wrap: anywhere;
    }
    li + li {
      border-block-start: 1px solid var(--piazza-color-border);
    }
    p {
      margin: 0;
    }
    .what {
      font-weight: 600;
    }
    .when,
    .state {
      color: var(--piazza-color-text-muted);
      font-size: var(--piazza-font-size-small);
    }
    /* Not sent: a bar and the words, not only a colour. */
    li.failed {
      border-inline-start-color: var(--piazza-color-danger);
    }
    li.failed .state {
      color: var(--piazza-color-danger);
      font-weight: 700;
    }
    .error {
      padding: var(--piazza-space-xs) var(--piazza-space-s);
      background: var(--piazza-color-danger-surface);
    }
    code {
      font-size: var(--piazza-font-size-small);
    }
    .actions,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: var(--piazza-space-s);
      margin-block-start: var(--piazza-space-xs);
    }
    .confirm p {
      flex-basis: 100%;
    }
    .retry {
      border-color: var(--piazza-color-primary);
      color: var(--piazza-color-primary);
      font-weight: 600;
    }
    .danger {
      border-color: var(--piazza-color-danger);
      background: var(--piazza-color-danger);
      color: var(--piazza-color-on-primary);
      font-weight: 600;
    }
    .empty {
      padding: var(--piazza-space-m);
    }
    #panel button:focus-visible,
    h2:focus-visible {
      outline: 3px solid var(--piazza-color-focus);
      outline-offset: 2px;
    }
    /* On a phone: the panel the whole width under the header. */
    @media (max-width: 30rem) {
      #panel {
        inset-inline: 0;
        inline-size: auto;
        max-block-size: calc(var(--piazza-panel-room, 80vh) - var(--piazza-space-s));
        border-inline: 0;
        border-radius: 0;
      }
    }
  `,
];
