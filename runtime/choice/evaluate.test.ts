import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { StatesError } from "../core/errors.ts";
import { ProblemCollector } from "../definition/problems.ts";
import type { ChoiceRule } from "./index.ts";
import { evaluateChoiceRule, invalidChoicePathCause, parseChoiceRules, selectChoice } from "./index.ts";
import { simpleEnvironment } from "./test-resolver.ts";

/** Parses one nested-style rule (adds a Next so it parses as a top-level rule). */
function rule(raw: Record<string, Json>): ChoiceRule {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules([{ ...raw, Next: "N" }], "/States/C/Choices", problems);
  assert.deepEqual(problems.problems, [], JSON.stringify(raw));
  return branches[0]!.rule;
}

function evaluate(raw: Record<string, Json>, input: Json): boolean {
  return evaluateChoiceRule(rule(raw), simpleEnvironment(input));
}

function isRuntimeError(path: string) {
  return (e: unknown) => e instanceof StatesError && e.error === "States.Runtime" && e.causeText === invalidChoicePathCause(path);
}

test("literal comparisons: one row per operator (value of $.v, literal, expected)", () => {
  const rows: [string, Json, Json, boolean][] = [
    ["StringEquals", "abc", "abc", true],
    ["StringEquals", "abc", "ABC", false],
    ["StringEquals", "\t\n", "\t\r\n", false],
    ["StringLessThan", "A", "AB", true],
    ["StringLessThan", "AB", "AB", false],
    ["StringLessThan", "Z", "a", true], // code-unit order, no case folding
    ["StringLessThan", "\u{1F600}", "\uFFFF", true], // UTF-16 code units, like Java compareTo
    ["StringGreaterThan", "AB", "A", true],
    ["StringGreaterThan", "", "", false],
    ["StringLessThanEquals", "", "", true],
    ["StringLessThanEquals", "B", "A", false],
    ["StringGreaterThanEquals", "A", "AB", false],
    ["StringGreaterThanEquals", "AB", "AB", true],
    ["NumericEquals", 1, 1.0, true],
    ["NumericEquals", 2.22, 2.22, true],
    ["NumericEquals", 1.1, 1, false],
    ["NumericLessThan", 0, 1, true],
    ["NumericLessThan", -0.5, -1, false],
    ["NumericGreaterThan", 1.5, 1, true],
    ["NumericGreaterThan", 1, 1, false],
    ["NumericLessThanEquals", 20, 20.0, true],
    ["NumericGreaterThanEquals", 19.999, 20, false],
    ["BooleanEquals", true, true, true],
    ["BooleanEquals", false, true, false],
    ["BooleanEquals", false, false, true],
    ["TimestampEquals", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", true],
    ["TimestampEquals", "2012-10-09T20:00:55+01:00", "2012-10-09T19:00:55Z", true], // same instant
    ["TimestampEquals", "2012-10-09T19:00:55.000Z", "2012-10-09T19:00:55Z", true],
    ["TimestampLessThan", "2012-10-09T19:00:55Z", "2012-10-09T19:00:56Z", true],
    ["TimestampLessThan", "2012-10-09T19:00:55.000000001Z", "2012-10-09T19:00:55.000000002Z", true], // nanoseconds count
    ["TimestampGreaterThan", "2012-10-09T19:00:56Z", "2012-10-09T19:00:55Z", true],
    ["TimestampGreaterThan", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", false],
    ["TimestampLessThanEquals", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", true],
    ["TimestampGreaterThanEquals", "2012-10-09T19:00:55Z", "2012-10-09T19:00:56Z", false],
    ["StringMatches", "foo23.log", "foo*.log", true],
    ["StringMatches", "zebra.log", "*.log", true],
    ["StringMatches", "foobar.zebra", "foo*.*", true],
    ["StringMatches", "foo.txt", "foo*.log", false],
  ];
  for (const [operator, value, literal, expected] of rows) {
    assert.equal(evaluate({ Variable: "$.v", [operator]: literal }, { v: value }), expected, `${JSON.stringify(value)} ${operator} ${JSON.stringify(literal)}`);
  }
});

test("...Path forms compare with the value found at the other path", () => {
  const rows: [string, Json, Json, boolean][] = [
    ["StringEqualsPath", "Hello", "Hello", true],
    ["StringEqualsPath", " ", "     ", false],
    ["StringLessThanPath", "A", "AB", true],
    ["StringGreaterThanPath", "A", "A ", false],
    ["StringLessThanEqualsPath", "AB", "A", false],
    ["StringGreaterThanEqualsPath", "", "", true],
    ["NumericEqualsPath", 0.0, 0, true],
    ["NumericLessThanPath", 0, 1, true],
    ["NumericGreaterThanPath", 1, 0, true],
    ["NumericLessThanEqualsPath", 1, 0, false],
    ["NumericGreaterThanEqualsPath", 1, 1, true],
    ["BooleanEqualsPath", false, false, true],
    ["BooleanEqualsPath", true, false, false],
    ["TimestampEqualsPath", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", true],
    ["TimestampLessThanPath", "2012-10-09T19:00:56Z", "2012-10-09T19:00:55Z", false],
    ["TimestampGreaterThanPath", "2012-10-09T19:00:55Z", "2012-10-09T19:00:56Z", false],
    ["TimestampLessThanEqualsPath", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55Z", true],
    ["TimestampGreaterThanEqualsPath", "2012-10-09T19:00:56Z", "2012-10-09T19:00:55Z", true],
    // The path value is type-checked like a literal would be: wrong type → false.
    ["NumericEqualsPath", 1, "1", false],
    ["TimestampEqualsPath", "2012-10-09T19:00:55Z", "2012-10-09T19:00:55", false],
  ];
  for (const [operator, v, w, expected] of rows) {
    assert.equal(evaluate({ Variable: "$.v", [operator]: "$.w" }, { v, w }), expected, `${JSON.stringify(v)} ${operator} ${JSON.stringify(w)}`);
  }
});

test("type mismatches are false, never errors (spec; recorded for every operator family)", () => {
  const others: Json[] = [null, 0, 1.5, "", "HelloWorld", "2012-10-09T19:00:55", [], [""], {}, { A: 0 }, true, false];
  const cases: [string, Json, (v: Json) => boolean][] = [
    ["StringEquals", "HelloWorld", (v) => v === "HelloWorld"],
    ["NumericEquals", 0, (v) => v === 0],
    ["BooleanEquals", false, (v) => v === false],
    ["TimestampEquals", "2012-10-09T19:00:55Z", () => false],
    ["StringMatches", "*", (v) => typeof v === "string"],
  ];
  for (const [operator, literal, matches] of cases) {
    for (const v of others) {
      assert.equal(evaluate({ Variable: "$.v", [operator]: literal }, { v }), matches(v), `${JSON.stringify(v)} ${operator}`);
    }
  }
});

test("type tests, with true and false as the expected result", () => {
  const values: [Json, Record<string, boolean>][] = [
    [null, { IsNull: true, IsNumeric: false, IsString: false, IsBoolean: false, IsTimestamp: false }],
    [0, { IsNull: false, IsNumeric: true, IsString: false, IsBoolean: false, IsTimestamp: false }],
    [1.1, { IsNull: false, IsNumeric: true, IsString: false, IsBoolean: false, IsTimestamp: false }],
    ["", { IsNull: false, IsNumeric: false, IsString: true, IsBoolean: false, IsTimestamp: false }],
    ["1", { IsNull: false, IsNumeric: false, IsString: true, IsBoolean: false, IsTimestamp: false }],
    ["2012-10-09T19:00:55Z", { IsNull: false, IsNumeric: false, IsString: true, IsBoolean: false, IsTimestamp: true }],
    ["2012-10-09T19:00:55+01:00", { IsString: true, IsTimestamp: true }],
    ["2012-10-09T19:00:55", { IsString: true, IsTimestamp: false }],
    ["2023-02-24", { IsString: true, IsTimestamp: false }],
    ["2023-02-24 12:15:56.832957", { IsTimestamp: false }],
    [false, { IsNull: false, IsNumeric: false, IsString: false, IsBoolean: true, IsTimestamp: false }],
    [[], { IsNull: false, IsNumeric: false, IsString: false, IsBoolean: false, IsTimestamp: false }],
    [{}, { IsNull: false, IsNumeric: false, IsString: false, IsBoolean: false, IsTimestamp: false }],
  ];
  for (const [v, expectations] of values) {
    for (const [testName, result] of Object.entries(expectations)) {
      assert.equal(evaluate({ Variable: "$.v", [testName]: true }, { v }), result, `${JSON.stringify(v)} ${testName}: true`);
      assert.equal(evaluate({ Variable: "$.v", [testName]: false }, { v }), !result, `${JSON.stringify(v)} ${testName}: false`);
    }
    assert.equal(evaluate({ Variable: "$.v", IsPresent: true }, { v }), true);
  }
});

test("IsPresent is the only rule that tolerates a missing Variable path", () => {
  assert.equal(evaluate({ Variable: "$.missing", IsPresent: true }, {}), false);
  assert.equal(evaluate({ Variable: "$.missing", IsPresent: false }, {}), true);
  assert.equal(evaluate({ Variable: "$.a.b", IsPresent: true }, { a: 1 }), false);
  assert.equal(evaluate({ Variable: "$.a[2]", IsPresent: true }, { a: [1] }), false);
  const failing: Record<string, Json>[] = [
    { StringEquals: "x" },
    { NumericEquals: 1 },
    { BooleanEquals: true },
    { TimestampEquals: "2012-10-09T19:00:55Z" },
    { StringMatches: "*" },
    { IsNull: false },
    { IsNumeric: false },
    { IsString: false },
    { IsBoolean: false },
    { IsTimestamp: false },
    { StringEqualsPath: "$.other" },
  ];
  for (const ops of failing) {
    assert.throws(() => evaluate({ Variable: "$.missing", ...ops }, { other: "x" }), isRuntimeError("$.missing"), JSON.stringify(ops));
  }
});

test("a ...Path operand that resolves to nothing fails with States.Runtime naming that path", () => {
  assert.throws(() => evaluate({ Variable: "$.v", NumericEqualsPath: "$.nope" }, { v: 1 }), isRuntimeError("$.nope"));
  assert.throws(() => evaluate({ Variable: "$.v", StringEqualsPath: "$.a.b" }, { v: "x", a: {} }), isRuntimeError("$.a.b"));
});

test("And/Or stop once the result is known, so an IsPresent guard protects later rules", () => {
  const guarded: Record<string, Json> = {
    And: [
      { Variable: "$.keyThatMightNotExist", IsPresent: true },
      { Variable: "$.keyThatMightNotExist", StringEquals: "foo" },
    ],
  };
  assert.equal(evaluate(guarded, {}), false);
  assert.equal(evaluate(guarded, { keyThatMightNotExist: "foo" }), true);
  const or: Record<string, Json> = { Or: [{ Variable: "$.a", NumericEquals: 1 }, { Variable: "$.missing", NumericEquals: 1 }] };
  assert.equal(evaluate(or, { a: 1 }), true);
  assert.throws(() => evaluate(or, { a: 2 }), isRuntimeError("$.missing"));
  assert.equal(evaluate({ Not: { Variable: "$.type", StringEquals: "Private" } }, { type: "Public" }), true);
  assert.equal(evaluate({ Not: { Not: { Variable: "$.x", IsNull: true } } }, { x: null }), true);
});

test("StringMatches escapes: \\* is a literal star, \\\\ a literal backslash, an open escape fails at runtime", () => {
  const rows: [string, string, boolean][] = [
    ["a*b", "a\\*b", true],
    ["axb", "a\\*b", false],
    ["a\\b", "a\\\\b", true],
    ["a\\xyz", "a\\\\*", true],
    ["log-2024.txt", "log-*.txt", true],
    ["log-.txt", "log-*.txt", true],
    ["log.txt", "log-*.txt", false],
    ["abc", "a?c", false], // "?" is not special
    ["a?c", "a?c", true],
    ["[x]", "[x]", true],
    ["", "*", true],
    ["", "", true],
    ["x", "", false],
    ["aaa", "a**a", true],
    ["mississippi", "*sip*", true],
    ["mississippi", "m*iss*ppi", true],
    ["mississippi", "m*x*", false],
  ];
  for (const [value, pattern, expected] of rows) {
    assert.equal(evaluate({ Variable: "$.v", StringMatches: pattern }, { v: value }), expected, `${value} ~ ${pattern}`);
  }
  assert.throws(
    () => evaluate({ Variable: "$.v", StringMatches: "abc\\" }, { v: "abc" }),
    (e: unknown) => e instanceof StatesError && e.error === "States.Runtime",
  );
});

test("paths may address the context object and variables (resolution is the caller's)", () => {
  const env = simpleEnvironment({ a: 1 }, { limit: { max: 3 } }, { Execution: { Name: "run-1" } });
  assert.equal(evaluateChoiceRule(rule({ Variable: "$$.Execution.Name", StringMatches: "run-*" }), env), true);
  assert.equal(evaluateChoiceRule(rule({ Variable: "$.a", NumericLessThanPath: "$limit.max" }), env), true);
  assert.equal(evaluateChoiceRule(rule({ Variable: "$limit.max", NumericEquals: 3 }), env), true);
  assert.equal(evaluateChoiceRule(rule({ Variable: "$undefinedVar", IsPresent: true }), env), false);
});

test("selectChoice returns the Next of the first matching top-level rule, or undefined", () => {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(
    [
      { Variable: "$.n", NumericLessThan: 0, Next: "Negative" },
      { Variable: "$.n", NumericLessThan: 10, Next: "Small" },
      { Variable: "$.n", NumericLessThan: 100, Next: "Medium" },
    ],
    "/States/C/Choices",
    problems,
  );
  assert.equal(selectChoice(branches, simpleEnvironment({ n: -1 })), "Negative");
  assert.equal(selectChoice(branches, simpleEnvironment({ n: 5 })), "Small"); // first match wins
  assert.equal(selectChoice(branches, simpleEnvironment({ n: 50 })), "Medium");
  assert.equal(selectChoice(branches, simpleEnvironment({ n: 500 })), undefined);
});
