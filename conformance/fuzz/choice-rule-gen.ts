/**
 * JSONPath Choice rules: data-test expressions (every comparison operator, its `…Path` form, the
 * type tests), nested `And` / `Or` / `Not`, with values of the right type (and, when the scope
 * allows invalid ones, of the wrong type).
 */
import type { Json } from "../../runtime/core/json.ts";
import type { Choices } from "./choices.ts";
import { jsonObject, jsonString } from "./json-values.ts";
import { referencePath } from "./jsonpath-gen.ts";
import type { ExpressionScope } from "./scope.ts";

type Operand = "string" | "number" | "boolean" | "timestamp" | "pattern";

const OPERATORS: ReadonlyArray<readonly [string, Operand]> = [
  ["StringEquals", "string"],
  ["NumericEquals", "number"],
  ["BooleanEquals", "boolean"],
  ["NumericLessThan", "number"],
  ["NumericGreaterThanEquals", "number"],
  ["StringLessThan", "string"],
  ["StringGreaterThanEquals", "string"],
  ["StringMatches", "pattern"],
  ["NumericGreaterThan", "number"],
  ["NumericLessThanEquals", "number"],
  ["StringGreaterThan", "string"],
  ["StringLessThanEquals", "string"],
  ["TimestampEquals", "timestamp"],
  ["TimestampLessThan", "timestamp"],
];
const TYPE_TESTS = ["IsPresent", "IsNull", "IsString", "IsNumeric", "IsBoolean", "IsTimestamp"];

function operandValue(c: Choices, operand: Operand): Json {
  switch (operand) {
    case "string":
      return jsonString(c);
    case "number":
      return c.pick([0, 1, 2, -1, 1.5, 10]);
    case "boolean":
      return c.pick([true, false]);
    case "timestamp":
      return c.pick(["2020-01-01T00:00:00Z", "2024-02-29T12:00:00.123Z"]);
    default:
      return c.pick(["a*", "*", "x\\*y", "*b", ""]);
  }
}

function dataTest(c: Choices, scope: ExpressionScope): Json {
  const variable = referencePath(c, scope);
  if (c.chance(25)) return jsonObject([["Variable", variable], [c.pick(TYPE_TESTS), c.pick([true, false])]]);
  const [operator, operand] = c.pick(OPERATORS);
  if (c.chance(15) && operand !== "pattern") return jsonObject([["Variable", variable], [`${operator}Path`, referencePath(c, scope)]]);
  const value = scope.invalid && c.chance(10) ? c.pick<Json>(["1", 1, null, [1]]) : operandValue(c, operand);
  return jsonObject([["Variable", variable], [operator, value]]);
}

/** A boolean expression of the Choice state's rule language (without Next). */
export function choiceExpression(c: Choices, scope: ExpressionScope, depth = 1): Json {
  const roll = c.int(0, 9);
  if (depth === 0 || roll < 6) return dataTest(c, scope);
  if (roll < 8) return jsonObject([[c.pick(["And", "Or"]), Array.from({ length: c.int(1, 2) }, () => choiceExpression(c, scope, depth - 1))]]);
  return jsonObject([["Not", choiceExpression(c, scope, depth - 1)]]);
}
