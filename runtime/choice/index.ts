/**
 * JSONPath Choice state rules: parse/validate the definition's `Choices`, evaluate rules against
 * the interpreter's path resolver, pick the first matching branch. Default / States.NoChoiceMatched
 * handling and the "An error occurred while executing the state ..." cause prefix belong to the
 * interpreter.
 */
export type {
  ChoiceBranch,
  ChoiceEnvironment,
  ChoiceOperand,
  ChoiceRule,
  ComparisonOperator,
  TestOperator,
} from "./types.ts";
export { COMPARISON_OPERATORS, TEST_OPERATORS } from "./types.ts";
export { parseChoiceRules, choiceRulePaths } from "./parse.ts";
export type { ParseChoiceOptions } from "./parse.ts";
export { evaluateChoiceRule, selectChoice, selectChoiceBranch, invalidChoicePathCause } from "./evaluate.ts";
export { parseTimestamp, isRfc3339Timestamp, compareInstants } from "./timestamp.ts";
export type { Instant } from "./timestamp.ts";
export { compileStringMatchesPattern, matchesCompiledPattern } from "./string-matches.ts";
