import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "./json.ts";
import { findTooDeep, jsonTextOfAnyDepth, MAX_JSON_NESTING_DEPTH, nestingDepthMessage, tooDeepOffset } from "./json-nesting.ts";
import { describeJsonSyntaxError } from "./json-syntax-error.ts";

const nestedArrays = (depth: number): string => "[".repeat(depth) + "]".repeat(depth);

test("findTooDeep: the first array or object deeper than the limit, located the way AWS writes definition locations", () => {
  assert.equal(findTooDeep(JSON.parse(nestedArrays(MAX_JSON_NESTING_DEPTH))), undefined);
  assert.deepEqual(findTooDeep({ States: { A: { Parameters: { x: [[1, [[]]]] } } } }, 6), { depth: 7, location: "/States/A/Parameters/x[0][1]" });
  assert.deepEqual(findTooDeep([[[]]], 2), { depth: 3, location: "/[0][0]" });
  assert.equal(findTooDeep("scalar", 0), undefined);
  const deep = JSON.parse(`{"a":${nestedArrays(50_000)}}`) as Json;
  assert.equal(findTooDeep(deep)?.depth, MAX_JSON_NESTING_DEPTH + 1, "any depth is walked without overflowing the stack");
});

test("tooDeepOffset: brackets inside strings do not count", () => {
  assert.equal(tooDeepOffset(`{"a":"[[[[[[[[[["}`, 2), undefined);
  assert.equal(tooDeepOffset(`{"a":"\\"[[[[[","b":[[1]]}`, 2), 20);
  assert.equal(tooDeepOffset(nestedArrays(MAX_JSON_NESTING_DEPTH)), undefined);
  assert.equal(tooDeepOffset(nestedArrays(MAX_JSON_NESTING_DEPTH + 1)), MAX_JSON_NESTING_DEPTH);
});

test("describeJsonSyntaxError refuses JSON text nested deeper than the limit, valid or not, as Jackson words it", () => {
  assert.equal(describeJsonSyntaxError(nestedArrays(MAX_JSON_NESTING_DEPTH)), undefined);
  const valid = describeJsonSyntaxError(nestedArrays(20_000));
  assert.ok(valid);
  assert.match(valid.message, /^Document nesting depth \(1001\) exceeds the maximum allowed \(1000\)\n at \[Source: /);
  assert.match(valid.location, /; line: 1, column: 1001\]$/);
  const invalid = describeJsonSyntaxError("[".repeat(20_000) + "x");
  assert.equal(invalid?.message.split("\n")[0], nestingDepthMessage(1001));
  const errorBeforeTheLimit = describeJsonSyntaxError("[".repeat(10) + "x" + "[".repeat(20_000));
  assert.match(errorBeforeTheLimit?.message ?? "", /^Unrecognized token 'x'/);
});

test("jsonTextOfAnyDepth writes what JSON.stringify writes, also beyond the native serialiser's depth", () => {
  const sample: Json = { a: [1, "two", null, true, { "b\"": [] }], c: {}, d: -0.5 };
  assert.equal(jsonTextOfAnyDepth(sample), JSON.stringify(sample));
  const text = `{"k":${"[".repeat(50_000)}"x",{"y":1}${"]".repeat(50_000)}}`;
  // (Node's JSON.stringify overflows its stack on this; Deno's larger stack does not.)
  assert.equal(jsonTextOfAnyDepth(JSON.parse(text) as Json), text);
});
