import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { evaluateJsonataExpression } from "./evaluate.ts";
import { makeEnv, queryError } from "./test-support.ts";

const PARTITION = "$partition($states.input.FunctionInput.fst, $states.input.FunctionInput.snd)";
const RANGE = "$range($states.input.FunctionInput.fst, $states.input.FunctionInput.snd, $states.input.FunctionInput.trd)";

async function run(expression: string, input: Json = {}): Promise<Json> {
  return evaluateJsonataExpression(expression, makeEnv({ input }), "Output");
}

test("$partition [REC test_array_partition]", async () => {
  const cases: [Json[], number, Json][] = [
    [[0], 1, [[0]]],
    [[0], 3, [[0]]],
    [[0, 1], 3, [[0, 1]]],
    [[0, 1, 2], 1, [[0], [1], [2]]],
    [[0, 1, 2], 2, [[0, 1], [2]]],
    [[0, 1, 2, 3], 2, [[0, 1], [2, 3]]],
    [[0, 1, 2, 3], 3, [[0, 1, 2], [3]]],
    [[0, 1, 2, 3], 5, [[0, 1, 2, 3]]],
  ];
  for (const [fst, snd, expected] of cases) {
    assert.deepEqual(await run(PARTITION, { FunctionInput: { fst, snd } }), expected, `${JSON.stringify(fst)}, ${snd}`);
  }
});

test("$range is a JSONata sequence [REC test_array_range; facts sheet: $range(1,9,9) → 1]", async () => {
  const cases: [number, number, number, Json][] = [
    [0, 9, 3, [0, 3, 6, 9]],
    [0, 10, 3, [0, 3, 6, 9]],
    [1, 9, 2, [1, 3, 5, 7, 9]],
    [1, 9, 9, 1],
    [10, 0, -5, [10, 5, 0]],
  ];
  for (const [fst, snd, trd, expected] of cases) {
    assert.deepEqual(await run(RANGE, { FunctionInput: { fst, snd, trd } }), expected, `${fst}, ${snd}, ${trd}`);
  }
  const empty = await queryError(() => run("$range(5, 1, 1)"));
  assert.match(empty.causeText ?? "", /returned nothing \(undefined\)\.$/);
});

test("$parse [REC test_parse]", async () => {
  const cases: [string, Json][] = [
    ["-0", 0],
    ["1", 1],
    ["1.1", 1.1],
    ["true", true],
    ['"HelloWorld"', "HelloWorld"],
    ['[1, 2, "HelloWorld"]', [1, 2, "HelloWorld"]],
    ['{"a": {"b": null}}', { a: { b: null } }],
  ];
  for (const [text, expected] of cases) {
    const value = await run("$parse($states.input.FunctionInput)", { FunctionInput: text });
    assert.deepEqual(value, expected, text);
    if (text === "-0") assert.ok(Object.is(value, 0));
  }
});

test("$hash: lowercase hex with the States.Hash algorithms (errata: SHA-1 of 'input data')", async () => {
  assert.equal(await run("$hash('input data', 'SHA-1')"), "aaff4a450a104cd177d28d18d74485e8cae074b7");
  assert.equal(await run("$hash('', 'MD5')"), "d41d8cd98f00b204e9800998ecf8427e");
  assert.equal(await run("$hash('abc', 'SHA-256')"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(((await run("$hash('abc', 'SHA-512')")) as string).length, 128);
});

test("$random: injectable without a seed, deterministic in [0,1) with one; $uuid injectable", async () => {
  const env = makeEnv();
  assert.equal(await evaluateJsonataExpression("$random()", env, "Output"), 0.25);
  assert.deepEqual(await evaluateJsonataExpression("[$random(), $random()]", env, "Output"), [0.75, 0.25]);
  const seeded = await run("$random(42)");
  assert.equal(await run("$random(42)"), seeded);
  assert.ok(typeof seeded === "number" && seeded >= 0 && seeded < 1);
  assert.notEqual(await run("$random(43)"), seeded);
  assert.equal(await run("$uuid()"), "0b7f1e4e-3c53-4a4b-9a3e-0c7c3f5b2d11");
});

test("added functions report bad arguments as evaluation errors", async () => {
  const cases: [string, RegExp][] = [
    ["$partition([1, 2], 0)", /The chunk size of \$partition must be a positive integer, but was: 0$/],
    ["$partition([1, 2], 1.5)", /The chunk size of \$partition must be an integer, but was: 1.5$/],
    ["$range(0, 5, 0)", /The step of \$range must not be 0$/],
    ["$range(0, 1.5, 1)", /The end of \$range must be an integer, but was: 1.5$/],
    ["$range(0, 5000, 1)", /The range would contain 5001 items, more than the maximum of 1000$/],
    ["$hash('x', 'SHA-3')", /The hash algorithm "SHA-3" is not supported; use one of MD5, SHA-1, SHA-256, SHA-384, SHA-512$/],
    ["$parse('{')", /The argument of \$parse is not valid JSON: \{$/],
    ["$random('x')", /T0410: Argument 1 of function "random" does not match function signature$/],
    ["$uuid(1)", /T0410: Argument 1 of function "uuid" does not match function signature$/],
    ["$hash(1, 'MD5')", /T0410: Argument 1 of function "hash" does not match function signature$/],
  ];
  for (const [expression, detail] of cases) {
    const error = await queryError(() => run(expression));
    assert.ok(error.causeText?.startsWith(`The JSONata expression '${expression}' specified for the field 'Output' threw an error during evaluation. `), error.causeText);
    assert.match(error.causeText ?? "", detail);
  }
});

test("missing arguments propagate nothing, as JSONata functions do", async () => {
  for (const expression of ["$partition($nope, 2)", "$parse($nope)", "$hash($nope, 'MD5')"]) {
    const error = await queryError(() => run(expression));
    assert.match(error.causeText ?? "", /returned nothing \(undefined\)\.$/, expression);
  }
});
