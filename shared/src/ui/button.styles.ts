import { css } from 'lit';

/** The portal's buttons: large targets, visible focus, brand colour for the primary one. */
export const buttonStyles = css`
  .piazza-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--piazza-space-s);
    min-block-size: var(--piazza-target-size);
    min-inline-size: var(--piazza-target-size);
    padding-block: var(--piazza-space-s);
    padding-inline: var(--piazza-space-l);
    border: 1px solid var(--piazza-color-primary);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .piazza-button--primary {
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
  }
  /* Unavailable (busy, or already done): muted and dashed, not only by colour. */
  .piazza-button:disabled {
    border-style: dashed;
    border-color: var(--piazza-color-border);
    background: var(--piazza-color-surface-default);
    color: var(--piazza-color-text-muted);
    cursor: default;
  }
  .piazza-button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;
