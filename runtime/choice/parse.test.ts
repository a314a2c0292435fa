import { test } from "node:test";
import assert from "node:assert/strict";
import type { Json } from "../core/json.ts";
import { ProblemCollector } from "../definition/problems.ts";
import { COMPARISON_OPERATORS, TEST_OPERATORS, parseChoiceRules } from "./index.ts";

const LOC = "/States/C/Choices";

function parse(raw: Json, options = {}) {
  const problems = new ProblemCollector();
  const branches = parseChoiceRules(raw, LOC, problems, options);
  return { branches, problems: problems.problems.map((p) => `${p.code}: ${p.message} at ${p.location}`) };
}

test("builds the rule tree: and/or/not, compare with literal or path, tests", () => {
  const { branches, problems } = parse([
    {
      And: [
        { Variable: "$.a", IsPresent: true },
        { Or: [{ Variable: "$.a", NumericGreaterThanPath: "$.b" }, { Not: { Variable: "$.s", StringMatches: "x*" } }] },
      ],
      Next: "A",
      Comment: "first",
    },
    { Variable: "$$.State.Name", StringEquals: "C", Next: "B", Assign: { x: 1 } },
  ]);
  assert.deepEqual(problems, []);
  assert.deepEqual(branches, [
    {
      rule: {
        kind: "and",
        rules: [
          { kind: "test", variable: "$.a", test: "IsPresent", expected: true },
          {
            kind: "or",
            rules: [
              { kind: "compare", variable: "$.a", operator: "NumericGreaterThan", operand: { path: "$.b" } },
              { kind: "not", rule: { kind: "compare", variable: "$.s", operator: "StringMatches", operand: { literal: "x*" } } },
            ],
          },
        ],
      },
      next: "A",
      comment: "first",
      location: `${LOC}[0]`,
    },
    {
      rule: { kind: "compare", variable: "$$.State.Name", operator: "StringEquals", operand: { literal: "C" } },
      next: "B",
      assign: { x: 1 },
      location: `${LOC}[1]`,
    },
  ]);
});

test("accepts every operator and its Path form with a well-typed value", () => {
  const literal: Record<string, Json> = {
    String: "x",
    Numeric: 1.5,
    Boolean: false,
    Timestamp: "2016-03-14T01:59:00Z",
  };
  const rules: Json[] = [];
  for (const op of COMPARISON_OPERATORS) {
    const family = Object.keys(literal).find((f) => op.startsWith(f))!;
    rules.push({ Variable: "$.v", [op]: literal[family]!, Next: "N" });
    if (op !== "StringMatches") rules.push({ Variable: "$.v", [`${op}Path`]: "$.w", Next: "N" });
  }
  for (const op of TEST_OPERATORS) rules.push({ Variable: "$.v", [op]: false, Next: "N" });
  const { branches, problems } = parse(rules);
  assert.deepEqual(problems, []);
  assert.equal(branches.length, COMPARISON_OPERATORS.length * 2 - 1 + TEST_OPERATORS.length);
});

test("reports every problem, with its location", () => {
  const rows: [Json, string[]][] = [
    ["nope", ["SCHEMA_VALIDATION_FAILED: The value for the field 'Choices' must be an ARRAY at /States/C/Choices"]],
    [[], ["SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/C/Choices"]],
    [[42], ["SCHEMA_VALIDATION_FAILED: A Choice Rule must be an OBJECT at /States/C/Choices[0]"]],
    [[{ Variable: "$.a", StringEquals: "x" }], ["SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/C/Choices[0]"]],
    [[{ StringEquals: "x" }], ["SCHEMA_VALIDATION_FAILED: These fields are required: [Next, Variable] at /States/C/Choices[0]"]],
    [
      [{ Variable: "$.a", Next: "N" }],
      ["SCHEMA_VALIDATION_FAILED: A Choice Rule must contain one of the fields 'And', 'Or', 'Not' or a comparison operator at /States/C/Choices[0]"],
    ],
    [
      [{ Variable: "$.a", StringEquals: "x", NumericEquals: 1, Next: "N" }],
      ["SCHEMA_VALIDATION_FAILED: These fields are mutually exclusive: [StringEquals, NumericEquals] at /States/C/Choices[0]"],
    ],
    [
      [{ Variable: "$.a", StringEqual: "x", Next: "N" }],
      [
        "SCHEMA_VALIDATION_FAILED: Field 'StringEqual' is not supported at /States/C/Choices[0]/StringEqual",
        "SCHEMA_VALIDATION_FAILED: A Choice Rule must contain one of the fields 'And', 'Or', 'Not' or a comparison operator at /States/C/Choices[0]",
      ],
    ],
    [
      [{ Variable: "$.a", StringMatchesPath: "$.b", Next: "N" }],
      [
        "SCHEMA_VALIDATION_FAILED: Field 'StringMatchesPath' is not supported at /States/C/Choices[0]/StringMatchesPath",
        "SCHEMA_VALIDATION_FAILED: A Choice Rule must contain one of the fields 'And', 'Or', 'Not' or a comparison operator at /States/C/Choices[0]",
      ],
    ],
    [
      [{ Condition: true, Next: "N" }],
      [
        "SCHEMA_VALIDATION_FAILED: Field 'Condition' is not supported at /States/C/Choices[0]/Condition",
        "SCHEMA_VALIDATION_FAILED: A Choice Rule must contain one of the fields 'And', 'Or', 'Not' or a comparison operator at /States/C/Choices[0]",
      ],
    ],
    [[{ Variable: "$.a", NumericEquals: "1", Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'NumericEquals' must be a NUMBER at /States/C/Choices[0]/NumericEquals"]],
    [[{ Variable: "$.a", StringEquals: 1, Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'StringEquals' must be a STRING at /States/C/Choices[0]/StringEquals"]],
    [[{ Variable: "$.a", BooleanEquals: "true", Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'BooleanEquals' must be a BOOLEAN at /States/C/Choices[0]/BooleanEquals"]],
    [[{ Variable: "$.a", IsNull: "yes", Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'IsNull' must be a BOOLEAN at /States/C/Choices[0]/IsNull"]],
    [[{ Variable: "$.a", StringMatches: null, Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'StringMatches' must be a STRING at /States/C/Choices[0]/StringMatches"]],
    [
      [{ Variable: "$.a", TimestampEquals: "2016-12-05T21:29:29", Next: "N" }],
      ["SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at /States/C/Choices[0]/TimestampEquals"],
    ],
    [[{ Variable: "$.a", TimestampLessThan: 5, Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'TimestampLessThan' must be a STRING at /States/C/Choices[0]/TimestampLessThan"]],
    [[{ Variable: "a", IsNull: true, Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Variable' must be a valid JSONPath at /States/C/Choices[0]/Variable"]],
    [[{ Variable: 3, IsNull: true, Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Variable' must be a valid JSONPath at /States/C/Choices[0]/Variable"]],
    [[{ Variable: "$.a", StringEqualsPath: "b", Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'StringEqualsPath' must be a valid JSONPath at /States/C/Choices[0]/StringEqualsPath"]],
    [[{ Variable: "$.a", IsNull: true, Next: 7 }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Next' must be a STRING at /States/C/Choices[0]/Next"]],
    [[{ Variable: "$.a", IsNull: true, Next: "" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Next' must not be empty at /States/C/Choices[0]/Next"]],
    [[{ Variable: "$.a", IsNull: true, Next: "N", Comment: 1 }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Comment' must be a STRING at /States/C/Choices[0]/Comment"]],
    [[{ Variable: "$.a", IsNull: true, Next: "N", Assign: [] }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Assign' must be an OBJECT at /States/C/Choices[0]/Assign"]],
    [[{ And: [], Next: "N" }], ["SCHEMA_VALIDATION_FAILED: Value cannot be empty at /States/C/Choices[0]/And"]],
    [[{ Or: { Variable: "$.a", IsNull: true }, Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Or' must be an ARRAY at /States/C/Choices[0]/Or"]],
    [[{ Not: [{ Variable: "$.a", IsNull: true }], Next: "N" }], ["SCHEMA_VALIDATION_FAILED: The value for the field 'Not' must be an OBJECT at /States/C/Choices[0]/Not"]],
    [
      [{ And: [{ Variable: "$.a", IsNull: true }], Variable: "$.a", Next: "N" }],
      ["SCHEMA_VALIDATION_FAILED: Field 'Variable' is not supported in a Choice Rule with 'And' at /States/C/Choices[0]/Variable"],
    ],
    [
      [{ And: [{ Variable: "$.a", IsNull: true, Next: "X" }], Next: "N" }],
      ["SCHEMA_VALIDATION_FAILED: Field 'Next' is not supported in a nested Choice Rule at /States/C/Choices[0]/And[0]/Next"],
    ],
    [
      [{ Not: { Variable: "$.a", IsNull: true, Assign: {} }, Next: "N" }],
      ["SCHEMA_VALIDATION_FAILED: Field 'Assign' is not supported in a nested Choice Rule at /States/C/Choices[0]/Not/Assign"],
    ],
    [
      [{ Or: [{ Variable: "$.a", IsNull: true }, { NumericEquals: 1 }, "x"], Next: "N" }],
      [
        "SCHEMA_VALIDATION_FAILED: These fields are required: [Variable] at /States/C/Choices[0]/Or[1]",
        "SCHEMA_VALIDATION_FAILED: A Choice Rule must be an OBJECT at /States/C/Choices[0]/Or[2]",
      ],
    ],
  ];
  for (const [raw, expected] of rows) {
    const { branches, problems } = parse(raw);
    assert.deepEqual(problems, expected, JSON.stringify(raw));
    assert.deepEqual(branches, [], JSON.stringify(raw));
  }
});

test("problems in several rules are all reported; valid rules are still returned", () => {
  const { branches, problems } = parse([
    { Variable: "$.a", NumericEquals: "1", Next: "A" },
    { Variable: "$.b", IsPresent: true, Next: "B" },
    { Variable: "$.c", TimestampEquals: "yesterday" },
  ]);
  assert.deepEqual(problems, [
    "SCHEMA_VALIDATION_FAILED: The value for the field 'NumericEquals' must be a NUMBER at /States/C/Choices[0]/NumericEquals",
    "SCHEMA_VALIDATION_FAILED: These fields are required: [Next] at /States/C/Choices[2]",
    "SCHEMA_VALIDATION_FAILED: String does not match RFC3339 timestamp at /States/C/Choices[2]/TimestampEquals",
  ]);
  assert.deepEqual(
    branches.map((b) => [b.next, b.location]),
    [["B", "/States/C/Choices[1]"]],
  );
});

test("path validation: `$`-prefixed by default, or the caller's validator", () => {
  assert.deepEqual(parse([{ Variable: "$", IsNumeric: true, Next: "N" }]).problems, []);
  assert.deepEqual(parse([{ Variable: "$myVar.x", IsNumeric: true, Next: "N" }]).problems, []);
  const strict = { isValidPath: (p: string) => p.startsWith("$.") };
  assert.deepEqual(parse([{ Variable: "$.a", StringEqualsPath: "$x", Next: "N" }], strict).problems, [
    "SCHEMA_VALIDATION_FAILED: The value for the field 'StringEqualsPath' must be a valid JSONPath at /States/C/Choices[0]/StringEqualsPath",
  ]);
});

test("StringMatches with an open escape is accepted at definition time (the spec makes it a runtime error)", () => {
  assert.deepEqual(parse([{ Variable: "$.a", StringMatches: "abc\\", Next: "N" }]).problems, []);
});
