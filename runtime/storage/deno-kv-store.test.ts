import { test } from "node:test";
import assert from "node:assert/strict";
import { DenoKvStore, type KvAtomicLike, type KvKeyPart, type KvLike } from "./deno-kv-store.ts";

/** Deno KV's contract as the store uses it: ordered keys, atomic batches, 64 KiB values. */
function fakeKv() {
  const entries = new Map<string, { key: KvKeyPart[]; value: unknown }>();
  const commits: number[] = [];
  const kv: KvLike = {
    async *list({ prefix }) {
      const matching = [...entries.values()].filter((e) => prefix.every((part, i) => e.key[i] === part));
      matching.sort((a, b) => (JSON.stringify(a.key) < JSON.stringify(b.key) ? -1 : 1));
      for (const entry of matching) yield entry;
    },
    atomic() {
      const ops: Array<() => void> = [];
      const atomic: KvAtomicLike = {
        set(key, value) {
          assert.ok(typeof value !== "string" || value.length * 2 <= 65_536, "values fit in 64 KiB");
          ops.push(() => entries.set(JSON.stringify(key), { key, value }));
          return atomic;
        },
        delete(key) {
          ops.push(() => entries.delete(JSON.stringify(key)));
          return atomic;
        },
        async commit() {
          commits.push(ops.length);
          for (const op of ops) op();
          return { ok: true };
        },
      };
      return atomic;
    },
  };
  return { kv, entries, commits };
}

test("Deno KV store: writes behind in order, reads back after reopening, big values in chunks", async () => {
  const { kv, entries, commits } = fakeKv();
  const store = await DenoKvStore.open(kv);
  const big = "x".repeat(100_000);
  store.transaction((w) => {
    w.put("a/1", { n: 1 });
    w.put("a/2", { big });
    w.put("b/1", [1, "two", null]);
  });
  // Seen at once through the port, before KV has it.
  assert.deepEqual(store.get("a/1"), { n: 1 });
  assert.deepEqual(store.list("a/").map(([key]) => key), ["a/1", "a/2"]);
  await store.settled();
  assert.ok(entries.size > 3, "the big value is cut into chunks");
  const reopened = await DenoKvStore.open(kv);
  assert.deepEqual(reopened.get("a/2"), { big });
  assert.deepEqual(reopened.get("b/1"), [1, "two", null]);

  reopened.transaction((w) => {
    w.put("a/2", { small: true });
    w.delete("b/1");
  });
  await reopened.settled();
  const third = await DenoKvStore.open(kv);
  assert.deepEqual(third.list("").map(([key, value]) => [key, value]), [["a/1", { n: 1 }], ["a/2", { small: true }]]);
  assert.equal(entries.size, 2, "the old chunks are deleted");
  assert.ok(commits.every((n) => n <= 500));
});

test("Deno KV store: a transaction too large for one atomic operation is written as several, in order", async () => {
  const { kv, commits } = fakeKv();
  const store = await DenoKvStore.open(kv);
  store.transaction((w) => {
    for (let i = 0; i < 1200; i++) w.put(`e/${String(i).padStart(4, "0")}`, { i });
    w.put("checkpoint", { last: 1199 });
  });
  await store.settled();
  assert.ok(commits.length >= 3, `commits: ${commits.join(",")}`);
  const reopened = await DenoKvStore.open(kv);
  assert.equal(reopened.list("e/").length, 1200);
  assert.deepEqual(reopened.get("checkpoint"), { last: 1199 });
});
