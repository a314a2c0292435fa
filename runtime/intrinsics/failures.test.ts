/**
 * Runtime failures. The error name States.IntrinsicFailure comes from the spec and the developer
 * guide; AWS's cause texts for these are not recorded, so the causes checked here are ours.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { StatesError } from "../core/errors.ts";
import { evaluateIntrinsic } from "./evaluate.ts";
import { IntrinsicFailure } from "./failure.ts";
import { run, testEnvironment } from "./test-support.ts";

type FailureCase = [text: string, input: Json, cause: string];

const failures: FailureCase[] = [
  ["States.Format('{} and {}', $.a)", { a: 1 }, "Invalid arguments in States.Format: the format string has 2 placeholders '{}' but 1 value was given to fill them"],
  ["States.Format('{}', 1, 2)", {}, "Invalid arguments in States.Format: the format string has 1 placeholder '{}' but 2 values were given to fill it"],
  ["States.Format($.t, 1)", { t: 5 }, "Invalid arguments in States.Format: the first argument must be a string, but was an integer"],
  ["States.StringToJson($.s)", { s: "{not json" }, 'Invalid arguments in States.StringToJson: the string "{not json" is not valid JSON'],
  ["States.StringToJson($.s)", { s: 12 }, "Invalid arguments in States.StringToJson: the first argument must be a string, but was an integer"],
  ["States.ArrayPartition($.a, 0)", { a: [1, 2] }, "Invalid arguments in States.ArrayPartition: the chunk size must be a positive integer, but was 0"],
  ["States.ArrayPartition($.a, 1.5)", { a: [1, 2] }, "Invalid arguments in States.ArrayPartition: the second argument must be an integer, but was a number"],
  ["States.ArrayPartition($.a, 2)", { a: "abc" }, "Invalid arguments in States.ArrayPartition: the first argument must be an array, but was a string"],
  ["States.ArrayContains($.a, 1)", { a: { x: 1 } }, "Invalid arguments in States.ArrayContains: the first argument must be an array, but was an object"],
  ["States.ArrayRange(1, 10, 0)", {}, "Invalid arguments in States.ArrayRange: the step (third argument) must not be 0"],
  ["States.ArrayRange(0, 1000, 1)", {}, "Invalid arguments in States.ArrayRange: the range would contain 1001 items, more than the maximum of 1000"],
  ["States.ArrayRange(0, 9.5, 1)", {}, "Invalid arguments in States.ArrayRange: the second argument must be an integer, but was a number"],
  ["States.ArrayGetItem($.a, 3)", { a: [1, 2, 3] }, "Invalid arguments in States.ArrayGetItem: the index 3 is out of bounds for an array of length 3"],
  ["States.ArrayGetItem($.a, -1)", { a: [1, 2, 3] }, "Invalid arguments in States.ArrayGetItem: the index -1 is out of bounds for an array of length 3"],
  ["States.ArrayLength($.a)", { a: null }, "Invalid arguments in States.ArrayLength: the first argument must be an array, but was null"],
  ["States.ArrayUnique($.a)", { a: true }, "Invalid arguments in States.ArrayUnique: the first argument must be an array, but was a boolean"],
  ["States.Base64Encode($.s)", { s: "x".repeat(10_001) }, "Invalid arguments in States.Base64Encode: the input string has 10001 characters, more than the maximum of 10000"],
  ["States.Base64Decode($.s)", { s: "A".repeat(10_004) }, "Invalid arguments in States.Base64Decode: the input string has 10004 characters, more than the maximum of 10000"],
  ["States.Base64Decode('abc$')", {}, 'Invalid arguments in States.Base64Decode: the string is not valid Base64: illegal character "$"'],
  ["States.Base64Decode('a')", {}, "Invalid arguments in States.Base64Decode: the string is not valid Base64: the encoded length is not valid"],
  ["States.Hash('data', 'SHA-2')", {}, 'Invalid arguments in States.Hash: the hash algorithm "SHA-2" is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512'],
  ["States.Hash('data', 'sha-256')", {}, 'Invalid arguments in States.Hash: the hash algorithm "sha-256" is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512'],
  ["States.Hash($.s, 'MD5')", { s: "x".repeat(10_001) }, "Invalid arguments in States.Hash: the data to hash has 10001 characters, more than the maximum of 10000"],
  ["States.JsonMerge($.a, $.b, false)", { a: [1], b: {} }, "Invalid arguments in States.JsonMerge: the first argument must be a JSON object, but was an array"],
  ["States.JsonMerge($.a, $.b, false)", { a: {}, b: "x" }, "Invalid arguments in States.JsonMerge: the second argument must be a JSON object, but was a string"],
  ["States.JsonMerge($.a, $.b, 'false')", { a: {}, b: {} }, "Invalid arguments in States.JsonMerge: the third argument must be a boolean, but was a string"],
  ["States.MathAdd($.a, 1)", { a: "1" }, "Invalid arguments in States.MathAdd: the first argument must be a number, but was a string"],
  ["States.MathRandom(5, 5)", {}, "Invalid arguments in States.MathRandom: the end (5) must be greater than the start (5)"],
  ["States.MathRandom(10, 1)", {}, "Invalid arguments in States.MathRandom: the end (1) must be greater than the start (10)"],
  ["States.StringSplit($.s, ',')", { s: ["a"] }, "Invalid arguments in States.StringSplit: the first argument must be a string, but was an array"],
  ["States.StringSplit('a,b', null)", {}, "Invalid arguments in States.StringSplit: the second argument must be a string, but was null"],
];

for (const [text, input, cause] of failures) {
  test(`fails with States.IntrinsicFailure: ${text}`, async () => {
    await assert.rejects(run(text, { input }), (error: unknown) => {
      assert.ok(error instanceof IntrinsicFailure, `expected IntrinsicFailure, got ${String(error)}`);
      assert.ok(error instanceof StatesError);
      assert.equal(error.error, "States.IntrinsicFailure");
      assert.equal(error.causeText, cause);
      assert.equal(error.functionName, text.slice(0, text.indexOf("(")));
      return true;
    });
  });
}

test("a failure inside a nested call names the inner function", async () => {
  await assert.rejects(run("States.Array(States.ArrayGetItem($.a, 5))", { input: { a: [] } }), (error: unknown) => {
    assert.ok(error instanceof IntrinsicFailure);
    assert.equal(error.functionName, "States.ArrayGetItem");
    return true;
  });
});

test("errors thrown by resolvePath (missing paths) pass through unchanged", async () => {
  await assert.rejects(run("States.Format('{}', $.missing)", { input: {} }), (error: unknown) => {
    assert.ok(error instanceof StatesError && !(error instanceof IntrinsicFailure));
    assert.equal(error.error, "States.Runtime");
    return true;
  });
});

test("a hand-built call to an unknown function fails at evaluation", async () => {
  await assert.rejects(Promise.resolve(evaluateIntrinsic({ name: "States.Nope", args: [] }, testEnvironment())), (error: unknown) => {
    assert.ok(error instanceof IntrinsicFailure);
    assert.equal(error.causeText, "Invalid arguments in States.Nope: no intrinsic function has this name");
    return true;
  });
});

test("the input limits are inclusive: exactly 10,000 characters is accepted", async () => {
  const text = "é".repeat(10_000);
  const encoded = await run("States.Base64Encode($.s)", { input: { s: text } });
  assert.equal(typeof encoded, "string");
  assert.equal(await run("States.Base64Decode($.s)", { input: { s: "QUJD".repeat(2_500) } }), "ABC".repeat(2_500));
  assert.match(String(await run("States.Hash($.s, 'SHA-1')", { input: { s: "x".repeat(10_000) } })), /^[0-9a-f]{40}$/);
});
