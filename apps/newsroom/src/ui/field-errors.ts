import type { TFunction } from 'i18next';
import { errorMessageKey } from '@piazza/shared';
import { fieldErrorMessage, fieldErrorsOf } from '@piazza/shared/screens';

/**
 * What went wrong with a save that no field explains (offline, the server, rights), and
 * that nothing typed was lost: "Not saved: we could not reach Piazza… Your changes are
 * still here."
 */
export function saveFailedMessage(t: TFunction, error: unknown): string {
  return t('save.failed', { reason: t(errorMessageKey(error)) });
}

/**
 * The message above a form's button after a refused save: the fields it shows carry their
 * own messages, so it points at them; a refusal about something else (the article's
 * status, a field of another form) is said here in full.
 */
export function formFailureMessage(t: TFunction, error: unknown, shown: readonly string[]): string {
  const refused = fieldErrorsOf(error);
  if (refused.length === 0) return saveFailedMessage(t, error);
  const elsewhere = refused.filter((e) => !shown.includes(e.field));
  if (elsewhere.length === 0) return t('save.checkFields');
  return t('save.failed', { reason: elsewhere.map((e) => fieldErrorMessage(t, e)).join(' ') });
}
