import { test } from "node:test";
import assert from "node:assert/strict";
import { compareOutcome } from "./outcome.ts";

test("status decides first; the message shows what happened instead", () => {
  const m = compareOutcome({ status: "SUCCEEDED", output: 1 }, { status: "FAILED", error: "States.Runtime", cause: "boom" });
  assert.equal(m.length, 1);
  assert.match(m[0]!.message, /States\.Runtime/);
});

test("output is compared when given, strings holding JSON stay strings", () => {
  assert.deepEqual(compareOutcome({ status: "SUCCEEDED", output: { a: 1 } }, { status: "SUCCEEDED", output: { a: 1 } }), []);
  assert.equal(compareOutcome({ status: "SUCCEEDED", output: '{"a":1}' }, { status: "SUCCEEDED", output: { a: 1 } }).length, 1);
  assert.deepEqual(compareOutcome({ status: "SUCCEEDED" }, { status: "SUCCEEDED", output: 5 }), []);
});

test("error and cause: absent means none; causeMatch prefix and any", () => {
  assert.deepEqual(compareOutcome({ status: "FAILED" }, { status: "FAILED" }), []);
  assert.deepEqual(compareOutcome({ status: "FAILED" }, { status: "FAILED", error: "", cause: "" }), []);
  assert.equal(compareOutcome({ status: "FAILED" }, { status: "FAILED", error: "X" }).length, 1);
  assert.equal(compareOutcome({ status: "FAILED", error: "X" }, { status: "FAILED", error: "X", cause: "c" }).length, 1);
  assert.deepEqual(compareOutcome({ status: "FAILED", error: "X", causeMatch: "any" }, { status: "FAILED", error: "X", cause: "c" }), []);
  assert.deepEqual(compareOutcome({ status: "FAILED", error: "X", cause: "An error", causeMatch: "prefix" }, { status: "FAILED", error: "X", cause: "An error occurred" }), []);
  assert.equal(compareOutcome({ status: "FAILED", error: "X", cause: "Nope", causeMatch: "prefix" }, { status: "FAILED", error: "X", cause: "An error" }).length, 1);
});

test("causes honour placeholders", () => {
  const expected = { status: "FAILED", error: "States.Runtime", cause: "could not be found in the input '<json-input:1>'" };
  assert.deepEqual(compareOutcome(expected, { status: "FAILED", error: "States.Runtime", cause: `could not be found in the input '{"a":1}'` }, ["<json-input:1>"]), []);
});
