import { css } from 'lit';

export const targetPanelStyles = css`
  .reach {
    margin: 0 0 var(--piazza-space-m);
    padding: var(--piazza-space-m);
    border-inline-start: 4px solid var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
    font-size: var(--piazza-font-size-title);
    font-weight: 600;
  }
  .audience {
    gap: var(--piazza-space-s);
  }
  .audience-fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--piazza-space-s) var(--piazza-space-m);
  }
  .dealer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--piazza-space-s);
    margin: 0;
  }
  .deadline {
    max-inline-size: 20rem;
  }
`;
