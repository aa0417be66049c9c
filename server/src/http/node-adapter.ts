import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { PEER_HEADER } from './client-address.js';
import type { FetchHandler } from './router.js';

function origin(req: IncomingMessage): string {
  try {
    return new URL(`http://${req.headers.host ?? ''}`).origin;
  } catch {
    return 'http://localhost';
  }
}

function toRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? '/', origin(req));
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i] ?? '';
    const value = req.rawHeaders[i + 1] ?? '';
    if (name.toLowerCase() === PEER_HEADER) continue;
    // Node let the header through; the Fetch API may still refuse it (e.g. a bad name).
    try {
      headers.append(name, value);
    } catch {
      continue;
    }
  }
  headers.set(PEER_HEADER, req.socket.remoteAddress ?? 'unknown');
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  // A client that goes away must not keep a stream (e.g. a subscription) running.
  res.on('close', () => void reader.cancel().catch(() => undefined));
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!res.write(value)) {
      await new Promise((resolve) => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
    }
  }
  res.end();
}

/** Serves a fetch handler on node's http server. */
export function toNodeHandler(handler: FetchHandler) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    let request: Request;
    try {
      request = toRequest(req);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    handler(request)
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        console.error('Cannot answer the request:', error);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end();
      });
  };
}
