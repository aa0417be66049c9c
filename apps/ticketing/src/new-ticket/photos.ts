/** What a ticket takes: up to 5 photos, each a JPEG, PNG or WebP of at most 20 MB as chosen. */
export const MAX_PHOTOS = 5;
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];

/** Photos are sent at most this long on their long side, as JPEG of this quality. */
const LONG_SIDE = 1600;
const JPEG_QUALITY = 0.82;

export type PhotoProblem = 'NOT_A_PHOTO' | 'TOO_LARGE';

/** Why a chosen file cannot go with a ticket, or null when it can. */
export function photoProblem(file: File): PhotoProblem | null {
  if (!PHOTO_TYPES.includes(file.type)) return 'NOT_A_PHOTO';
  if (file.size > MAX_PHOTO_BYTES) return 'TOO_LARGE';
  return null;
}

/**
 * The photo as it is sent: at most LONG_SIDE pixels on its long side, re-encoded as JPEG,
 * so that a phone's 12-megapixel picture waits in the outbox and crosses a workshop's weak
 * signal as a few hundred kilobytes.
 */
export async function resizedPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = new OffscreenCanvas(
    Math.round(bitmap.width * scale),
    Math.round(bitmap.height * scale),
  );
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
}
