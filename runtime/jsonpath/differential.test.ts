/**
 * Differential check against jsonpath-plus (with its safe evaluator, as workerd requires): where
 * AWS's Jayway semantics and the library agree — definite paths to values that exist, wildcards,
 * and simple comparison filters over arrays of objects — both must give the same values. Where
 * they differ (missing paths, Jayway's error texts, scalar filtering) our module follows AWS and
 * is tested against recordings elsewhere.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { JSONPath } from "jsonpath-plus";
import { evaluatePath } from "./index.ts";
import type { Json } from "../core/json.ts";

const key = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);
const leaf = fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null));
const doc: fc.Arbitrary<Json> = fc.letrec<{ node: Json }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
  ),
})).node;

/** Every definite path to a value inside `value`, in dot/index notation. */
function definitePaths(value: Json, prefix = "$"): string[] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...definitePaths(v, `${prefix}[${i}]`)));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...definitePaths(v, `${prefix}.${k}`));
  return out;
}

const library = (path: string, json: Json) => JSONPath({ path, json: json as object, wrap: true, eval: "safe" }) as Json[];

test("definite paths to existing values agree with jsonpath-plus", () => {
  fc.assert(
    fc.property(fc.dictionary(key, doc, { minKeys: 1, maxKeys: 5 }), (root) => {
      for (const path of definitePaths(root)) {
        const theirs = library(path, root);
        assert.equal(theirs.length, 1, path);
        assert.deepEqual(evaluatePath(root, path), theirs[0], path);
      }
    }),
    { numRuns: 200, seed: 4242 },
  );
});

test("wildcards over objects and arrays select the same values as jsonpath-plus", () => {
  fc.assert(
    fc.property(fc.dictionary(key, fc.array(leaf, { maxLength: 5 }), { minKeys: 1, maxKeys: 4 }), (root) => {
      assert.deepEqual(evaluatePath(root, "$.*"), library("$.*", root));
      for (const k of Object.keys(root)) assert.deepEqual(evaluatePath(root, `$.${k}[*]`), library(`$.${k}[*]`, root));
    }),
    { numRuns: 200, seed: 4243 },
  );
});

test("comparison filters over arrays of objects agree with jsonpath-plus's safe evaluator", () => {
  const item = fc.record({ n: fc.integer({ min: -5, max: 5 }), s: fc.constantFrom("a", "b", "c") });
  fc.assert(
    fc.property(fc.array(item, { maxLength: 8 }), fc.integer({ min: -5, max: 5 }), fc.constantFrom("<", "<=", ">", ">=", "==", "!="), (items, k, op) => {
      const root = { items };
      for (const path of [`$.items[?(@.n ${op} ${k})]`, `$.items[?(@.s ${op === "==" || op === "!=" ? op : "=="} 'b')]`]) {
        assert.deepEqual(evaluatePath(root, path), library(path, root), path);
      }
    }),
    { numRuns: 300, seed: 4244 },
  );
});
