/**
 * The connection's peer address, set by the node adapter on every request (any value a
 * client sends under this name is dropped first).
 */
export const PEER_HEADER = 'x-piazza-peer';

/** Who to count a request against: the peer, or behind a trusted proxy the address it saw. */
export function clientAddress(request: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return request.headers.get(PEER_HEADER) ?? 'unknown';
}
