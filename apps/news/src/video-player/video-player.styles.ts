import { css } from 'lit';

export const videoPlayerStyles = css`
  :host {
    display: block;
    margin-block: var(--piazza-space-l);
  }
  /* The box keeps its 16:9 size before and after loading: nothing below it moves. */
  .box {
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-brand-surface);
  }
  iframe {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: none;
  }
  .play {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--piazza-space-m);
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    padding: var(--piazza-space-m);
    border: none;
    background: var(--piazza-color-brand-surface);
    color: var(--piazza-color-on-brand);
    font: inherit;
    font-weight: 600;
    text-align: center;
    cursor: pointer;
  }
  .icon {
    inline-size: clamp(3rem, 18%, 5rem);
    block-size: auto;
    flex-shrink: 0;
  }
  .icon circle {
    fill: var(--piazza-color-on-brand);
  }
  .icon path {
    fill: var(--piazza-color-brand-surface);
  }
  /* Inside the box, in the colour of its text: the focus colour is the box's own. */
  .play:focus-visible {
    outline: 3px solid var(--piazza-color-on-brand);
    outline-offset: -6px;
  }
`;
