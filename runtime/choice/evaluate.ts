/**
 * Runtime evaluation of parsed JSONPath Choice Rules.
 *
 * Rules from the spec and the recordings (../../../shared/oracle/aws-recorded/choice.json):
 * - a comparison whose values are not both of the operator's type is simply false (e.g. NumericEquals
 *   42 against "42", StringEquals against null, BooleanEquals against 0 — all recorded as no match);
 * - numbers compare by value, so 0 equals 0.0 (recorded);
 * - strings compare by UTF-16 code units (Java `compareTo`, what JS `<` does);
 * - timestamps compare as instants; a non-timestamp string is just "not a timestamp" → false;
 * - IsPresent is the only rule that tolerates a Variable path that resolves to nothing; every other
 *   rule fails the execution with States.Runtime (spec note on IsPresent, DG "You must specify the
 *   $.type field ... the execution fails"), as does an `XxxPath` operand that resolves to nothing;
 * - And/Or stop as soon as the result is known, so an IsPresent guard protects later rules.
 */
import { StatesError, StatesErrorName } from "../core/errors.ts";
import type { ChoiceBranch, ChoiceEnvironment, ChoiceRule, ComparisonOperator, TestOperator } from "./types.ts";
import { compareInstants, parseTimestamp } from "./timestamp.ts";
import { compileStringMatchesPattern, matchesCompiledPattern } from "./string-matches.ts";

/**
 * The cause AWS gives when a Choice Rule's path does not resolve. The interpreter prefixes it with
 * "An error occurred while executing the state '<S>' (entered at the event id #<n>). ".
 */
export function invalidChoicePathCause(path: string): string {
  return `Invalid path '${path}': The choice state's condition path references an invalid value.`;
}

/** Evaluates one rule; throws StatesError(States.Runtime) where AWS fails the execution. */
export function evaluateChoiceRule(rule: ChoiceRule, env: ChoiceEnvironment): boolean {
  switch (rule.kind) {
    case "and":
      return rule.rules.every((r) => evaluateChoiceRule(r, env));
    case "or":
      return rule.rules.some((r) => evaluateChoiceRule(r, env));
    case "not":
      return !evaluateChoiceRule(rule.rule, env);
    case "test":
      return evaluateTest(rule.test, rule.variable, env) === rule.expected;
    case "compare": {
      const left = mustResolve(rule.variable, env);
      const right = "path" in rule.operand ? mustResolve(rule.operand.path, env) : rule.operand.literal;
      return compare(rule.operator, left, right);
    }
  }
}

/** The first top-level rule that matches, or undefined (the caller applies Default / NoChoiceMatched). */
export function selectChoiceBranch(branches: readonly ChoiceBranch[], env: ChoiceEnvironment): ChoiceBranch | undefined {
  return branches.find((branch) => evaluateChoiceRule(branch.rule, env));
}

/** The Next state of the first matching top-level rule, or undefined when none matches. */
export function selectChoice(branches: readonly ChoiceBranch[], env: ChoiceEnvironment): string | undefined {
  return selectChoiceBranch(branches, env)?.next;
}

function mustResolve(path: string, env: ChoiceEnvironment): unknown {
  const result = env.resolve(path);
  if (!result.found) throw new StatesError(StatesErrorName.Runtime, invalidChoicePathCause(path));
  return result.value;
}

function evaluateTest(test: TestOperator, variable: string, env: ChoiceEnvironment): boolean {
  if (test === "IsPresent") return env.resolve(variable).found;
  const value = mustResolve(variable, env);
  switch (test) {
    case "IsNull":
      return value === null;
    case "IsNumeric":
      return typeof value === "number";
    case "IsString":
      return typeof value === "string";
    case "IsBoolean":
      return typeof value === "boolean";
    case "IsTimestamp":
      return typeof value === "string" && parseTimestamp(value) !== undefined;
  }
}

function compare(operator: ComparisonOperator, left: unknown, right: unknown): boolean {
  switch (operator) {
    case "StringEquals":
      return typeof left === "string" && typeof right === "string" && left === right;
    case "StringLessThan":
      return typeof left === "string" && typeof right === "string" && left < right;
    case "StringGreaterThan":
      return typeof left === "string" && typeof right === "string" && left > right;
    case "StringLessThanEquals":
      return typeof left === "string" && typeof right === "string" && left <= right;
    case "StringGreaterThanEquals":
      return typeof left === "string" && typeof right === "string" && left >= right;
    case "StringMatches":
      return typeof left === "string" && typeof right === "string" && stringMatches(left, right);
    case "NumericEquals":
      return typeof left === "number" && typeof right === "number" && left === right;
    case "NumericLessThan":
      return typeof left === "number" && typeof right === "number" && left < right;
    case "NumericGreaterThan":
      return typeof left === "number" && typeof right === "number" && left > right;
    case "NumericLessThanEquals":
      return typeof left === "number" && typeof right === "number" && left <= right;
    case "NumericGreaterThanEquals":
      return typeof left === "number" && typeof right === "number" && left >= right;
    case "BooleanEquals":
      return typeof left === "boolean" && typeof right === "boolean" && left === right;
    case "TimestampEquals":
      return compareTimestamps(left, right, (c) => c === 0);
    case "TimestampLessThan":
      return compareTimestamps(left, right, (c) => c < 0);
    case "TimestampGreaterThan":
      return compareTimestamps(left, right, (c) => c > 0);
    case "TimestampLessThanEquals":
      return compareTimestamps(left, right, (c) => c <= 0);
    case "TimestampGreaterThanEquals":
      return compareTimestamps(left, right, (c) => c >= 0);
  }
}

function compareTimestamps(left: unknown, right: unknown, accept: (order: number) => boolean): boolean {
  if (typeof left !== "string" || typeof right !== "string") return false;
  const a = parseTimestamp(left);
  const b = parseTimestamp(right);
  return a !== undefined && b !== undefined && accept(compareInstants(a, b));
}

function stringMatches(value: string, pattern: string): boolean {
  const compiled = compileStringMatchesPattern(pattern);
  if (!compiled.ok) {
    // Spec: "If an open escape backslash \ is found in the StringMatches string, the interpreter
    // will throw a runtime error." The exact AWS cause is not recorded.
    throw new StatesError(StatesErrorName.Runtime, `The StringMatches pattern '${pattern}' is invalid: ${compiled.reason}.`);
  }
  return matchesCompiledPattern(value, compiled.tokens);
}
