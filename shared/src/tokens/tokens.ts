import { css } from 'lit';

/**
 * Design tokens in three tiers: palette → brand → semantic. Components use only the
 * semantic `--piazza-*` tokens; a brand is switched by one class on the portal root.
 * Custom properties inherit into every app's shadow root, so apps need no import.
 */
export const tokens = css`
  @layer piazza-tokens {
    .piazza-root {
      --piazza-palette-slate-50: #f7f8fa;
      --piazza-palette-slate-100: #eef0f4;
      --piazza-palette-slate-300: #c5cad3;
      --piazza-palette-slate-600: #4a5363;
      --piazza-palette-slate-800: #232a36;
      --piazza-palette-slate-900: #141922;
      --piazza-palette-white: #ffffff;
      --piazza-palette-red-700: #a4161a;
      --piazza-palette-red-50: #fdecec;

      --piazza-brand-primary: #1f4e8c;
      --piazza-brand-on-primary: #ffffff;
      --piazza-brand-accent: #e5f0fb;

      --piazza-color-surface-default: var(--piazza-palette-white);
      --piazza-color-surface-raised: var(--piazza-palette-white);
      --piazza-color-surface-sunken: var(--piazza-palette-slate-50);
      --piazza-color-text-default: var(--piazza-palette-slate-900);
      --piazza-color-text-muted: var(--piazza-palette-slate-600);
      --piazza-color-border: var(--piazza-palette-slate-300);
      --piazza-color-skeleton: var(--piazza-palette-slate-100);
      --piazza-color-brand-surface: var(--piazza-brand-primary);
      --piazza-color-on-brand: var(--piazza-brand-on-primary);
      --piazza-color-primary: var(--piazza-brand-primary);
      --piazza-color-on-primary: var(--piazza-brand-on-primary);
      --piazza-color-accent-surface: var(--piazza-brand-accent);
      --piazza-color-danger: var(--piazza-palette-red-700);
      --piazza-color-danger-surface: var(--piazza-palette-red-50);
      --piazza-color-focus: var(--piazza-brand-primary);

      --piazza-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      --piazza-font-size-body: 1rem;
      --piazza-font-size-small: 0.875rem;
      --piazza-font-size-title: 1.25rem;
      --piazza-font-size-display: 1.75rem;
      --piazza-line-height: 1.5;
      --piazza-space-xs: 0.25rem;
      --piazza-space-s: 0.5rem;
      --piazza-space-m: 1rem;
      --piazza-space-l: 1.5rem;
      --piazza-space-xl: 2.5rem;
      --piazza-radius: 0.75rem;
      --piazza-shadow-card: 0 1px 2px rgb(20 25 34 / 0.08), 0 2px 8px rgb(20 25 34 / 0.06);
      --piazza-target-size: 44px;
      --piazza-content-width: 72rem;
      --piazza-reading-width: 42rem;
    }

    /* Brand themes: only the brand tier changes. */
    .piazza-root.piazza-theme-veyra {
      --piazza-brand-primary: #0b5d66;
      --piazza-brand-accent: #e3f3f4;
    }
    .piazza-root.piazza-theme-lumo {
      --piazza-brand-primary: #b2410e;
      --piazza-brand-accent: #fcefe6;
    }
    .piazza-root.piazza-theme-norvik {
      --piazza-brand-primary: #2f4a2a;
      --piazza-brand-accent: #edf3ea;
    }
    .piazza-root.piazza-theme-castello {
      --piazza-brand-primary: #8a1538;
      --piazza-brand-accent: #f8e8ee;
    }

    @media (prefers-color-scheme: dark) {
      .piazza-root {
        --piazza-color-surface-default: var(--piazza-palette-slate-900);
        --piazza-color-surface-raised: var(--piazza-palette-slate-800);
        --piazza-color-surface-sunken: #0d1117;
        --piazza-color-text-default: var(--piazza-palette-slate-50);
        --piazza-color-text-muted: var(--piazza-palette-slate-300);
        --piazza-color-border: var(--piazza-palette-slate-600);
        --piazza-color-skeleton: var(--piazza-palette-slate-800);
        /* The header keeps the brand's colour; on dark surfaces, a light tint of it. */
        --piazza-color-primary: color-mix(in oklab, var(--piazza-brand-primary) 35%, white);
        --piazza-color-on-primary: var(--piazza-palette-slate-900);
        --piazza-color-accent-surface: color-mix(
          in oklab,
          var(--piazza-brand-primary) 30%,
          #141922
        );
        --piazza-color-danger: #ff8a8a;
        --piazza-color-danger-surface: #3a1618;
        --piazza-color-focus: var(--piazza-color-primary);
      }
    }
  }
`;
