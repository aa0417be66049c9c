import { css } from 'lit';

/**
 * A panel's form: its fields one under the other; `fieldset.plain` groups without a frame;
 * `.preview` says how readers will see what the panel sets.
 */
export const panelFormStyles = css`
  form {
    display: grid;
    gap: var(--piazza-space-m);
  }
  fieldset.plain {
    display: grid;
    gap: var(--piazza-space-m);
    padding: 0;
    border: none;
  }
  .preview {
    margin: 0;
    padding: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
  }
  .preview:empty {
    display: none;
  }
`;
