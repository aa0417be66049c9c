import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The ids of the axe-core rules the page breaks (WCAG 2.x A and AA, best practices), or
 * only a part of it: `within` is a path of selectors through shadow roots, e.g.
 * `['piazza-portal', 'piazza-newsroom-app']` for one app.
 */
export async function axeViolations(page: Page, within?: string[]): Promise<string[]> {
  // Evaluated through DevTools: the portal's CSP rightly refuses an injected script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async (path) => {
    const axe = (
      window as unknown as {
        axe: { run(context?: unknown): Promise<{ violations: { id: string }[] }> };
      }
    ).axe;
    const result = await (path ? axe.run({ include: [path] }) : axe.run());
    return result.violations.map((violation) => violation.id);
  }, within);
}
