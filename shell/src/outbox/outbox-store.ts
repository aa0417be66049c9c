import type { DocumentNode } from 'graphql';
import type { OutboxLabel } from '@piazza/shared';

/** An upload as stored: its bytes, and the server's id once it is done. */
export interface StoredUpload {
  path: string;
  blob: Blob;
  variable: string;
  /** Kept so that an upload done before a crash or a reload is not sent again. */
  id?: string;
}

/** A write as it is kept in IndexedDB until the server has applied it. */
export interface StoredWrite {
  key: string;
  label: OutboxLabel;
  queuedAt: string;
  /** The mutation's document, without its source locations (not needed, and cyclic). */
  mutation: DocumentNode;
  variables: Record<string, unknown>;
  uploads: StoredUpload[];
  state: 'pending' | 'failed';
  attempts: number;
  error?: { code: string; message: string };
}

/**
 * What a read gives back: the write, or `undefined` when the record cannot be read
 * (corrupted by a crash, an old version, a hand edit) and is reported instead of replayed.
 */
export interface StoredRecord {
  /** IndexedDB's own key: the order in which the writes were made. */
  seq: number;
  write: StoredWrite | undefined;
}

const STORE = 'writes';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function isStoredWrite(value: unknown): value is StoredWrite {
  if (typeof value !== 'object' || value === null) return false;
  const write = value as Partial<StoredWrite>;
  return (
    typeof write.key === 'string' &&
    typeof write.label?.key === 'string' &&
    typeof write.queuedAt === 'string' &&
    write.mutation?.kind === 'Document' &&
    typeof write.variables === 'object' &&
    write.variables !== null &&
    Array.isArray(write.uploads) &&
    write.uploads.every(
      (upload) => upload?.blob instanceof Blob && typeof upload.path === 'string',
    ) &&
    (write.state === 'pending' || write.state === 'failed') &&
    typeof write.attempts === 'number'
  );
}

/**
 * One person's outbox in IndexedDB: a database per person, so that on a shared device
 * one person's writes are never sent with another's token. Records are keyed by an
 * auto-incremented number, which keeps them in the order they were made; the idempotency
 * key has its own unique index.
 */
export class OutboxStore {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(personId: string): Promise<OutboxStore> {
    const opening = indexedDB.open(`piazza-outbox:${personId}`, 1);
    opening.onupgradeneeded = () => {
      const store = opening.result.createObjectStore(STORE, { autoIncrement: true });
      store.createIndex('key', 'key', { unique: true });
    };
    return new OutboxStore(await request(opening));
  }

  /** Oldest first; a record that cannot be read does not hide the others. */
  async readAll(): Promise<StoredRecord[]> {
    const seqs = (await request(this.objects('readonly').getAllKeys())) as number[];
    return Promise.all(
      seqs.map(async (seq) => {
        try {
          const value: unknown = await request(this.objects('readonly').get(seq));
          return { seq, write: isStoredWrite(value) ? value : undefined };
        } catch {
          return { seq, write: undefined };
        }
      }),
    );
  }

  /** The write's current record, or undefined if it was sent or discarded meanwhile. */
  async find(seq: number): Promise<StoredWrite | undefined> {
    const value: unknown = await request(this.objects('readonly').get(seq));
    return isStoredWrite(value) ? value : undefined;
  }

  /** Resolves once the write is durable (the transaction committed). */
  async add(write: StoredWrite): Promise<number> {
    const transaction = this.db.transaction(STORE, 'readwrite', { durability: 'strict' });
    const seq = (await request(transaction.objectStore(STORE).add(write))) as number;
    await committed(transaction);
    return seq;
  }

  async put(seq: number, write: StoredWrite): Promise<void> {
    const transaction = this.db.transaction(STORE, 'readwrite', { durability: 'strict' });
    transaction.objectStore(STORE).put(write, seq);
    await committed(transaction);
  }

  async delete(seq: number): Promise<void> {
    const transaction = this.db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).delete(seq);
    await committed(transaction);
  }

  close(): void {
    this.db.close();
  }

  private objects(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }
}

function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
  });
}
