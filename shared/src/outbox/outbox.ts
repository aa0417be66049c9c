import type { TypedDocumentNode } from '@apollo/client';

/**
 * The outbox: writes a person makes (a ticket, a comment, a must-read acknowledged) are
 * stored on the device first and sent when the network allows, in the order they were
 * made, each with its idempotency key so that the server applies it once however many
 * times it is replayed. The shell implements it (IndexedDB, `shell/src/outbox/`) and hands
 * it to apps through the portal context; apps only see this interface.
 */

/** A file to upload before the mutation is sent (a ticket's photo). */
export interface OutboxUpload {
  /** The server path that takes the bytes as the request body, e.g. '/api/tickets/photos'. */
  path: string;
  blob: Blob;
  /**
   * Where the upload's answer goes: the `id` the server answers is appended to the array
   * at this dotted path of the variables, e.g. 'input.photoIds'.
   */
  variable: string;
}

/** What the person sees in the list of pending writes: a key of the `common` bundle. */
export interface OutboxLabel {
  key: string;
  values?: Record<string, string>;
}

export interface OutboxWrite<TData = unknown, TVariables = Record<string, unknown>> {
  /** The idempotency key (a `crypto.randomUUID()`), also the entry's id in the outbox. */
  key: string;
  mutation: TypedDocumentNode<TData, TVariables>;
  /** Must carry `key` wherever the mutation takes an idempotency key. */
  variables: TVariables;
  uploads?: readonly OutboxUpload[];
  label: OutboxLabel;
}

export type OutboxState = 'pending' | 'sending' | 'failed';

/** A write waiting in the outbox. */
export interface OutboxEntry {
  key: string;
  label: OutboxLabel;
  queuedAt: string;
  state: OutboxState;
  attempts: number;
  /** Why the last attempt failed: a GraphQL error code or NETWORK, with the server's message. */
  error?: { code: string; message: string };
}

/**
 * The answer to `send`: `sent` when the server applied the write at once; `queued` when it
 * waits in the outbox (offline, server unreachable or failing) and will be replayed.
 * Input the server refuses on the first attempt (BAD_USER_INPUT, FORBIDDEN, NOT_FOUND) is
 * not queued: `send` rejects with the Apollo error, so the form shows it and keeps what
 * was typed.
 */
export type OutboxResult<TData> = { status: 'sent'; data: TData } | { status: 'queued' };

export interface Outbox {
  send<TData, TVariables>(write: OutboxWrite<TData, TVariables>): Promise<OutboxResult<TData>>;
  /** The writes still waiting, oldest first. */
  entries(): readonly OutboxEntry[];
  /** Called after every change of `entries()`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Sends the waiting writes now, in order (also done on `online`, at start and on sync). */
  flush(): Promise<void>;
  /** Sends one failed write again. */
  retry(key: string): Promise<void>;
  /** Drops a write the person chose to give up (never done without them asking). */
  discard(key: string): Promise<void>;
}
