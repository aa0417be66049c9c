import type { TFunction } from 'i18next';
import type { Page } from 'playwright-core';

/** A 1 × 1 PNG: the server knows photos by their bytes. */
export const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface TicketToFile {
  title: string;
  /** The dealer's name, as the form lists it. */
  dealerName: string;
  /** A non-conformity about a vehicle, with a photo; else a help-desk request. */
  nonConformity: boolean;
}

/** Chooses an option of a select by its visible text. */
async function choose(page: Page, label: string, option: string | RegExp) {
  const select = page.getByLabel(label, { exact: true });
  const value = await select
    .locator('option')
    .filter({ hasText: option })
    .first()
    .getAttribute('value');
  await select.selectOption(value!);
}

/**
 * Fills the new-ticket form (already open) as a reporter does and presses "File the
 * ticket"; what follows (the ticket opens, or it waits on the device) is the caller's.
 */
export async function fillAndFileTicket(page: Page, t: TFunction, ticket: TicketToFile) {
  const kind = ticket.nonConformity ? 'NON_CONFORMITY' : 'HELP_DESK';
  await page.getByRole('radio', { name: new RegExp(t(`kind.${kind}.name`)) }).check();
  const category = page.getByLabel(t('form.category'), { exact: true });
  await category.locator('option').nth(1).waitFor({ state: 'attached' });
  await category.selectOption({ index: 1 });
  await page.getByLabel(t('form.ticketTitle'), { exact: true }).fill(ticket.title);
  await page
    .getByLabel(t('form.description'), { exact: true })
    .fill('Found during the workshop visit this morning.');
  await choose(page, t('form.dealer'), ticket.dealerName);
  if (ticket.nonConformity) {
    await page.getByLabel(t('form.vin'), { exact: true }).fill('ZFA31200000123456');
    await page.getByLabel(t('form.severity'), { exact: true }).selectOption('MAJOR');
    await page
      .locator('piazza-ticketing-photo-picker input[type=file]')
      .setInputFiles({ name: 'damage.png', mimeType: 'image/png', buffer: PIXEL_PNG });
    await page.getByRole('img', { name: t('form.photoAlt', { number: 1 }) }).waitFor();
  }
  await page.getByRole('button', { name: t('form.submit') }).click();
}
