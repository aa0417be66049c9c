import { svg, html } from 'lit';

const WIDTH = 64;
const HEIGHT = 20;

/**
 * A trend as a small line, for the eye only (`aria-hidden`): the words beside it say
 * where the trend goes. Gaps (periods not measured) break the line.
 */
export function sparkline(values: readonly (number | null)[]) {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2) return null;
  const min = Math.min(...known);
  const span = Math.max(...known) - min || 1;
  const step = WIDTH / Math.max(values.length - 1, 1);
  const segments: string[] = [];
  let segment = '';
  values.forEach((value, index) => {
    if (value === null) {
      if (segment) segments.push(segment);
      segment = '';
      return;
    }
    const x = (index * step).toFixed(1);
    const y = (HEIGHT - 2 - ((value - min) / span) * (HEIGHT - 4)).toFixed(1);
    segment += `${segment ? 'L' : 'M'}${x} ${y}`;
  });
  if (segment) segments.push(segment);
  return html`<svg
    class="sparkline"
    aria-hidden="true"
    focusable="false"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    width=${WIDTH}
    height=${HEIGHT}
  >
    ${segments.map(
      (d) =>
        svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />`,
    )}
  </svg>`;
}

/** Which way a trend goes, first measured period to the last: for the words beside it. */
export function trendDirection(
  values: readonly (number | null)[],
): 'up' | 'down' | 'flat' | 'none' {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2) return 'none';
  const first = known[0]!;
  const last = known.at(-1)!;
  // Within 2 % of where it started: steady.
  if (Math.abs(last - first) <= Math.abs(first) * 0.02) return 'flat';
  return last > first ? 'up' : 'down';
}
