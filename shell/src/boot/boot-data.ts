/**
 * The first view the server embedded in the standalone page (server/src/http/first-view.ts):
 * the session's token, the results of the first screen's operations and its translations.
 * With it the portal paints without waiting on the network.
 */
export interface BootData {
  token: string;
  locale: string;
  /** Namespace → messages in `locale`. */
  bundles: Record<string, Record<string, unknown>>;
  operations: { operationName: string; variables: Record<string, unknown>; result: unknown }[];
}

/** Reads the page's embedded first view, if the server put one there. */
export function readBootData(): BootData | undefined {
  const element = document.getElementById('piazza-boot');
  if (element?.getAttribute('type') !== 'application/json') return undefined;
  try {
    return JSON.parse(element.textContent ?? '') as BootData;
  } catch {
    return undefined;
  }
}

/** JSON with sorted keys, so the same variables always give the same text. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      // Code-unit order: localeCompare would load collation data for nothing.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const requestKey = (operationName: unknown, variables: unknown): string =>
  `${String(operationName)}|${stableJson(variables ?? {})}`;

/**
 * The embedded results, each answering the first request for the same operation and
 * variables once; every later request goes to the network as usual.
 */
export class PrefetchedResponses {
  private readonly results = new Map<string, unknown>();

  constructor(operations: BootData['operations'] = []) {
    for (const { operationName, variables, result } of operations) {
      this.results.set(requestKey(operationName, variables), result);
    }
  }

  /** Forgets the answers left: they were the page's session's, which has ended. */
  clear(): void {
    this.results.clear();
  }

  /** The embedded answer to a GraphQL request body, if there is one left. */
  take(body: unknown): Response | undefined {
    if (this.results.size === 0 || typeof body !== 'string') return undefined;
    let request: { operationName?: unknown; variables?: unknown };
    try {
      request = JSON.parse(body) as typeof request;
    } catch {
      return undefined;
    }
    const key = requestKey(request.operationName, request.variables);
    if (!this.results.has(key)) return undefined;
    const result = this.results.get(key);
    this.results.delete(key);
    return new Response(JSON.stringify(result), {
      headers: { 'content-type': 'application/json' },
    });
  }
}
