import type { TFunction } from 'i18next';
import type { PortalContext } from '@piazza/shared';

/** Where files are uploaded: the file's bytes as the body, its type as Content-Type. */
export const MEDIA_PATH = '/api/media';
/** The largest file the server takes (server: http/media.ts). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];

/**
 * What a file is uploaded for: the article's picture, or a file to attach (a PDF or a
 * picture). Each has its types, the server's refusal for any other, and its query.
 */
export const UPLOAD_PURPOSES = {
  image: { types: IMAGE_TYPES, refusal: 'NOT_AN_IMAGE', query: '' },
  attachment: {
    types: ['application/pdf', ...IMAGE_TYPES],
    refusal: 'UNSUPPORTED_FILE',
    query: '?purpose=attachment',
  },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_PURPOSES;

/** Why an upload failed: the server's codes, or FAILED for the rest (offline, a crash). */
const REFUSALS = [
  'NOT_AN_IMAGE',
  'UNSUPPORTED_FILE',
  'TOO_LARGE',
  'RATE_LIMITED',
  'FORBIDDEN',
  'UNAUTHENTICATED',
] as const;
export type UploadRefusal = (typeof REFUSALS)[number] | 'FAILED';

/** The refusals the portal has common words for; the others are said by the form itself. */
const COMMON_MESSAGES: Partial<Record<UploadRefusal, string>> = {
  RATE_LIMITED: 'common:errors.rateLimited',
  FORBIDDEN: 'common:errors.forbidden',
  UNAUTHENTICATED: 'common:errors.unauthenticated',
};

/** What an upload gives: the file's address, or why it was refused. */
export type UploadResult = { url: string } | { error: UploadRefusal };

/** The `accept` of a file input for a purpose: 'image/png,image/jpeg,…'. */
export function acceptedTypes(purpose: UploadPurpose): string {
  return UPLOAD_PURPOSES[purpose].types.join(',');
}

/**
 * Sends a file to Piazza's server with the person's token, after the checks the server
 * would make anyway (type, size), so a wrong file is refused at once. Never throws.
 *
 * @example
 * const result = await uploadFile(portal, file, 'attachment');
 * if ('url' in result) attach({ name: file.name, url: result.url });
 */
export async function uploadFile(
  portal: PortalContext,
  file: File,
  purpose: UploadPurpose = 'image',
): Promise<UploadResult> {
  const { types, refusal, query } = UPLOAD_PURPOSES[purpose];
  if (!(types as readonly string[]).includes(file.type)) return { error: refusal };
  if (file.size > MAX_UPLOAD_BYTES) return { error: 'TOO_LARGE' };
  try {
    const response = await portal.fetchApi(`${MEDIA_PATH}${query}`, {
      method: 'POST',
      headers: { 'content-type': file.type },
      body: file,
    });
    const body = (await response.json().catch(() => ({}))) as {
      url?: string;
      error?: { code?: string };
    };
    if (response.ok && body.url) return { url: body.url };
    const code = REFUSALS.find((candidate) => candidate === body.error?.code);
    return { error: code ?? 'FAILED' };
  } catch {
    return { error: 'FAILED' };
  }
}

/**
 * What to tell the editor about a refused upload, in their language: the portal's common
 * words for rights and limits, else the form's own (`<keys>.<code>`, e.g.
 * 'attachments.errors.UNSUPPORTED_FILE').
 */
export function uploadRefusalMessage(t: TFunction, refusal: UploadRefusal, keys: string): string {
  return t(COMMON_MESSAGES[refusal] ?? `${keys}.${refusal}`);
}
