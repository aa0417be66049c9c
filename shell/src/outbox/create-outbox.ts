import type { ApolloClient } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import type { Outbox, OutboxEntry, OutboxResult, OutboxWrite } from '@piazza/shared';
import { OutboxStore, type StoredRecord, type StoredWrite } from './outbox-store.js';
import { UploadError, describeFailure, type ReplayFailure } from './replay-failure.js';
import { withUploadIds } from './upload-variables.js';
import { OUTBOX_FLUSH, OUTBOX_SYNC_TAG, type OutboxFlushed } from './outbox-messages.js';

export interface OutboxOptions {
  /** Whose outbox: only this person's writes are read and sent. */
  personId: string;
  client: ApolloClient;
  /** The portal's fetch to Piazza's server with the person's token (uploads). */
  fetchApi: (path: string, init?: RequestInit) => Promise<Response>;
}

/** The shell's outbox: the apps' interface, plus stopping it when the session ends. */
export interface ShellOutbox extends Outbox {
  /** Stops replaying (the person signed out or another signed in) and closes the database. */
  stop(): void;
}

/** Retries after a network or server failure: 2 s, 4 s, 8 s… up to 5 minutes. */
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 5 * 60_000;

/** What an attempt came to, for the `send` waiting for its write's first attempt. */
type Outcome =
  { kind: 'sent'; data: unknown } | { kind: 'refused'; error: unknown } | { kind: 'queued' };

/** The document as it can be stored: source locations are cyclic and not needed to send. */
function storable(document: DocumentNode): DocumentNode {
  return JSON.parse(
    JSON.stringify(document, (name, value: unknown) => (name === 'loc' ? undefined : value)),
  );
}

function corruptedEntry(record: StoredRecord): OutboxEntry {
  return {
    key: `#${record.seq}`,
    label: { key: 'outbox.label.unreadable' },
    queuedAt: '',
    state: 'failed',
    attempts: 0,
    error: { code: 'CORRUPTED', message: 'This write could not be read back from the device.' },
  };
}

/**
 * Opens the person's outbox and replays what a previous visit left in it. Writes are sent
 * one at a time, oldest first, under a Web Lock so that two tabs never send the same
 * write at once (the server's idempotency keys are the safety net).
 *
 * Ordering rule: a network or server failure (no answer, 5xx, 429) stops the replay, as
 * the writes after it would meet the same failure and must not overtake it; it resumes
 * with backoff, on `online`, on Background Sync and on `flush()`. A write the server
 * refused (or that cannot be read) is set aside as `failed` until the person retries or
 * discards it: it does not block the writes after it, which do not depend on it.
 */
export async function createOutbox(options: OutboxOptions): Promise<ShellOutbox> {
  const outbox = new PersonOutbox(options, await OutboxStore.open(options.personId));
  outbox.start();
  return outbox;
}

class PersonOutbox implements ShellOutbox {
  private records: StoredRecord[] = [];
  private snapshot: readonly OutboxEntry[] = [];
  private sendingSeq: number | undefined;
  private readonly listeners = new Set<() => void>();
  /** Writes whose `send` waits for the first attempt, and what it came to. */
  private readonly awaitingFirst = new Map<number, Outcome>();
  /** This tab's replays, one after the other. */
  private replaying: Promise<void> = Promise.resolve();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** Tells the person's other tabs that the list changed. */
  private readonly channel: BroadcastChannel;

  constructor(
    private readonly options: OutboxOptions,
    private readonly store: OutboxStore,
  ) {
    this.channel = new BroadcastChannel(`piazza-outbox:${options.personId}`);
  }

  start(): void {
    window.addEventListener('online', this.onOnline);
    navigator.serviceWorker?.addEventListener('message', this.onWorkerMessage);
    this.channel.onmessage = () => void this.reload();
    void this.flush();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.onOnline);
    navigator.serviceWorker?.removeEventListener('message', this.onWorkerMessage);
    this.channel.close();
    // Once a replay under way has finished its current write.
    void this.replaying.then(() => this.store.close());
  }

  async send<TData, TVariables>(
    write: OutboxWrite<TData, TVariables>,
  ): Promise<OutboxResult<TData>> {
    const seq = await this.store.add({
      key: write.key,
      label: write.label,
      queuedAt: new Date().toISOString(),
      mutation: storable(write.mutation),
      variables: write.variables as Record<string, unknown>,
      uploads: (write.uploads ?? []).map(({ path, blob, variable }) => ({ path, blob, variable })),
      state: 'pending',
      attempts: 0,
    });
    this.awaitingFirst.set(seq, { kind: 'queued' });
    await this.reload();
    if (navigator.onLine) await this.replayInTurn({ afterBackoff: true });
    else void this.registerSync();
    const outcome = this.awaitingFirst.get(seq) ?? { kind: 'queued' };
    this.awaitingFirst.delete(seq);
    if (outcome.kind === 'refused') throw outcome.error;
    return outcome.kind === 'sent'
      ? { status: 'sent', data: outcome.data as TData }
      : { status: 'queued' };
  }

  entries(): readonly OutboxEntry[] {
    return this.snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): Promise<void> {
    return this.replayInTurn({ afterBackoff: false });
  }

  async retry(key: string): Promise<void> {
    const record = this.records.find((candidate) => candidate.write?.key === key);
    if (record?.write?.state !== 'failed') return;
    await this.store.put(record.seq, { ...record.write, state: 'pending' });
    await this.reload();
    await this.flush();
  }

  async discard(key: string): Promise<void> {
    const record = this.records.find(
      (candidate) => (candidate.write?.key ?? `#${candidate.seq}`) === key,
    );
    if (record === undefined) return;
    await this.store.delete(record.seq);
    await this.reload();
  }

  private readonly onOnline = (): void => void this.flush();

  /** The service worker relays Background Sync: replay, then say how many writes are left. */
  private readonly onWorkerMessage = (event: MessageEvent): void => {
    if ((event.data as { type?: unknown } | null)?.type !== OUTBOX_FLUSH) return;
    void this.flush().then(() => {
      const waiting = this.records.filter((record) => record.write?.state === 'pending').length;
      event.ports[0]?.postMessage({ waiting } satisfies OutboxFlushed);
    });
  };

  /**
   * Replays after this tab's replay under way. A new write waits for the backoff when a
   * failure has just stopped the replay (the server is down: it is queued); the other
   * triggers (`online`, sync, start, the person) mean the network may be back: they go now.
   */
  private replayInTurn({ afterBackoff }: { afterBackoff: boolean }): Promise<void> {
    this.replaying = this.replaying
      .then(() => {
        if (afterBackoff && this.retryTimer !== undefined) return;
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        return this.replayLocked();
      })
      .catch((error: unknown) => console.error('The outbox could not replay', error));
    return this.replaying;
  }

  private async replayLocked(): Promise<void> {
    if (this.stopped) return;
    const locks = navigator.locks;
    if (locks === undefined) return this.replay();
    await locks.request(`piazza-outbox:${this.options.personId}`, () => this.replay());
  }

  private async replay(): Promise<void> {
    // Read under the lock: another tab may have sent some writes meanwhile.
    await this.reload();
    let sentByReplay = false;
    for (const { seq, write } of this.records) {
      if (this.stopped || !navigator.onLine) break;
      if (write?.state !== 'pending') continue;
      this.sendingSeq = seq;
      this.publish();
      const outcome = await this.attempt(seq, write);
      this.sendingSeq = undefined;
      if (outcome === 'sent' && !this.awaitingFirst.has(seq)) sentByReplay = true;
      if (typeof outcome === 'object') {
        this.scheduleRetry(outcome.retryInMs);
        void this.registerSync();
        break;
      }
    }
    await this.reload();
    if (this.stopped) return;
    this.channel.postMessage('changed');
    // Lists that should show what was just sent (a ticket created offline) are fetched again.
    if (sentByReplay) await this.options.client.refetchQueries({ include: 'active' });
  }

  /** Sends one write; a failure worth retrying answers when to try again (ms). */
  private async attempt(
    seq: number,
    write: StoredWrite,
  ): Promise<'sent' | 'set aside' | { retryInMs: number }> {
    const first = write.attempts === 0 && this.awaitingFirst.has(seq);
    try {
      const variables = withUploadIds(write.variables, await this.upload(seq, write));
      const result = await this.options.client.mutate({ mutation: write.mutation, variables });
      await this.store.delete(seq);
      if (first) this.awaitingFirst.set(seq, { kind: 'sent', data: result.data });
      return 'sent';
    } catch (error) {
      const failure = describeFailure(error);
      if (first && failure.refused) {
        // The form is still open: it shows the refusal and keeps what was typed.
        await this.store.delete(seq);
        this.awaitingFirst.set(seq, { kind: 'refused', error });
        return 'set aside';
      }
      await this.keepFailure(seq, failure);
      if (failure.refused) return 'set aside';
      // As long as the server asked (rate limit), else 2 s, 4 s, 8 s… up to 5 minutes.
      const backoff = FIRST_RETRY_MS * 2 ** write.attempts;
      return { retryInMs: failure.retryAfterMs ?? Math.min(backoff, LONGEST_RETRY_MS) };
    }
  }

  /** Uploads what is not uploaded yet, remembering each id as soon as it is known. */
  private async upload(seq: number, write: StoredWrite): Promise<StoredWrite['uploads']> {
    const uploads = [...write.uploads];
    for (const [index, upload] of uploads.entries()) {
      if (upload.id !== undefined) continue;
      const response = await this.options.fetchApi(upload.path, {
        method: 'POST',
        headers: { 'content-type': upload.blob.type || 'application/octet-stream' },
        body: upload.blob,
      });
      if (!response.ok) throw new UploadError(response.status, await response.text());
      const { id } = (await response.json()) as { id: string };
      uploads[index] = { ...upload, id };
      await this.store.put(seq, { ...write, uploads });
    }
    return uploads;
  }

  /** Stores the failure on the current record (its upload ids may be newer than `write`'s). */
  private async keepFailure(seq: number, failure: ReplayFailure): Promise<void> {
    const current = await this.store.find(seq);
    if (current === undefined) return;
    await this.store.put(seq, {
      ...current,
      state: failure.refused ? 'failed' : 'pending',
      attempts: current.attempts + 1,
      error: { code: failure.code, message: failure.message },
    });
  }

  private scheduleRetry(delay: number): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, delay);
  }

  /** Where the browser has Background Sync, it wakes the service worker once back online. */
  private async registerSync(): Promise<void> {
    try {
      const registration = await navigator.serviceWorker?.getRegistration();
      const sync = (registration as { sync?: { register(tag: string): Promise<void> } } | undefined)
        ?.sync;
      await sync?.register(OUTBOX_SYNC_TAG);
    } catch {
      // Not granted (or no worker): `online`, the next start and the backoff still replay.
    }
  }

  private async reload(): Promise<void> {
    if (this.stopped) return;
    this.records = await this.store.readAll();
    this.publish();
  }

  private publish(): void {
    this.snapshot = this.records.map((record): OutboxEntry => {
      const { write } = record;
      if (write === undefined) return corruptedEntry(record);
      return {
        key: write.key,
        label: write.label,
        queuedAt: write.queuedAt,
        state: record.seq === this.sendingSeq ? 'sending' : write.state,
        attempts: write.attempts,
        ...(write.error ? { error: write.error } : {}),
      };
    });
    for (const listener of this.listeners) listener();
  }
}
