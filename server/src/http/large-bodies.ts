import { Kind, parse } from 'graphql';
import { MAX_IMPORT_BYTES } from '../translations/exchange.js';

/**
 * GraphQL requests stay small (router.ts), but for one mutation: importTranslations carries
 * a translation file of up to 2 MB, which JSON escaping can at worst double.
 */
export const MAX_IMPORT_BODY_BYTES = 2 * MAX_IMPORT_BYTES + 64 * 1024;

/**
 * How much of a GraphQL request to read: a body that declares a length over `smallLimit`
 * may be an import, and is read up to the import's limit; one streamed without a length
 * stops at `smallLimit`, as before.
 */
export function graphqlBodyLimit(request: Request, smallLimit: number): number {
  const declared = Number(request.headers.get('content-length') ?? '0');
  return declared > smallLimit ? MAX_IMPORT_BODY_BYTES : smallLimit;
}

/** True when the request body is a translation import and nothing else. */
export function importsTranslations(body: Uint8Array): boolean {
  try {
    const { query } = JSON.parse(new TextDecoder().decode(body)) as { query?: unknown };
    if (typeof query !== 'string' || query.length > 10_000) return false;
    const [operation, ...others] = parse(query).definitions;
    return (
      others.length === 0 &&
      operation?.kind === Kind.OPERATION_DEFINITION &&
      operation.operation === 'mutation' &&
      operation.selectionSet.selections.length === 1 &&
      operation.selectionSet.selections[0]!.kind === Kind.FIELD &&
      operation.selectionSet.selections[0]!.name.value === 'importTranslations'
    );
  } catch {
    return false;
  }
}
