import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The ids of the axe-core rules the page breaks (WCAG 2.x A and AA, best practices). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools: the portal's CSP rightly refuses an injected script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } })
      .axe;
    return (await axe.run()).violations.map((violation) => violation.id);
  });
}
