import { css } from 'lit';

/**
 * A ticket's status badge: the word always says the status; the colour of its edge only
 * helps the eye (open ones in the brand's colour, finished ones muted).
 */
export const statusBadgeStyles = css`
  .badge--new,
  .badge--waiting_for_reporter {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-accent-surface);
    color: var(--piazza-color-text-default);
  }
  .badge--urgent,
  .badge--high {
    border-color: var(--piazza-color-danger);
    color: var(--piazza-color-danger);
  }
  .pending {
    border-style: dashed;
  }
`;

/** A list of files, each a line with its name, size and buttons (to file, or filed). */
export const fileListStyles = css`
  .files {
    display: grid;
    gap: var(--piazza-space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--piazza-space-s);
  }
  .name {
    overflow-wrap: anywhere;
  }
  .size {
    color: var(--piazza-color-text-muted);
  }
`;
