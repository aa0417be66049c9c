import { css } from 'lit';

export const articleEditorStyles = css`
  :host {
    display: grid;
    gap: var(--piazza-space-l);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--piazza-space-m);
  }
  .heading h1 {
    margin: 0;
  }
  h3 {
    margin-block: 0 var(--piazza-space-m);
    font-size: var(--piazza-font-size-title);
  }
  /* Side by side where there is room for two columns of text, stacked on a phone. */
  .versions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: var(--piazza-space-l);
    align-items: start;
  }
  .version {
    min-inline-size: 0;
  }
  .pickers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--piazza-space-m);
    margin-block-end: var(--piazza-space-m);
  }
  .outdated {
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-danger);
    background: var(--piazza-color-danger-surface);
  }
  .delete,
  .confirm {
    margin-block-start: var(--piazza-space-m);
  }
  /* Category and live stream side by side where there is room, the attachments below. */
  .panels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: var(--piazza-space-l);
    align-items: start;
  }
  .panels > :last-child {
    grid-column: 1 / -1;
  }
  .confirm {
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-danger);
    border-radius: var(--piazza-radius);
  }
`;
