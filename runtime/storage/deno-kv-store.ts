import { MemoryStore, WriteBatch, type DurableStore, type DurableWrites, type StoredValue } from "./durable-store.ts";

/**
 * The storage port over Deno KV (`Deno.openKv()`, local SQLite or Deno Deploy's database). KV is
 * asynchronous and the port is not, so the store is read into memory when it opens and every
 * transaction is applied there at once, then written behind, in order, as KV atomic operations
 * (`settled()` waits for them; the API answers a changing operation only then). Transactions that
 * queue up while a write is in flight are written together (group commit: each KV commit is a disk
 * sync). Values are JSON text cut into chunks (KV values are at most 64 KiB); what is larger than
 * one atomic operation allows is written as several, in order (the journal's events before the
 * checkpoint that covers them, so a crash in between loses nothing the checkpoint refers to): what
 * KV holds is always what the first n transactions wrote. Typed structurally: the Deno entry hands
 * its `Deno.Kv` in.
 *
 * One process per database: another process writing the same database is not seen (Deno Deploy
 * running several isolates would need KV watches; see docs/edge-design.md).
 */
export type KvKeyPart = string | number;

export interface KvLike {
  list(selector: { prefix: KvKeyPart[] }): AsyncIterable<{ key: readonly unknown[]; value: unknown }>;
  atomic(): KvAtomicLike;
}

export interface KvAtomicLike {
  set(key: KvKeyPart[], value: unknown): KvAtomicLike;
  delete(key: KvKeyPart[]): KvAtomicLike;
  commit(): Promise<{ ok: boolean }>;
}

/** Characters per chunk: at most 48 KiB however the text is encoded. */
const CHUNK_CHARS = 16_000;
/** Mutations per atomic operation (KV allows 1000) and bytes (KV allows 800 KiB). */
const MAX_MUTATIONS = 500;
const MAX_ATOMIC_CHARS = 200_000;

export class DenoKvStore implements DurableStore {
  private readonly mirror = new MemoryStore();
  /** How many chunks each key has in KV. */
  private readonly chunks = new Map<string, number>();
  /** Writes not yet handed to KV, by KV key (a key's latest write, at the place of that write). */
  private readonly pending = new Map<string, { key: KvKeyPart[]; value?: string }>();
  private flushing: Promise<void> | undefined;

  private constructor(
    private readonly kv: KvLike,
    private readonly prefix: KvKeyPart[],
  ) {}

  /** Reads everything under `prefix` (default `["sfn-conformance"]`) into memory. */
  static async open(kv: KvLike, prefix: KvKeyPart[] = ["sfn-conformance"]): Promise<DenoKvStore> {
    const store = new DenoKvStore(kv, prefix);
    const texts = new Map<string, string[]>();
    for await (const entry of kv.list({ prefix })) {
      const key = entry.key[prefix.length];
      const index = entry.key[prefix.length + 1];
      if (typeof key !== "string" || typeof index !== "number" || typeof entry.value !== "string") continue;
      const parts = texts.get(key) ?? [];
      parts[index] = entry.value;
      texts.set(key, parts);
    }
    const batch = new WriteBatch();
    for (const [key, parts] of texts) {
      store.chunks.set(key, parts.length);
      try {
        batch.put(key, JSON.parse(parts.join("")) as StoredValue);
      } catch {
        // A value whose chunks did not all get written (a crash mid-write): the write never completed.
      }
    }
    store.mirror.apply(batch);
    return store;
  }

  get(key: string): StoredValue | undefined {
    return this.mirror.get(key);
  }

  list(prefix: string): Array<[string, StoredValue]> {
    return this.mirror.list(prefix);
  }

  transaction(write: (writes: DurableWrites) => void): void {
    const batch = new WriteBatch();
    write(batch);
    this.mirror.apply(batch);
    const mutations: Array<{ key: KvKeyPart[]; value?: string }> = [];
    const push = (mutation: { key: KvKeyPart[]; value?: string }) => mutations.push(mutation);
    for (const [key, value] of batch.writes) {
      const before = this.chunks.get(key) ?? 0;
      const text = value === undefined ? undefined : JSON.stringify(value);
      const count = text === undefined ? 0 : Math.max(1, Math.ceil(text.length / CHUNK_CHARS));
      for (let index = 0; index < count; index++) push({ key: [...this.prefix, key, index], value: text!.slice(index * CHUNK_CHARS, (index + 1) * CHUNK_CHARS) });
      for (let index = count; index < before; index++) push({ key: [...this.prefix, key, index] });
      if (count === 0) this.chunks.delete(key);
      else this.chunks.set(key, count);
    }
    for (const mutation of mutations) {
      const id = JSON.stringify(mutation.key);
      this.pending.delete(id);
      this.pending.set(id, mutation);
    }
    this.flushing ??= this.flush();
  }

  settled(): Promise<void> {
    return this.flushing ?? Promise.resolve();
  }

  private async flush(): Promise<void> {
    while (this.pending.size > 0) {
      const mutations = [...this.pending.values()];
      this.pending.clear();
      await this.commit(mutations);
    }
    this.flushing = undefined;
  }

  private async commit(mutations: Array<{ key: KvKeyPart[]; value?: string }>): Promise<void> {
    let start = 0;
    while (start < mutations.length) {
      let end = start;
      let chars = 0;
      while (end < mutations.length && end - start < MAX_MUTATIONS && (end === start || chars + (mutations[end]!.value?.length ?? 0) <= MAX_ATOMIC_CHARS)) {
        chars += mutations[end]!.value?.length ?? 0;
        end++;
      }
      const atomic = this.kv.atomic();
      for (const mutation of mutations.slice(start, end)) {
        if (mutation.value === undefined) atomic.delete(mutation.key);
        else atomic.set(mutation.key, mutation.value);
      }
      try {
        await atomic.commit();
      } catch (e) {
        console.error("Deno KV write failed:", e);
      }
      start = end;
    }
  }
}
