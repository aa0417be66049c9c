/** Long enough for the browser to start writing the file, whatever its size. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Saves text as a file in the person's downloads, without a server round trip: the data
 * is already in the page, so a Blob and a temporary object URL are enough.
 */
export function downloadFile(file: { fileName: string; text: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
