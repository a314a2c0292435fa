/**
 * ResultPath cases from the ASL spec ("Input and Output Processing with JSONPath", "Input/Output
 * Processing Examples", "JSONPath Runtime Errors", with the example inputs restored per ERRATA.md)
 * and the developer guide (input-output-resultpath.md). Recorded cases are in recorded.test.ts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import { applyResultPath, JsonPathError } from "./index.ts";

function deepFreeze<T extends Json>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

test("spec: an existing field is overwritten", () => {
  assert.deepEqual(applyResultPath({ master: { detail: [1, 2, 3] } }, "$.master.detail", 6), { master: { detail: 6 } });
});

test("spec: missing intermediate fields are created", () => {
  assert.deepEqual(applyResultPath({ master: { detail: [1, 2, 3] } }, "$.master.result.sum", 6), {
    master: { detail: [1, 2, 3], result: { sum: 6 } },
  });
  assert.deepEqual(applyResultPath({ a: 1 }, "$.b.greeting", "Hi!"), { a: 1, b: { greeting: "Hi!" } });
  assert.deepEqual(applyResultPath({ title: "Numbers to add", numbers: { val1: 3, val2: 4 } }, "$.sum", 7), {
    title: "Numbers to add",
    numbers: { val1: 3, val2: 4 },
    sum: 7,
  });
});

test("spec: a string input cannot take $.x -> States.ResultPathMatchFailure", () => {
  assert.throws(
    () => applyResultPath("foo", "$.x", 1),
    (e: unknown) => e instanceof StatesError && e.error === "States.ResultPathMatchFailure" && typeof e.causeText === "string",
  );
});

test("spec / developer guide: $ replaces the input, null keeps it", () => {
  const input: Json = { comment: "This is a test of the input and output of a Task state.", details: "Default example", who: "AWS Step Functions" };
  assert.equal(applyResultPath(input, "$", "Hello, AWS Step Functions!"), "Hello, AWS Step Functions!");
  assert.equal(applyResultPath(input, null, "Hello, AWS Step Functions!"), input);
});

test("developer guide: include the result with the input", () => {
  const input: Json = { comment: "This is a test of the input and output of a Task state.", details: "Default example", who: "AWS Step Functions" };
  assert.deepEqual(applyResultPath(input, "$.taskresult", "Hello, AWS Step Functions!"), { ...input, taskresult: "Hello, AWS Step Functions!" });
  const nested: Json = { comment: "An input comment.", strings: { string1: "foo", string2: "bar", string3: "baz" }, who: "AWS Step Functions" };
  assert.deepEqual(applyResultPath(nested, "$.strings.lambdaresult", "Hello, AWS Step Functions!"), {
    comment: "An input comment.",
    strings: { string1: "foo", string2: "bar", string3: "baz", lambdaresult: "Hello, AWS Step Functions!" },
    who: "AWS Step Functions",
  });
});

test("developer guide: update a node in the input, keeping field order", () => {
  const input: Json = { comment: "This is a test of the input and output of a Task state.", details: "Default example", who: "AWS Step Functions" };
  const output = applyResultPath(input, "$.comment", "Hello, AWS Step Functions!");
  assert.deepEqual(output, { comment: "Hello, AWS Step Functions!", details: "Default example", who: "AWS Step Functions" });
  assert.deepEqual(Object.keys(output as object), ["comment", "details", "who"]);
});

test("developer guide: Catch ResultPath $.error adds the error output", () => {
  assert.deepEqual(applyResultPath({ foo: "bar" }, "$.error", { Error: "Error here" }), { foo: "bar", error: { Error: "Error here" } });
});

test("the input is never mutated", () => {
  const input = deepFreeze({ a: { b: [1, { c: 2 }] }, d: 3 } as Json);
  const output = applyResultPath(input, "$.a.b[1].c", 9);
  assert.deepEqual(output, { a: { b: [1, { c: 9 }] }, d: 3 });
  assert.deepEqual(input, { a: { b: [1, { c: 2 }] }, d: 3 });
  assert.deepEqual(applyResultPath(input, "$.a.x.y", 1), { a: { b: [1, { c: 2 }], x: { y: 1 } }, d: 3 });
});

test("values that cannot hold the field are match failures", () => {
  const failures: [Json, string][] = [
    ["foo", "$.x"],
    [42, "$.x"],
    [null, "$.x"],
    [[1, 2], "$.x"],
    [{ a: "s" }, "$.a.b"],
    [{ a: null }, "$.a.b"],
    [{ a: [1] }, "$.a.b"],
    [{ a: [1] }, "$.a[5]"],
    [{ a: {} }, "$.a[0]"],
  ];
  for (const [input, path] of failures) {
    assert.throws(
      () => applyResultPath(input, path, 1),
      (e: unknown) => e instanceof StatesError && e.error === "States.ResultPathMatchFailure" && (e.causeText ?? "").includes(path),
      `${JSON.stringify(input)} ${path}`,
    );
  }
});

test("array elements addressed by index are replaced", () => {
  assert.deepEqual(applyResultPath({ a: [1, 2, 3] }, "$.a[1]", "x"), { a: [1, "x", 3] });
  assert.deepEqual(applyResultPath([1, 2, 3], "$[-1]", "x"), [1, 2, "x"]);
});

test("__proto__ and constructor are set as own fields, never on a prototype", () => {
  const output = applyResultPath({}, "$.__proto__.polluted", true) as Record<string, Json>;
  assert.ok(Object.hasOwn(output, "__proto__"));
  assert.deepEqual(JSON.parse(JSON.stringify(output)), JSON.parse('{"__proto__":{"polluted":true}}'));
  assert.equal(({} as Record<string, unknown>)["polluted"], undefined);
  assert.equal(Object.getPrototypeOf(output), Object.prototype);
  const ctor = applyResultPath({}, "$['constructor']", 1) as Record<string, Json>;
  assert.ok(Object.hasOwn(ctor, "constructor"));
});

test("a ResultPath that is not a reference path is rejected", () => {
  for (const path of ["$.a[*]", "$..a", "$.a[0,1]", "$.a.length()", "nope"]) {
    assert.throws(() => applyResultPath({ a: [1] }, path, 1), JsonPathError, path);
  }
});
