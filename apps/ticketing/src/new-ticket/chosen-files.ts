import { html, type TemplateResult } from 'lit';

/** A chosen file that does not go with the ticket, and why. */
export interface RefusedFile<Problem extends string> {
  name: string;
  problem: Problem | 'TOO_MANY';
}

/**
 * The files a picker takes among those just chosen, in their order, and those it refuses:
 * each file's own problem first, then TOO_MANY past `room` more files.
 */
export function sortChosenFiles<Problem extends string>(
  files: readonly File[],
  room: number,
  problemOf: (file: File) => Problem | null,
): { accepted: File[]; refused: RefusedFile<Problem>[] } {
  const accepted: File[] = [];
  const refused: RefusedFile<Problem>[] = [];
  for (const file of files) {
    const problem = problemOf(file);
    if (problem) refused.push({ name: file.name, problem });
    else if (accepted.length >= room) refused.push({ name: file.name, problem: 'TOO_MANY' });
    else accepted.push(file);
  }
  return { accepted, refused };
}

/** The refused files, each a field error saying why, in the words `message` gives it. */
export const refusedFileErrors = <Problem extends string>(
  refused: readonly RefusedFile<Problem>[],
  message: (file: RefusedFile<Problem>) => string,
): TemplateResult[] => refused.map((file) => html`<p class="field-error">${message(file)}</p>`);
