import { test } from "node:test";
import assert from "node:assert/strict";
import {
  IntrinsicSyntaxError,
  looksLikeIntrinsic,
  MAX_INTRINSIC_NESTING,
  parseIntrinsic,
  type IntrinsicArg,
  type IntrinsicCall,
} from "./parse.ts";

/** The call with `source` fields removed, for structural comparison. */
function shape(call: IntrinsicCall): unknown {
  return { name: call.name, args: call.args.map(argShape) };
}
function argShape(arg: IntrinsicArg): unknown {
  if (arg.kind === "call") return { call: shape(arg.call) };
  if (arg.kind === "path") return { path: arg.path };
  return { value: arg.value };
}

test("parses the spec's Format example with an escaped quote", () => {
  // ASL source: "States.Format('Welcome to {} {}\\'s playlist.', $.firstName, $.lastName)"
  const call = parseIntrinsic(String.raw`States.Format('Welcome to {} {}\'s playlist.', $.firstName, $.lastName)`);
  assert.deepEqual(shape(call), {
    name: "States.Format",
    args: [{ value: "Welcome to {} {}'s playlist." }, { path: "$.firstName" }, { path: "$.lastName" }],
  });
  const first = call.args[0]!;
  assert.equal(first.kind === "literal" ? first.raw : undefined, String.raw`Welcome to {} {}\'s playlist.`);
});

test("resolves the four allowed escapes in string literals", () => {
  const call = parseIntrinsic(String.raw`States.Array('\'', '\{', '\}', '\\', 'a\{\}b\\c')`);
  assert.deepEqual(
    call.args.map((a) => (a.kind === "literal" ? a.value : a.kind)),
    ["'", "{", "}", "\\", "a{}b\\c"],
  );
});

test("accepts unescaped braces and real control characters inside string literals", () => {
  // Recorded: States.StringToJson('{"constant_in_literal": "false"}') and a literal newline delimiter.
  assert.deepEqual(shape(parseIntrinsic(`States.StringToJson('{"constant_in_literal": "false"}')`)), {
    name: "States.StringToJson",
    args: [{ value: '{"constant_in_literal": "false"}' }],
  });
  assert.deepEqual(shape(parseIntrinsic("States.StringSplit('Hello\nWorld', '\n')")), {
    name: "States.StringSplit",
    args: [{ value: "Hello\nWorld" }, { value: "\n" }],
  });
});

test("parses number, boolean and null literals", () => {
  const call = parseIntrinsic("States.Array(0, -1, 2020, 1.5, -0.25, 1e3, 2E-2, true, false, null)");
  assert.deepEqual(
    call.args.map((a) => (a.kind === "literal" ? a.value : a.kind)),
    [0, -1, 2020, 1.5, -0.25, 1000, 0.02, true, false, null],
  );
});

test("parses input, context and variable paths", () => {
  const call = parseIntrinsic(
    "States.Array($, $.a.b, $$.Execution.Id, $$, $varName, $varName.x[0], $.a[0], $['a, b'], $.items[?(@.x > 1)])",
  );
  assert.deepEqual(
    call.args.map((a) => (a.kind === "path" ? a.path : a.kind)),
    ["$", "$.a.b", "$$.Execution.Id", "$$", "$varName", "$varName.x[0]", "$.a[0]", "$['a, b']", "$.items[?(@.x > 1)]"],
  );
});

test("parses the recorded nested call", () => {
  const text =
    "States.ArrayGetItem(States.StringSplit($$.StateMachine.Name, '-'), States.MathAdd(States.ArrayLength(States.StringSplit($$.StateMachine.Name, '-')), -1))";
  const call = parseIntrinsic(text);
  const split = { call: { name: "States.StringSplit", args: [{ path: "$$.StateMachine.Name" }, { value: "-" }] } };
  assert.deepEqual(shape(call), {
    name: "States.ArrayGetItem",
    args: [
      split,
      { call: { name: "States.MathAdd", args: [{ call: { name: "States.ArrayLength", args: [split] } }, { value: -1 }] } },
    ],
  });
  assert.equal(call.source, text);
  const inner = call.args[0]!;
  assert.equal(inner.kind === "call" ? inner.call.source : "", "States.StringSplit($$.StateMachine.Name, '-')");
});

test("allows whitespace around arguments and around the whole call", () => {
  assert.deepEqual(shape(parseIntrinsic("  States.Array( 'a' ,'b',   'c' )  ")), {
    name: "States.Array",
    args: [{ value: "a" }, { value: "b" }, { value: "c" }],
  });
  assert.deepEqual(shape(parseIntrinsic("States.UUID()")), { name: "States.UUID", args: [] });
  assert.deepEqual(shape(parseIntrinsic("States.Array( )")), { name: "States.Array", args: [] });
});

test("allows nesting up to the documented limit and rejects deeper nesting", () => {
  const nested = (depth: number): string =>
    depth === 1 ? "States.Array(1)" : `States.Array(${nested(depth - 1)})`;
  assert.equal(parseIntrinsic(nested(MAX_INTRINSIC_NESTING)).name, "States.Array");
  assert.throws(() => parseIntrinsic(nested(MAX_INTRINSIC_NESTING + 1)), /nested more than 10 levels/);
});

const malformed: Array<[string, string, RegExp]> = [
  // Recorded: AWS rejects these definitions (`\"` is not an allowed escape).
  ["recorded illegal escape 1", String.raw`States.StringToJson('{"text":"An \"escaped double quote\" here"}')`, /invalid escape sequence '\\"'/],
  ["recorded illegal escape 2", String.raw`States.Format('He said, \"Hello, {}!\"', 'Test \"Name\" Here')`, /invalid escape sequence '\\"'/],
  ["backslash-n escape", String.raw`States.Format('a\nb')`, /invalid escape sequence '\\n'/],
  ["unknown function", "States.Foo(1)", /unknown intrinsic function 'States.Foo'/],
  ["unknown lower-case name", "States.format('x')", /unknown intrinsic function 'States.format'/],
  ["custom name", "My.Func(1)", /unknown intrinsic function 'My.Func'/],
  ["too few arguments", "States.ArrayGetItem($.a)", /States.ArrayGetItem takes exactly 2 arguments but was given 1/],
  ["too many arguments", "States.ArrayLength($.a, $.b)", /takes exactly 1 argument but was given 2/],
  ["UUID with an argument", "States.UUID(1)", /States.UUID takes exactly 0 arguments but was given 1/],
  ["MathRandom arity", "States.MathRandom(1)", /takes 2 or 3 arguments but was given 1/],
  ["Format without template", "States.Format()", /takes at least 1 argument but was given 0/],
  ["nested arity", "States.Array(States.MathAdd(1))", /States.MathAdd takes exactly 2 arguments/],
  ["unterminated string", "States.Format('abc)", /unterminated string literal/],
  ["missing closing paren", "States.Array(1, 2", /missing '\)'/],
  ["trailing text", "States.Array(1) x", /unexpected text after the closing/],
  ["space before paren", "States.Array (1)", /expected '\(' immediately after/],
  ["no parentheses", "States.UUID", /expected '\(' immediately after/],
  ["double-quoted string", `States.Format("x")`, /single quotes/],
  ["bare word", "States.Format(abc)", /unexpected 'abc'/],
  ["empty argument", "States.Array(1,,2)", /expected an argument before ','/],
  ["trailing comma", "States.Array(1,)", /expected an argument before '\)'/],
  ["leading comma", "States.Array(,1)", /expected an argument before ','/],
  ["junk after a number", "States.Array(1x)", /unexpected 'x' after the number 1/],
  ["missing comma", "States.Array('a' 'b')", /expected ',' or '\)'/],
  ["unbalanced path bracket", "States.Array($.a[0)", /unbalanced brackets/],
  ["literal true with suffix", "States.Array(truex)", /unexpected 'truex'/],
  ["empty text", "", /expected an intrinsic function name/],
];

for (const [label, text, reason] of malformed) {
  test(`rejects malformed intrinsic: ${label}`, () => {
    assert.throws(
      () => parseIntrinsic(text),
      (error: unknown) => {
        assert.ok(error instanceof IntrinsicSyntaxError, `expected IntrinsicSyntaxError, got ${String(error)}`);
        assert.match(error.reason, reason);
        assert.ok(error.position >= 0 && error.position <= text.length);
        assert.match(error.message, /^Invalid intrinsic function call at position \d+: /);
        return true;
      },
    );
  });
}

test("reports where the problem is", () => {
  const text = String.raw`States.Format('a\qb')`;
  assert.throws(() => parseIntrinsic(text), (e: unknown) => e instanceof IntrinsicSyntaxError && e.position === 16);
});

test("looksLikeIntrinsic recognises States.Xxx( prefixes only", () => {
  assert.equal(looksLikeIntrinsic("States.Format('x')"), true);
  assert.equal(looksLikeIntrinsic("States.Foo("), true);
  assert.equal(looksLikeIntrinsic(" States.UUID()"), true);
  assert.equal(looksLikeIntrinsic("$.a"), false);
  assert.equal(looksLikeIntrinsic("$$.Execution.Id"), false);
  assert.equal(looksLikeIntrinsic("States.Format"), false);
  assert.equal(looksLikeIntrinsic("Format('x')"), false);
  assert.equal(looksLikeIntrinsic("{% $x %}"), false);
});
