import { Kind, parse } from 'graphql';
import { MAX_KPI_CSV_BYTES } from '../barometers/kpi-csv.js';
import { MAX_IMPORT_BYTES } from '../translations/exchange.js';

/**
 * GraphQL requests stay small (router.ts), but for two mutations: importTranslations carries
 * a translation file of up to 2 MB, which JSON escaping can at worst double.
 */
export const MAX_IMPORT_BODY_BYTES = 2 * MAX_IMPORT_BYTES + 64 * 1024;

/**
 * importKpiMeasurements carries a CSV file of up to 10 MB: JSON escapes little of a CSV
 * (a line break, a quote), so a tenth more is room enough.
 */
export const MAX_KPI_IMPORT_BODY_BYTES = MAX_KPI_CSV_BYTES + MAX_KPI_CSV_BYTES / 10;

/** The mutations that may come with a large body (alone in their request), and their limit. */
const LARGE_IMPORTS: Readonly<Record<string, number>> = {
  importTranslations: MAX_IMPORT_BODY_BYTES,
  importKpiMeasurements: MAX_KPI_IMPORT_BODY_BYTES,
};

/**
 * How much of a GraphQL request to read: a body that declares a length over `smallLimit`
 * and is sent by someone signed in (an `authorization` header; the token is checked
 * later) may be an import, and is read up to the largest import's limit. Anonymous
 * requests, and bodies streamed without a length, stop at `smallLimit`: nobody can make
 * the server read megabytes without a token.
 */
export function graphqlBodyLimit(request: Request, smallLimit: number): number {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (!request.headers.has('authorization') || declared <= smallLimit) return smallLimit;
  return Math.max(...Object.values(LARGE_IMPORTS));
}

/** How large this body may be: its import's limit when it is one alone, else 0. */
export function largeImportLimit(body: Uint8Array): number {
  const name = importName(body);
  return name === undefined ? 0 : (LARGE_IMPORTS[name] ?? 0);
}

/** The name of the mutation a request body holds when it holds one field and nothing else. */
function importName(body: Uint8Array): string | undefined {
  try {
    const { query } = JSON.parse(new TextDecoder().decode(body)) as { query?: unknown };
    if (typeof query !== 'string' || query.length > 10_000) return undefined;
    const [operation, ...others] = parse(query).definitions;
    if (
      others.length > 0 ||
      operation?.kind !== Kind.OPERATION_DEFINITION ||
      operation.operation !== 'mutation' ||
      operation.selectionSet.selections.length !== 1
    ) {
      return undefined;
    }
    const [field] = operation.selectionSet.selections;
    return field?.kind === Kind.FIELD ? field.name.value : undefined;
  } catch {
    return undefined;
  }
}
