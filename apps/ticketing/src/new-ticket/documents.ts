/** What a ticket takes (server/src/tickets/ticket-files.ts): up to 5 PDFs of at most 10 MB. */
export const MAX_DOCUMENTS = 5;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentProblem = 'NOT_A_PDF' | 'TOO_LARGE';

/** Why a chosen file cannot go with a ticket, or null when it can. */
export function documentProblem(file: File): DocumentProblem | null {
  if (file.type !== 'application/pdf') return 'NOT_A_PDF';
  if (file.size > MAX_DOCUMENT_BYTES) return 'TOO_LARGE';
  return null;
}

/** Where a document is uploaded, with its name (the server keeps it for the download). */
export const documentUploadPath = (file: File) =>
  `/api/tickets/attachments?name=${encodeURIComponent(file.name)}`;
