import { css, html } from 'lit';

/** One section of an app, as its navigation links to it. */
export interface SectionLink {
  href: string;
  label: string;
  current: boolean;
  /** Follows the link inside the portal (a plain click), or lets the browser do it. */
  follow(event: MouseEvent): void;
}

/** An app's own sections, above its screens, the current one marked. */
export function sectionNav(label: string, links: readonly SectionLink[]) {
  return html`<nav class="sections" aria-label=${label}>
    <ul>
      ${links.map(
        (link) =>
          html`<li>
            <a
              href=${link.href}
              aria-current=${link.current ? 'page' : 'false'}
              @click=${link.follow}
              >${link.label}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}

export const sectionNavStyles = css`
  .sections ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--piazza-space-s);
    margin: 0 0 var(--piazza-space-l);
    padding: 0;
    list-style: none;
  }
  .sections a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--piazza-target-size);
    padding-inline: var(--piazza-space-m);
    border: 1px solid var(--piazza-color-border);
    border-radius: var(--piazza-radius);
    background: var(--piazza-color-surface-raised);
    color: var(--piazza-color-primary);
    font-weight: 600;
    text-decoration: none;
  }
  .sections a[aria-current='page'] {
    border-color: var(--piazza-color-primary);
    background: var(--piazza-color-primary);
    color: var(--piazza-color-on-primary);
  }
  .sections a:focus-visible {
    outline: 3px solid var(--piazza-color-focus);
    outline-offset: 2px;
  }
`;
