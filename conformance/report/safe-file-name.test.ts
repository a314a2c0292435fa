import { test } from "node:test";
import assert from "node:assert/strict";
import { createFileNamer, fnv1a64, safeFileName } from "./safe-file-name.ts";

test("names are a readable slug plus a hash of the exact id", () => {
  assert.match(safeFileName("aws::map[items]/nested:case #3"), /^aws-map-items-nested-case-3-[0-9a-f]{12}$/);
  assert.match(safeFileName("spec::pass::result-path-merges"), /^spec-pass-result-path-merges-[0-9a-f]{12}$/);
  assert.match(safeFileName("../../etc/passwd"), /^etc-passwd-[0-9a-f]{12}$/);
  assert.match(safeFileName("###"), /^item-[0-9a-f]{12}$/);
  assert.match(safeFileName("Ünïcödé ✓"), /^unicode-[0-9a-f]{12}$/);
  assert.ok(safeFileName("x".repeat(500)).length <= 60 + 13);
  assert.equal(safeFileName("a:b"), safeFileName("a:b"), "stable");
});

test("ids that slug alike still get distinct names (also on case-insensitive file systems)", () => {
  const ids = ["a:b", "a/b", "a[b]", "a#b", "A:B", "a b"];
  const names = ids.map(safeFileName);
  assert.equal(new Set(names.map((n) => n.toLowerCase())).size, ids.length);
  for (const n of names) assert.match(n, /^[a-z0-9_.-]+$/);
});

test("FNV-1a 64 matches its published test vectors", () => {
  assert.equal(fnv1a64(""), "cbf29ce484222325");
  assert.equal(fnv1a64("a"), "af63dc4c8601ec8c");
  assert.equal(fnv1a64("foobar"), "85944171f73967e8");
});

test("a namer never gives two ids the same name, and the same id the same name", () => {
  const name = createFileNamer(() => "same");
  assert.equal(name("x"), "same");
  assert.equal(name("y"), "same-2");
  assert.equal(name("z"), "same-3");
  assert.equal(name("x"), "same");
});
