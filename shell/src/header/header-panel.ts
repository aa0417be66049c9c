import { css } from 'lit';

/**
 * The header's pop-over panels (the notification bell's, the outbox's): a `popover`
 * `#panel` in the top layer under the button that opens it, with a sticky `.heading`
 * (an `h2` and a `.close` button), a list, and the button's count `.badge`.
 */
export const headerPanelStyles = css`
  .badge {
    box-sizing: border-box;
    min-inline-size: 1.5rem;
    padding: 0 var(--piazza-space-xs);
    border-radius: 0.75rem;
    background: var(--piazza-color-on-brand);
    color: var(--piazza-color-brand-surface);
    font-size: var(--piazza-font-size-small);
    font-weight: 700;
    line-height: 1.5rem;
    text-align: center;
  }
  /* In the top layer: placed under its button by placePanelUnder (--piazza-panel-*). */
  #panel {
    position: absolute;
    box-sizing: border-box;
    inset: var(--piazza-panel-top, 4rem) var(--piazza-panel-end, 0) auto auto;
    inline-size: min(26rem, calc(100vw - 2 * var(--piazza-space-m)));
    max-block-size: min(36rem, var(--piazza-panel-room, 80vh) - var(--piazza-space-m));
    margin: var(--piazza-space-s) 0 0;
    padding: 0;
    overflow: auto;
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    box-shadow: var(--piazza-shadow-card);
    color: var(--piazza-color-text-default);
    font-family: var(--piazza-font-family);
    font-size: var(--piazza-font-size-body);
    line-height: var(--piazza-line-height);
  }
  .heading {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--piazza-space-s);
    padding: var(--piazza-space-s) var(--piazza-space-s) var(--piazza-space-s) var(--piazza-space-m);
    border-block-end: 1px solid var(--piazza-color-border);
    background: var(--piazza-color-surface-raised);
  }
  h2 {
    margin: 0;
    font-size: var(--piazza-font-size-title);
  }
  .close {
    border-color: transparent;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

/**
 * Places a header panel under the button that opens it, its end edge on the button's
 * (full width on a phone, by the styles). Called before it opens and on resize.
 */
export function placePanelUnder(host: HTMLElement, panel: HTMLElement, button: Element): void {
  const below = button.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const rtl = getComputedStyle(host).direction === 'rtl';
  panel.style.setProperty('--piazza-panel-top', `${below.bottom + window.scrollY}px`);
  panel.style.setProperty('--piazza-panel-end', `${rtl ? below.left : width - below.right}px`);
  panel.style.setProperty('--piazza-panel-room', `${window.innerHeight - below.bottom}px`);
}
