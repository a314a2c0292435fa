/**
 * The storage port durable hosts give the API server (docs/edge-design.md): string keys, JSON
 * values, prefix listing in key order, and atomic batches of writes. Synchronous, because a
 * Durable Object's SQLite storage is (and an execution's checkpoint must be taken in the same
 * turn as the events it covers); hosts whose database is asynchronous (Deno KV) keep a mirror in
 * memory and write behind it, in order (`settled()` waits for those writes).
 */
export type StoredValue = null | boolean | number | string | StoredValue[] | { [key: string]: StoredValue };

export interface DurableWrites {
  put(key: string, value: StoredValue): void;
  delete(key: string): void;
}

export interface DurableStore {
  get(key: string): StoredValue | undefined;
  /** Every entry whose key starts with `prefix`, in key order. */
  list(prefix: string): Array<[string, StoredValue]>;
  /** Applies the writes `write` makes all together, or none of them. */
  transaction(write: (writes: DurableWrites) => void): void;
  /** Resolves once every transaction so far is durable (at once for synchronous stores). */
  settled(): Promise<void>;
}

/** Collects a transaction's writes; the last write of a key wins. */
export class WriteBatch implements DurableWrites {
  readonly writes = new Map<string, StoredValue | undefined>();

  put(key: string, value: StoredValue): void {
    this.writes.set(key, value);
  }

  delete(key: string): void {
    this.writes.set(key, undefined);
  }
}

/** A store in memory: tests, and a mirror for asynchronous databases. */
export class MemoryStore implements DurableStore {
  private readonly entries = new Map<string, string>();

  get(key: string): StoredValue | undefined {
    const text = this.entries.get(key);
    return text === undefined ? undefined : (JSON.parse(text) as StoredValue);
  }

  list(prefix: string): Array<[string, StoredValue]> {
    return [...this.entries.keys()]
      .filter((key) => key.startsWith(prefix))
      .sort()
      .map((key) => [key, JSON.parse(this.entries.get(key)!) as StoredValue]);
  }

  transaction(write: (writes: DurableWrites) => void): void {
    const batch = new WriteBatch();
    write(batch);
    this.apply(batch);
  }

  /** Applies a batch at once (values are copied: later changes to them are not stored). */
  apply(batch: WriteBatch): void {
    for (const [key, value] of batch.writes) {
      if (value === undefined) this.entries.delete(key);
      else this.entries.set(key, JSON.stringify(value));
    }
  }

  settled(): Promise<void> {
    return Promise.resolve();
  }

  get size(): number {
    return this.entries.size;
  }
}
