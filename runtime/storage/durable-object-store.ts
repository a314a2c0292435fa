import type { DurableStore, DurableWrites, StoredValue } from "./durable-store.ts";

/**
 * The storage port over a SQLite-backed Durable Object's storage (`ctx.storage`): its synchronous
 * key-value API and `transactionSync`, so a batch of writes (an execution's events and the
 * checkpoint that covers them) commits all together. Typed structurally: no Cloudflare import, the
 * Worker entry hands its `ctx.storage` in.
 */
export interface SyncKeyValueStorage {
  get(key: string): unknown;
  put(key: string, value: unknown): void;
  delete(key: string): unknown;
  list(options: { prefix: string }): Iterable<[string, unknown]>;
}

export interface DurableObjectStorageLike {
  kv: SyncKeyValueStorage;
  transactionSync<T>(closure: () => T): T;
}

export function durableObjectStore(storage: DurableObjectStorageLike): DurableStore {
  const kv = storage.kv;
  return {
    get: (key) => kv.get(key) as StoredValue | undefined,
    list: (prefix) => [...kv.list({ prefix })].map(([key, value]) => [key, value as StoredValue]),
    transaction(write) {
      storage.transactionSync(() => {
        const writes: DurableWrites = {
          put: (key, value) => kv.put(key, value),
          delete: (key) => void kv.delete(key),
        };
        write(writes);
      });
    },
    // Writes are durable when transactionSync returns (the object's output gate holds answers until then).
    settled: () => Promise.resolve(),
  };
}
