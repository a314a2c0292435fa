/**
 * Behaviour the spec describes but no AWS recording pins down, plus the choices this runtime makes
 * where neither does (see the reply/README notes). These guard the choices against regressions.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { run } from "./test-support.ts";
import { renderFormatValue } from "./functions/format.ts";

test("spec: escaped braces in a Format literal are not placeholders", async () => {
  // ASL source: "States.Format('\\{\\} is {} and \\\\ and \\'q\\'', 1)"
  assert.equal(await run(String.raw`States.Format('\{\} is {} and \\ and \'q\'', 1)`), "{} is 1 and \\ and 'q'");
  assert.equal(await run(String.raw`States.Format('\{{}\}', 'x')`), "{x}");
});

test("spec: Format placeholders in a template taken from a path", async () => {
  assert.equal(await run("States.Format($.t, 1, 2)", { input: { t: "{}+{}={} \\{}" } }).catch((e: Error) => e.message),
    "States.IntrinsicFailure: Invalid arguments in States.Format: the format string has 4 placeholders '{}' but 2 values were given to fill them");
  assert.equal(await run("States.Format($.t, 1, 2)", { input: { t: "{} and \\{}" } }), "1 and \\2");
});

test("Format renders arrays and nested values in Java collection style", () => {
  assert.equal(renderFormatValue([1, "a", null, true, [2.5]]), "[1, a, null, true, [2.5]]");
  assert.equal(renderFormatValue({ a: { b: [1, { c: "d" }] }, e: null }), "{a={b=[1, {c=d}]}, e=null}");
  assert.equal(renderFormatValue({}), "{}");
  assert.equal(renderFormatValue([]), "[]");
  assert.equal(renderFormatValue(false), "false");
});

test("spec: JsonMerge deep mode merges nested objects recursively", async () => {
  const input = { a: { x: { p: 1, q: 2 }, y: 1 }, b: { x: { q: 3, r: 4 }, z: [1] } };
  assert.deepEqual(await run("States.JsonMerge($.a, $.b, true)", { input }), { x: { p: 1, q: 3, r: 4 }, y: 1, z: [1] });
  assert.deepEqual(await run("States.JsonMerge($.a, $.b, false)", { input }), { x: { q: 3, r: 4 }, y: 1, z: [1] });
});

test("JsonMerge keeps a __proto__ key as ordinary data", async () => {
  const input = JSON.parse('{"a": {"__proto__": {"x": 1}}, "b": {"k": 2}}');
  const merged = (await run("States.JsonMerge($.a, $.b, false)", { input })) as Record<string, unknown>;
  assert.ok(Object.hasOwn(merged, "__proto__"));
  assert.equal(Object.getPrototypeOf(merged), Object.prototype);
  assert.deepEqual(Object.keys(merged), ["__proto__", "k"]);
});

test("ArrayRange counts down with a negative step and is empty when the step points away", async () => {
  assert.deepEqual(await run("States.ArrayRange(9, 0, -3)"), [9, 6, 3, 0]);
  assert.deepEqual(await run("States.ArrayRange(5, 5, 1)"), [5]);
  assert.deepEqual(await run("States.ArrayRange(1, 9, -1)"), []);
  assert.equal(((await run("States.ArrayRange(0, 999, 1)")) as number[]).length, 1000);
});

test("ArrayUnique compares deeply, ignoring object key order, and keeps first occurrences", async () => {
  const input = { a: [{ x: 1, y: 2 }, [1], { y: 2, x: 1 }, [1], "1", 1, null, null] };
  assert.deepEqual(await run("States.ArrayUnique($.a)", { input }), [{ x: 1, y: 2 }, [1], "1", 1, null]);
});

test("ArrayContains compares objects regardless of key order", async () => {
  assert.equal(await run("States.ArrayContains($.a, $.b)", { input: { a: [{ x: 1, y: 2 }], b: { y: 2, x: 1 } } }), true);
});

test("Hash of a non-string value hashes its compact JSON text", async () => {
  assert.equal(
    await run("States.Hash($.v, 'MD5')", { input: { v: { a: [1, 2] } } }),
    await run(`States.Hash('{"a":[1,2]}', 'MD5')`),
  );
  assert.equal(await run("States.Hash(1, 'MD5')"), await run("States.Hash('1', 'MD5')"));
});

test("Base64 round-trips non-ASCII text through UTF-8", async () => {
  const text = "Grüße, 世界 🆗";
  const encoded = await run("States.Base64Encode($.s)", { input: { s: text } });
  assert.equal(encoded, "R3LDvMOfZSwg5LiW55WMIPCfhpc=");
  assert.equal(await run("States.Base64Decode($.s)", { input: { s: encoded } }), text);
});

test("StringSplit treats an empty delimiter set as 'no split' and compares by code point", async () => {
  assert.deepEqual(await run("States.StringSplit('a,b', '')"), ["a,b"]);
  assert.deepEqual(await run("States.StringSplit('', ',')"), []);
  assert.deepEqual(await run("States.StringSplit($.s, $.d)", { input: { s: "a🆗b🆗", d: "🆗" } }), ["a", "b"]);
});

test("MathRandom draws from [start, end) using the environment's generator", async () => {
  assert.equal(await run("States.MathRandom(1, 10)", { random: () => 0 }), 1);
  assert.equal(await run("States.MathRandom(1, 10)", { random: () => 0.999999999 }), 9);
  assert.equal(await run("States.MathRandom(-3, -1)", { random: () => 0.5 }), -2);
});

test("MathAdd of large integers and literal floats", async () => {
  assert.equal(await run("States.MathAdd(2147483647, 1)"), 2147483648);
  assert.equal(await run("States.MathAdd(0.5, -0.5)"), 1);
});

test("StringToJson normalises -0 and rejects trailing garbage", async () => {
  assert.ok(Object.is(await run("States.StringToJson('-0')"), 0));
  await assert.rejects(run("States.StringToJson('1 2')"), /is not valid JSON/);
});
