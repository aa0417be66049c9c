/** A translation file that does not parse; the message says where, for the agency to fix. */
export class MalformedFileError extends Error {
  override name = 'MalformedFileError';
}
