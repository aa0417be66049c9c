import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../support/chromium.js';

/** Debian's Chromium, with the flags this kind of machine needs (no network beyond loopback). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions and console errors, for tests that expect none. */
  errors: string[];
  /** Every JavaScript URL the page requested, in order (duplicates kept). */
  scripts: string[];
}

/** A fresh context (no storage shared between tests) and a page that records what it loads. */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'en-GB',
  });
  const page = await context.newPage();
  // Fail fast: a missing element should fail its assertion, not the whole test's time.
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return { page, errors, scripts };
}

/**
 * Signs in on the standalone portal's demo sign-in as the person with this name (the
 * first button: a person with several roles is listed under each), and waits until done.
 */
export async function signInAs(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page
    .getByRole('button', { name: new RegExp(name) })
    .first()
    .click();
  // Signed in once the sign-in has gone: a test that navigates right after the click would
  // otherwise race the token request and land on the sign-in again.
  await page.locator('piazza-sign-in').waitFor({ state: 'detached' });
}

/**
 * Signs in as anyone, as the demo sign-in does for the people it lists (it lists a few;
 * the seed has editors for every community), and shows the portal's home as them.
 */
export async function signInById(page: Page, baseUrl: string, personId: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.evaluate(async (id) => {
    const response = await fetch('/auth/demo/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: id }),
    });
    const { accessToken } = (await response.json()) as { accessToken: string };
    sessionStorage.setItem('piazza.demoToken', accessToken);
    sessionStorage.setItem('piazza.demoPerson', id);
  }, personId);
  await page.reload();
}
