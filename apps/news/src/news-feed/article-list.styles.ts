import { css } from 'lit';

/** The grid of cards, its skeleton and the "show more" area (see article-list.ts). */
export const articleListStyles = css`
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    gap: var(--piazza-space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Shaped like a card (picture, then about ten lines), so cards replace it in place. */
  .skeleton {
    display: grid;
    grid-template-rows: auto 15rem;
    overflow: hidden;
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
  }
  .skeleton::before {
    content: '';
    aspect-ratio: 16 / 9;
    background: var(--piazza-color-skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .more {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--piazza-space-s);
    margin-block-start: var(--piazza-space-xl);
    color: var(--piazza-color-text-muted);
  }
  .empty {
    max-inline-size: var(--piazza-reading-width);
  }
`;
