import { generateNetwork, type Network } from '../server/src/seed/generate-network.js';

/**
 * The mocks' data: the server's own seed generator, smaller, so that the front end
 * alone shows the same kind of network as the real server.
 */
export const MOCK_SCALE = 1;
export const MOCK_REFERENCE_DATE = '2026-11-20T09:00:00.000Z';

let cached: Network | undefined;

export function mockNetwork(): Network {
  cached ??= generateNetwork({ scale: MOCK_SCALE, referenceDate: MOCK_REFERENCE_DATE });
  return cached;
}

/**
 * The mock network with exactly these must-reads (article id → deadline, null for none),
 * whatever the seed marks: tests choose their must-reads and their deadlines.
 */
export function mockNetworkWithMustReads(deadlines: Record<string, string | null>): Network {
  const network = mockNetwork();
  return {
    ...network,
    articles: network.articles.map((article) => ({
      ...article,
      mustRead: article.id in deadlines,
      mustReadBy: deadlines[article.id] ?? null,
    })),
  };
}
