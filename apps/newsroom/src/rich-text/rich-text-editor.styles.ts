import { css } from 'lit';

export const richTextStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .frame {
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-default);
  }
  .frame[data-invalid] {
    border: 2px solid var(--piazza-color-danger);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-xs);
    padding: var(--piazza-space-xs);
    border-block-end: 1px solid var(--piazza-color-border);
    background: var(--piazza-color-surface-sunken);
    border-start-start-radius: var(--piazza-radius);
    border-start-end-radius: var(--piazza-radius);
  }
  .tool {
    display: inline-flex;
    align-items: center;
    gap: var(--piazza-space-xs);
    min-block-size: var(--piazza-target-size);
    min-inline-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-s);
    border: 1px solid transparent;
    border-radius: calc(var(--piazza-radius) / 2);
    background: none;
    color: var(--piazza-color-text-default);
    font: inherit;
    cursor: pointer;
  }
  .tool[aria-pressed='true'] {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
    color: var(--piazza-color-primary);
  }
  .tool:disabled {
    color: var(--piazza-color-text-muted);
    cursor: default;
  }
  .tool:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
  .glyph {
    min-inline-size: 1.25em;
    font-weight: 700;
    text-align: center;
  }
  .glyph--italic {
    font-style: italic;
    font-family: Georgia, serif;
  }
  /* In a narrow column (a phone, a translation beside its original) the names would take
     five rows: glyphs only, the names still read out. */
  @container (max-width: 36rem) {
    .name {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .link-form {
    display: grid;
    gap: var(--piazza-space-xs);
    padding: var(--piazza-space-s) var(--piazza-space-m);
    border-block-end: 1px solid var(--piazza-color-border);
  }
  .link-form label {
    font-weight: 600;
  }
  .link-form input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-text-muted);
    border-radius: var(--piazza-radius);
    font: inherit;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
  }
  .editable {
    min-block-size: 12rem;
  }
  .loading {
    margin: 0;
    padding: var(--piazza-space-m);
    color: var(--piazza-color-text-muted);
  }
  .content {
    min-block-size: 12rem;
    padding: var(--piazza-space-s) var(--piazza-space-m);
    line-height: 1.6;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    outline: none;
  }
  .content:focus-visible {
    box-shadow: inset 0 0 0 3px var(--piazza-color-focus);
    border-radius: var(--piazza-radius);
  }
  .content h2 {
    font-size: var(--piazza-font-size-title);
  }
  .content h3 {
    font-size: 1.1rem;
  }
  .content blockquote {
    margin-inline: 0;
    padding-inline-start: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-border);
    color: var(--piazza-color-text-muted);
  }
  .content a {
    color: var(--piazza-color-primary);
  }
  .field-error {
    margin: var(--piazza-space-xs) 0 0;
    color: var(--piazza-color-danger);
    font-weight: 600;
  }
  .failed {
    padding: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-danger);
    border-radius: var(--piazza-radius);
  }
`;
