/**
 * Definition-time parsing and validation of a JSONPath Choice state's `Choices` (spec "Choice State",
 * "JSONPath Choice Rules"). Every problem is reported (not just the first) with code
 * SCHEMA_VALIDATION_FAILED, using AWS's recorded message shapes where one exists:
 * `These fields are required: [X]`, `Value cannot be empty`, `String does not match RFC3339 timestamp`,
 * `The value for the field 'X' must be a valid JSONPath`. The rest follow the definition layer's
 * wording (AWS's text for them is not recorded). Locations index arrays as `Choices[0]/And[1]`,
 * like the definition layer.
 */
import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import type { ProblemCollector } from "../definition/problems.ts";
import type { ChoiceBranch, ChoiceRule, ComparisonOperator, TestOperator } from "./types.ts";
import {
  BOOLEAN_OPERATORS,
  COMPARISON_OPERATORS,
  NUMERIC_OPERATORS,
  PATH_CAPABLE_OPERATORS,
  TEST_OPERATORS,
  TIMESTAMP_OPERATORS,
} from "./types.ts";
import { isRfc3339Timestamp } from "./timestamp.ts";

export interface ParseChoiceOptions {
  /**
   * Validates a Variable / `XxxPath` value. Defaults to "a string starting with `$`" (covers `$`,
   * `$.a`, `$$.Execution.Id`, `$var.field`); the definition layer can pass its real JSONPath check.
   */
  isValidPath?: (path: string) => boolean;
}

const BOOLEAN_FIELDS = ["And", "Or", "Not"] as const;
type BooleanField = (typeof BOOLEAN_FIELDS)[number];

/** Every field name that selects what a rule does; a rule must have exactly one. */
type OperatorField = BooleanField | ComparisonOperator | `${(typeof PATH_CAPABLE_OPERATORS)[number]}Path` | TestOperator;

const OPERATOR_FIELDS: ReadonlySet<string> = new Set<string>([
  ...BOOLEAN_FIELDS,
  ...COMPARISON_OPERATORS,
  ...PATH_CAPABLE_OPERATORS.map((op) => `${op}Path`),
  ...TEST_OPERATORS,
]);

const defaultIsValidPath = (path: string): boolean => path.startsWith("$");

/**
 * Parses the raw `Choices` value. `location` is the pointer of that value, e.g. `/States/C/Choices`.
 * Returns the branches that parsed cleanly; callers must check `problems` before running anything.
 */
export function parseChoiceRules(
  raw: unknown,
  location: string,
  problems: ProblemCollector,
  options: ParseChoiceOptions = {},
): ChoiceBranch[] {
  const ctx: Context = { problems, isValidPath: options.isValidPath ?? defaultIsValidPath };
  if (!Array.isArray(raw)) {
    problems.schema("The value for the field 'Choices' must be an ARRAY", location);
    return [];
  }
  if (raw.length === 0) {
    problems.schema("Value cannot be empty", location);
    return [];
  }
  const branches: ChoiceBranch[] = [];
  raw.forEach((item, i) => {
    const branch = parseTopLevelRule(item, `${location}[${i}]`, ctx);
    if (branch !== undefined) branches.push(branch);
  });
  return branches;
}

interface Context {
  problems: ProblemCollector;
  isValidPath: (path: string) => boolean;
}

function parseTopLevelRule(raw: unknown, location: string, ctx: Context): ChoiceBranch | undefined {
  if (!isJsonObject(raw)) {
    ctx.problems.schema("A Choice Rule must be an OBJECT", location);
    return undefined;
  }
  let ok = true;
  const next = raw["Next"];
  if (next !== undefined && typeof next !== "string") {
    ctx.problems.schema("The value for the field 'Next' must be a STRING", `${location}/Next`);
    ok = false;
  } else if (next === "") {
    ctx.problems.schema("The value for the field 'Next' must not be empty", `${location}/Next`);
    ok = false;
  }
  const assign = raw["Assign"];
  if (assign !== undefined && !isJsonObject(assign)) {
    ctx.problems.schema("The value for the field 'Assign' must be an OBJECT", `${location}/Assign`);
    ok = false;
  }
  const rule = parseRuleBody(raw, location, ctx, true);
  if (next === undefined) ok = false;
  if (!ok || rule === undefined) return undefined;
  const branch: ChoiceBranch = { rule, next: next as string, location };
  if (assign !== undefined) branch.assign = assign;
  if (typeof raw["Comment"] === "string") branch.comment = raw["Comment"];
  return branch;
}

function parseNestedRule(raw: unknown, location: string, ctx: Context): ChoiceRule | undefined {
  if (!isJsonObject(raw)) {
    ctx.problems.schema("A Choice Rule must be an OBJECT", location);
    return undefined;
  }
  return parseRuleBody(raw, location, ctx, false);
}

/**
 * Validates the fields common to top-level and nested rules and builds the rule itself. Missing
 * required fields (Next at the top level, Variable in a data test) are reported together, as AWS
 * reports required fields.
 */
function parseRuleBody(raw: Record<string, Json>, location: string, ctx: Context, topLevel: boolean): ChoiceRule | undefined {
  let ok = true;
  const operators: OperatorField[] = [];
  for (const key of Object.keys(raw)) {
    if (OPERATOR_FIELDS.has(key)) {
      operators.push(key as OperatorField);
    } else if (key === "Next" || key === "Assign") {
      if (!topLevel) {
        ctx.problems.schema(`Field '${key}' is not supported in a nested Choice Rule`, `${location}/${key}`);
        ok = false;
      }
    } else if (key === "Comment") {
      if (typeof raw[key] !== "string") {
        ctx.problems.schema("The value for the field 'Comment' must be a STRING", `${location}/Comment`);
        ok = false;
      }
    } else if (key !== "Variable") {
      ctx.problems.schema(`Field '${key}' is not supported`, `${location}/${key}`);
      ok = false;
    }
  }

  const isDataTest = operators.length === 1 && !(BOOLEAN_FIELDS as readonly string[]).includes(operators[0]!);
  const missing = [
    ...(topLevel && !Object.hasOwn(raw, "Next") ? ["Next"] : []),
    ...(isDataTest && !Object.hasOwn(raw, "Variable") ? ["Variable"] : []),
  ];
  if (missing.length > 0) {
    ctx.problems.schema(`These fields are required: [${missing.join(", ")}]`, location);
    ok = false;
  }

  if (operators.length === 0) {
    ctx.problems.schema("A Choice Rule must contain one of the fields 'And', 'Or', 'Not' or a comparison operator", location);
    return undefined;
  }
  if (operators.length > 1) {
    ctx.problems.schema(`These fields are mutually exclusive: [${operators.join(", ")}]`, location);
    return undefined;
  }
  const operator = operators[0]!;
  const value = raw[operator]!;

  if (operator === "And" || operator === "Or" || operator === "Not") {
    if (Object.hasOwn(raw, "Variable")) {
      ctx.problems.schema(`Field 'Variable' is not supported in a Choice Rule with '${operator}'`, `${location}/Variable`);
      ok = false;
    }
    const rule = parseBooleanExpression(operator, value, `${location}/${operator}`, ctx);
    return ok ? rule : undefined;
  }

  const variable = parseVariable(raw, location, ctx);
  const rule = parseDataTest(operator, value, `${location}/${operator}`, ctx);
  if (!ok || variable === undefined || rule === undefined) return undefined;
  return { ...rule, variable } as ChoiceRule;
}

function parseBooleanExpression(operator: BooleanField, value: Json, location: string, ctx: Context): ChoiceRule | undefined {
  if (operator === "Not") {
    if (!isJsonObject(value)) {
      ctx.problems.schema("The value for the field 'Not' must be an OBJECT", location);
      return undefined;
    }
    const rule = parseNestedRule(value, location, ctx);
    return rule === undefined ? undefined : { kind: "not", rule };
  }
  if (!Array.isArray(value)) {
    ctx.problems.schema(`The value for the field '${operator}' must be an ARRAY`, location);
    return undefined;
  }
  if (value.length === 0) {
    ctx.problems.schema("Value cannot be empty", location);
    return undefined;
  }
  const rules = value.map((item, i) => parseNestedRule(item, `${location}[${i}]`, ctx));
  if (rules.some((r) => r === undefined)) return undefined;
  return { kind: operator === "And" ? "and" : "or", rules: rules as ChoiceRule[] };
}

function parseVariable(raw: Record<string, Json>, location: string, ctx: Context): string | undefined {
  const variable = raw["Variable"];
  if (variable === undefined) return undefined; // reported with the other required fields
  if (typeof variable !== "string" || !ctx.isValidPath(variable)) {
    ctx.problems.schema("The value for the field 'Variable' must be a valid JSONPath", `${location}/Variable`);
    return undefined;
  }
  return variable;
}

type DataTestWithoutVariable =
  | { kind: "compare"; operator: ComparisonOperator; operand: { literal: Json } | { path: string } }
  | { kind: "test"; test: TestOperator; expected: boolean };

/** Checks the operator's value: literal type, timestamp syntax, path syntax or test boolean. */
function parseDataTest(field: OperatorField, value: Json, location: string, ctx: Context): DataTestWithoutVariable | undefined {
  if ((TEST_OPERATORS as readonly string[]).includes(field)) {
    if (typeof value !== "boolean") {
      ctx.problems.schema(`The value for the field '${field}' must be a BOOLEAN`, location);
      return undefined;
    }
    return { kind: "test", test: field as TestOperator, expected: value };
  }
  if (field.endsWith("Path")) {
    if (typeof value !== "string" || !ctx.isValidPath(value)) {
      ctx.problems.schema(`The value for the field '${field}' must be a valid JSONPath`, location);
      return undefined;
    }
    return { kind: "compare", operator: field.slice(0, -"Path".length) as ComparisonOperator, operand: { path: value } };
  }
  const operator = field as ComparisonOperator;
  const expectedType = literalType(operator);
  if (typeof value !== expectedType) {
    ctx.problems.schema(`The value for the field '${field}' must be a ${expectedType.toUpperCase()}`, location);
    return undefined;
  }
  if ((TIMESTAMP_OPERATORS as readonly string[]).includes(operator) && !isRfc3339Timestamp(value as string)) {
    ctx.problems.schema("String does not match RFC3339 timestamp", location);
    return undefined;
  }
  return { kind: "compare", operator, operand: { literal: value } };
}

function literalType(operator: ComparisonOperator): "string" | "number" | "boolean" {
  if ((NUMERIC_OPERATORS as readonly string[]).includes(operator)) return "number";
  if ((BOOLEAN_OPERATORS as readonly string[]).includes(operator)) return "boolean";
  // String operators, StringMatches and the Timestamp operators all take strings.
  return "string";
}

/** Every path a rule reads (Variables and `XxxPath` operands), e.g. to list variable references. */
export function choiceRulePaths(rule: ChoiceRule): string[] {
  switch (rule.kind) {
    case "and":
    case "or":
      return rule.rules.flatMap(choiceRulePaths);
    case "not":
      return choiceRulePaths(rule.rule);
    case "test":
      return [rule.variable];
    case "compare":
      return "path" in rule.operand ? [rule.variable, rule.operand.path] : [rule.variable];
  }
}
