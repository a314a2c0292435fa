import { test } from "node:test";
import assert from "node:assert/strict";
import { compareJson } from "./compare-json.ts";
import { formatMismatches } from "./format.ts";
import { matchTemplate } from "./placeholders.ts";

test("equal values produce no mismatches; key order is irrelevant", () => {
  assert.deepEqual(compareJson({ a: 1, b: [true, null, "x"] }, { b: [true, null, "x"], a: 1 }), []);
});

test("differences are reported with their paths", () => {
  const m = compareJson({ a: { b: [1, 2] }, c: "x", "d e": 1 }, { a: { b: [1, 3] }, c: "y", extra: 0 });
  assert.deepEqual(m.map((x) => x.path).sort(), ["$.a.b[1]", "$.c", "$.extra", '$["d e"]']);
  assert.equal(m.find((x) => x.path === '$["d e"]')!.message, "missing member");
  assert.equal(m.find((x) => x.path === "$.extra")!.message, "unexpected member");
});

test("type and length differences are reported", () => {
  assert.equal(compareJson([1, 2], [1])[0]!.message, "expected 2 items, got 1");
  assert.equal(compareJson(1, "1", { jsonText: "never" })[0]!.message, "expected number, got string");
  assert.equal(compareJson({}, [], {}).length, 1);
  assert.equal(compareJson(null, 0).length, 1);
});

test("matcher objects", () => {
  assert.deepEqual(compareJson({ id: { $any: true } }, { id: [1, 2] }), []);
  assert.equal(compareJson({ id: { $any: true } }, {}).length, 1, "$any still requires presence");
  assert.deepEqual(compareJson({ $type: "string" }, "s"), []);
  assert.deepEqual(compareJson({ $type: "integer" }, 3), []);
  assert.equal(compareJson({ $type: "integer" }, 3.5).length, 1);
  assert.deepEqual(compareJson({ $type: "array" }, []), []);
  assert.deepEqual(compareJson({ $regex: "^ab+c$" }, "abbbc"), []);
  assert.equal(compareJson({ $regex: "^ab+c$" }, "ac").length, 1);
  assert.equal(compareJson({ $regex: "1" }, 1).length, 1, "$regex only matches strings");
  assert.deepEqual(compareJson({ $literal: { $any: true } }, { $any: true }), []);
  assert.equal(compareJson({ $literal: { $any: true } }, 5).length, 1);
});

test("an object with more than one $-key is not a matcher", () => {
  assert.deepEqual(compareJson({ $any: true, x: 1 }, { $any: true, x: 1 }), []);
  assert.equal(compareJson({ $any: true, x: 1 }, 7).length, 1);
});

test("declared placeholders match values of their shape inside strings", () => {
  const placeholders = ["<partition>", "<region>", "111111111111", "<ArnPart_0idx>", "<ExecArnPart_0idx>"];
  const expected = "arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:<ExecArnPart_0idx>";
  const actual = "arn:aws:states:us-east-1:123456789012:execution:MyMachine:run-42";
  assert.deepEqual(compareJson(expected, actual, { placeholders }), []);
  assert.equal(compareJson(expected, "arn:aws:states:us-east-1:12345:execution:MyMachine:run-42", { placeholders }).length, 1, "account must be 12 digits");
  assert.equal(compareJson(expected, actual).length, 1, "undeclared tokens are literal");
});

test("bound placeholders must stand for the same text everywhere in one comparison", () => {
  const placeholders = ["<ExecArnPart_0idx>", "<uuid:1>"];
  const expected = { name: "<ExecArnPart_0idx>", id: "x:<ExecArnPart_0idx>", u: "<uuid:1>", v: "<uuid:1>" };
  const uuid = "0f8fad5b-d9cb-469f-a165-70867728950e";
  assert.deepEqual(compareJson(expected, { name: "run", id: "x:run", u: uuid, v: uuid }, { placeholders }), []);
  assert.equal(compareJson(expected, { name: "run", id: "x:other", u: uuid, v: uuid }, { placeholders }).length, 1);
  const other = "1b4e28ba-2fa1-11d2-883f-0016d3cca427";
  assert.equal(compareJson(expected, { name: "run", id: "x:run", u: uuid, v: other }, { placeholders }).length, 1);
  assert.equal(compareJson({ u: "<uuid:1>" }, { u: "not-a-uuid" }, { placeholders }).length, 1);
});

test("a bound placeholder repeated inside one string uses a back-reference", () => {
  const bindings = new Map<string, string>();
  assert.equal(matchTemplate("<a:1>/<a:1>", "x/x", ["<a:1>"], bindings), true);
  assert.equal(bindings.get("<a:1>"), "x");
  assert.equal(matchTemplate("<a:1>/<a:1>", "x/y", ["<a:1>"], new Map()), false);
});

test("unbound placeholders (dates) may differ between occurrences; the literal token also matches", () => {
  const placeholders = ["date"];
  assert.deepEqual(compareJson({ s: "date", e: "date" }, { s: "2024-03-06T10:29:50.123Z", e: "2024-03-07T00:00:00Z" }, { placeholders }), []);
  assert.equal(compareJson("date", "yesterday", { placeholders }).length, 1);
  assert.deepEqual(compareJson("Invalid date: date", "Invalid date: 2024-01-01T00:00:00Z", { placeholders }), []);
});

test("a whole-value placeholder of unknown shape stands for any value (e.g. a random number)", () => {
  const placeholders = ["RandomNumberGenerated", "timestamp"];
  assert.deepEqual(compareJson({ r: "RandomNumberGenerated" }, { r: 0.42 }, { placeholders }), []);
  assert.deepEqual(compareJson({ t: "timestamp" }, { t: new Date(0) }, { placeholders }), []);
  assert.equal(compareJson({ r: "RandomNumberGenerated" }, {}, { placeholders }).length, 1);
});

test("strings holding JSON compare as JSON (default mode)", () => {
  assert.deepEqual(compareJson("[[1, 2, 3], [4, 5, 6]]", "[[1,2,3],[4,5,6]]"), []);
  assert.deepEqual(compareJson({ input: { a: 1 } }, { input: '{"a":1}' }), []);
  assert.deepEqual(compareJson('{"a":1}', { a: 1 }), []);
  const m = compareJson('{"a":1}', '{"a":2}');
  assert.equal(m[0]!.path, "$.a", "JSON differences are reported inside the parsed value");
  assert.equal(compareJson("[1]", "[1,2]").length, 1);
});

test("placeholders work inside JSON text", () => {
  const placeholders = ["<uuid:1>"];
  const expected = '{"requestId":"<uuid:1>","errorMessage":"boom"}';
  const actual = '{"errorMessage": "boom", "requestId": "0f8fad5b-d9cb-469f-a165-70867728950e"}';
  assert.deepEqual(compareJson(expected, actual, { placeholders }), []);
});

test("jsonText 'never' keeps strings and parsed values apart (state outputs)", () => {
  assert.equal(compareJson({ s: '{"a":1}' }, { s: '{"a": 1}' }, { jsonText: "never" }).length, 1);
  assert.equal(compareJson({ a: 1 }, '{"a":1}', { jsonText: "never" }).length, 1);
  assert.equal(compareJson({ a: 1 }, '{"a":1}', { jsonText: "payloads" }).length, 0);
  assert.equal(compareJson('{"a":1}', '{"a": 1}', { jsonText: "payloads" }).length, 1);
});

test("formatMismatches renders a short diff and caps the count", () => {
  const text = formatMismatches(compareJson({ a: 1, b: "x".repeat(1000) }, { a: 2, b: "y" }), { width: 40 });
  assert.match(text, /at \$\.a: values differ\n {2}expected: 1\n {2}actual: {3}2/);
  assert.ok(text.split("\n").every((line) => line.length < 60));
  const many = compareJson(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => i + 1));
  assert.match(formatMismatches(many, { max: 5 }), /… and 25 more difference\(s\)$/);
  assert.equal(formatMismatches([]), "no differences");
  assert.match(formatMismatches(compareJson({ a: 1 }, {})), /actual: {3}\(absent\)/);
});

test("datetime stands for a timestamp: epoch seconds (JSON 1.0 APIs) or ISO-8601 text", () => {
  const placeholders = ["datetime"];
  assert.deepEqual(compareJson({ d: "datetime" }, { d: 1700000000.5 }, { placeholders }), []);
  assert.deepEqual(compareJson({ d: "datetime" }, { d: "2024-11-20T14:37:01.123Z" }, { placeholders }), []);
  assert.equal(compareJson({ d: "datetime" }, { d: "soon" }, { placeholders }).length, 1);
  assert.equal(compareJson({ d: "datetime" }, { d: true }, { placeholders }).length, 1);
});

test("a caller may pin any token to the text it stands for through the bindings", () => {
  const placeholders = ["snf_role_arn", "<ArnPart_0idx>"];
  const bindings = () => new Map([["snf_role_arn", "arn:aws:iam::1:role/r"], ["<ArnPart_0idx>", "sm-1"]]);
  const expected = { roleArn: "snf_role_arn", arn: "arn:aws:states:r:1:stateMachine:<ArnPart_0idx>" };
  assert.deepEqual(compareJson(expected, { roleArn: "arn:aws:iam::1:role/r", arn: "arn:aws:states:r:1:stateMachine:sm-1" }, { placeholders, bindings: bindings() }), []);
  assert.deepEqual(
    compareJson(expected, { roleArn: "arn:aws:iam::1:role/other", arn: "arn:aws:states:r:1:stateMachine:sm-2" }, { placeholders, bindings: bindings() }).map((m) => m.path),
    ["$.roleArn", "$.arn"],
  );
});
