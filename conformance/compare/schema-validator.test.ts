import { test } from "node:test";
import assert from "node:assert/strict";
import { validateSchema } from "./schema-validator.ts";

const schema = {
  type: "object",
  required: ["name"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1, pattern: "^[a-z]+$" },
    tags: { type: "array", items: { enum: ["a", "b"] }, uniqueItems: true, minItems: 1 },
    kind: { $ref: "#/$defs/kind" },
    n: { type: ["integer", "null"] },
  },
  $defs: { kind: { oneOf: [{ const: "x" }, { type: "object", required: ["k"] }] } },
};

test("accepts a valid value", () => {
  assert.deepEqual(validateSchema(schema, { name: "ok", tags: ["a", "b"], kind: "x", n: null }), []);
  assert.deepEqual(validateSchema(schema, { name: "ok", kind: { k: 1 }, n: 3 }), []);
});

test("reports each violated keyword with its path", () => {
  const errors = validateSchema(schema, { name: "", tags: ["a", "a", "c"], kind: "y", n: 1.5, other: 1 });
  const paths = errors.map((e) => e.path).sort();
  assert.deepEqual(paths, ["$.kind", "$.n", "$.name", "$.name", "$.other", "$.tags[1]", "$.tags[2]"]);
  assert.deepEqual(validateSchema(schema, {}).map((e) => e.message), ['missing required member "name"']);
  assert.equal(validateSchema(schema, []).length, 1);
});

test("if/then/not and anyOf", () => {
  const s = { if: { properties: { s: { const: "OK" } } }, then: { not: { required: ["e"] } }, anyOf: [{ required: ["s"] }, { required: ["t"] }] };
  assert.deepEqual(validateSchema(s, { s: "OK" }), []);
  assert.equal(validateSchema(s, { s: "OK", e: 1 }).length, 1);
  assert.deepEqual(validateSchema(s, { s: "BAD", e: 1 }), []);
  assert.equal(validateSchema(s, { u: 1 }).length, 1);
});

test("unsupported keywords are refused rather than ignored", () => {
  assert.throws(() => validateSchema({ maximum: 3 }, 1), /not supported: maximum/);
});
