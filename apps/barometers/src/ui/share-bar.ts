import { css, html } from 'lit';

/**
 * A small horizontal bar for a share of a whole (0 to 1), beside the number it draws: the
 * number says it, the bar only lets the eye compare rows, so assistive technology skips it.
 * A native <progress> needs no inline style, which the portal's strict CSP refuses.
 */
export function shareBar(share: number | null) {
  const value = share === null ? 0 : Math.max(0, Math.min(1, share));
  return html`<progress class="share-bar" aria-hidden="true" max="1" .value=${value}></progress>`;
}

export const shareBarStyles = css`
  .share-bar {
    appearance: none;
    inline-size: 4rem;
    block-size: 0.5rem;
    margin-inline-end: var(--piazza-space-s);
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
    vertical-align: middle;
    overflow: hidden;
  }
  .share-bar::-webkit-progress-bar {
    background: var(--piazza-color-surface-default);
  }
  .share-bar::-webkit-progress-value {
    background: var(--piazza-color-primary);
  }
  .share-bar::-moz-progress-bar {
    background: var(--piazza-color-primary);
  }
`;
