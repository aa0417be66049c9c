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
