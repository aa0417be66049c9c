import type { ErrorCode } from '../graphql/errors.js';

export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

export function textResponse(status: number, text: string, headers: HeadersInit = {}): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  });
}

/** A GraphQL-shaped error for requests rejected before they reach the GraphQL engine. */
export function graphqlErrorResponse(status: number, code: ErrorCode, message: string): Response {
  return jsonResponse(status, { errors: [{ message, extensions: { code } }] });
}
