/**
 * The parsed form of JSONPath Choice Rules (spec "Choice State" → "JSONPath Choice Rules").
 * Parsing (parse.ts) turns the raw definition into these shapes once; evaluation (evaluate.ts)
 * only walks them, so runtime code never re-validates the definition.
 */
import type { Json } from "../core/json.ts";

/** Operators that compare the Variable's value with a literal or with another path's value. */
export const STRING_OPERATORS = [
  "StringEquals",
  "StringLessThan",
  "StringGreaterThan",
  "StringLessThanEquals",
  "StringGreaterThanEquals",
] as const;
export const NUMERIC_OPERATORS = [
  "NumericEquals",
  "NumericLessThan",
  "NumericGreaterThan",
  "NumericLessThanEquals",
  "NumericGreaterThanEquals",
] as const;
export const TIMESTAMP_OPERATORS = [
  "TimestampEquals",
  "TimestampLessThan",
  "TimestampGreaterThan",
  "TimestampLessThanEquals",
  "TimestampGreaterThanEquals",
] as const;
export const BOOLEAN_OPERATORS = ["BooleanEquals"] as const;

/** Operators that also exist in a `...Path` form (StringMatches has no Path form). */
export const PATH_CAPABLE_OPERATORS = [
  ...STRING_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...TIMESTAMP_OPERATORS,
  ...BOOLEAN_OPERATORS,
] as const;

export const COMPARISON_OPERATORS = [...PATH_CAPABLE_OPERATORS, "StringMatches"] as const;
export type ComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

/** Type tests; their value in the definition is the boolean the test must yield. */
export const TEST_OPERATORS = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"] as const;
export type TestOperator = (typeof TEST_OPERATORS)[number];

/** The right-hand side of a comparison: a literal from the definition, or a path (`XxxPath` form). */
export type ChoiceOperand = { literal: Json } | { path: string };

export type ChoiceRule =
  | { kind: "and" | "or"; rules: ChoiceRule[] }
  | { kind: "not"; rule: ChoiceRule }
  | { kind: "compare"; variable: string; operator: ComparisonOperator; operand: ChoiceOperand }
  | { kind: "test"; variable: string; test: TestOperator; expected: boolean };

/** A top-level Choice Rule: the only place where Next (and a rule-level Assign) may appear. */
export interface ChoiceBranch {
  rule: ChoiceRule;
  next: string;
  /** The rule's own `Assign` (raw, validated by the caller); evaluated instead of the state's when chosen. */
  assign?: Json;
  comment?: string;
  /** Where the rule sits in the definition, e.g. `/States/MyChoice/Choices[0]`. */
  location: string;
}

/** Path lookup provided by the interpreter ($.x, $$.x, $var.x); must never throw for a missing path. */
export interface ChoiceEnvironment {
  resolve(path: string): { found: true; value: unknown } | { found: false };
}
