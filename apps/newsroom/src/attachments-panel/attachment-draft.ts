import { type FieldError } from '@piazza/shared/screens';

/** The most files an article takes, and the longest name (server: news/attachments.ts). */
const MAX_ATTACHMENTS = 10;
const MAX_NAME_LENGTH = 120;

/** One attached file as the panel holds it; `key` tells rows apart while they move. */
export interface AttachmentDraft {
  key: number;
  name: string;
  url: string;
  contentType: string;
  size: number;
}

export interface AttachmentsDraft {
  attachments: AttachmentDraft[];
}

/** Why a file's name cannot be saved (REQUIRED, TOO_LONG), or undefined when it can. */
export function nameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'REQUIRED';
  return trimmed.length > MAX_NAME_LENGTH ? 'TOO_LONG' : undefined;
}

/**
 * The server's rules, said before sending: at most 10 files, each with a name of 1 to 120
 * characters (`attachmentName`: the rows whose name has a problem show it).
 */
export function checkAttachments(draft: AttachmentsDraft): FieldError[] {
  const errors: FieldError[] = [];
  if (draft.attachments.length > MAX_ATTACHMENTS) {
    errors.push({ field: 'attachments', reason: 'TOO_LONG' });
  }
  const problem = draft.attachments.map((file) => nameProblem(file.name)).find(Boolean);
  if (problem) errors.push({ field: 'attachmentName', reason: problem });
  return errors;
}
