import type { Json } from "../core/json.ts";
import { jsonEquals } from "../core/json.ts";
import type { CompiledPath } from "./ast.ts";
import type { FilterExpr, FilterOperand, FilterValue, RelationalOperator } from "./filter-ast.ts";
import { isBigDecimalText, numberNodeText } from "./java-text.ts";

/** How the filter reads its paths; supplied by the evaluator (avoids an import cycle). */
export interface FilterPathReader {
  /** The value of a path as a filter operand (`undefined` when it matches nothing). */
  value(path: CompiledPath, item: Json, root: Json): FilterValue;
  /** Whether the path exists (Jayway evaluates it with REQUIRE_PROPERTIES). */
  exists(path: CompiledPath, item: Json, root: Json): boolean;
}

/** Jayway's Predicate.apply for one item: `@` is the item, `$` the document root. */
export function evaluateFilter(expr: FilterExpr, item: Json, root: Json, reader: FilterPathReader): boolean {
  switch (expr.type) {
    case "or":
      return expr.operands.some((e) => evaluateFilter(e, item, root, reader));
    case "and":
      return expr.operands.every((e) => evaluateFilter(e, item, root, reader));
    case "not":
      return !evaluateFilter(expr.operand, item, root, reader);
    case "exists":
      return reader.exists(expr.path, item, root) === expr.shouldExist;
    case "relation": {
      const left = operandValue(expr.left, item, root, reader);
      const right = operandValue(expr.right, item, root, reader);
      return compare(expr.operator, left, right);
    }
  }
}

function operandValue(operand: FilterOperand, item: Json, root: Json, reader: FilterPathReader): FilterValue {
  return operand.type === "literal" ? operand.value : reader.value(operand.path, item, root);
}

/** A JSON value as Jayway's ValueNode (numbers carry their BigDecimal text). */
export function toFilterValue(value: Json): FilterValue {
  if (value === null) return { type: "null" };
  if (typeof value === "number") return { type: "number", value, text: numberNodeText(value) };
  if (typeof value === "string") return { type: "string", value };
  if (typeof value === "boolean") return { type: "boolean", value };
  return { type: "json", value };
}

function compare(operator: RelationalOperator, left: FilterValue, right: FilterValue): boolean {
  switch (operator) {
    case "==":
      return nodeEquals(left, right);
    case "!=":
      return !nodeEquals(left, right);
    case "===":
      return left.type === right.type && nodeEquals(left, right);
    case "!==":
      return !(left.type === right.type && nodeEquals(left, right));
    case "<":
      return ordered(left, right, (c) => c < 0);
    case "<=":
      return ordered(left, right, (c) => c <= 0);
    case ">":
      return ordered(left, right, (c) => c > 0);
    case ">=":
      return ordered(left, right, (c) => c >= 0);
    case "=~":
      return regexMatches(left, right);
    case "IN":
      return isIn(left, right);
    case "NIN":
      return !isIn(left, right);
    case "CONTAINS":
      return contains(left, right);
    case "ALL":
      return containsAll(left, right);
    case "SIZE":
      return hasSize(left, right);
    case "EMPTY":
      return isEmpty(left, right);
    case "SUBSETOF": {
      const l = asList(left);
      const r = asList(right);
      return l !== null && r !== null && l.every((x) => r.some((y) => nodeEquals(x, y)));
    }
    case "ANYOF": {
      const l = asList(left);
      const r = asList(right);
      return l !== null && r !== null && l.some((x) => r.some((y) => nodeEquals(x, y)));
    }
    case "NONEOF": {
      const l = asList(left);
      const r = asList(right);
      return l !== null && r !== null && !l.some((x) => r.some((y) => nodeEquals(x, y)));
    }
    case "EXISTS":
      return left.type === "boolean" && right.type === "boolean" && left.value === right.value;
    case "TYPE":
    case "MATCHES":
      // Their right operands (a Java class, a predicate) cannot be written in a path string.
      return false;
  }
}

/**
 * Jayway's ValueNode.equals: numbers and strings compare across kinds (the string parsed as a
 * BigDecimal on the number side, the number printed on the string side); arrays and objects
 * compare structurally; a missing value equals nothing.
 */
export function nodeEquals(a: FilterValue, b: FilterValue): boolean {
  switch (a.type) {
    case "number":
      if (b.type === "number") return a.value === b.value;
      if (b.type === "string") return isBigDecimalText(b.value) && Number(b.value) === a.value;
      return false;
    case "string":
      if (b.type === "string") return a.value === b.value;
      if (b.type === "number") return a.value === b.text;
      return false;
    case "boolean":
      return b.type === "boolean" && a.value === b.value;
    case "null":
      return b.type === "null";
    case "json":
      return b.type === "json" && jsonEquals(a.value, b.value);
    case "pattern":
      return b.type === "pattern" && a.source === b.source;
    case "undefined":
      return false;
  }
}

function ordered(left: FilterValue, right: FilterValue, test: (c: number) => boolean): boolean {
  if (left.type === "number" && right.type === "number") {
    return test(left.value < right.value ? -1 : left.value > right.value ? 1 : 0);
  }
  if (left.type === "string" && right.type === "string") {
    return test(left.value < right.value ? -1 : left.value > right.value ? 1 : 0);
  }
  return false;
}

/** `=~`: exactly one side is a /pattern/, matched against the whole of the other side's text. */
function regexMatches(left: FilterValue, right: FilterValue): boolean {
  if ((left.type === "pattern") === (right.type === "pattern")) return false;
  const [pattern, other] = left.type === "pattern" ? [left, right] : [right as FilterValue & { type: "pattern" }, left];
  let input = "";
  if (other.type === "string") input = other.value;
  else if (other.type === "number") input = other.text;
  else if (other.type === "boolean") input = String(other.value);
  return pattern.regex.test(input);
}

/** Jayway's asValueListNode: the elements of an array (anything else is not a list). */
function asList(value: FilterValue): FilterValue[] | null {
  if (value.type !== "json" || !Array.isArray(value.value)) return null;
  return value.value.map(toFilterValue);
}

function isIn(left: FilterValue, right: FilterValue): boolean {
  const list = asList(right);
  return list !== null && list.some((element) => nodeEquals(left, element));
}

function contains(left: FilterValue, right: FilterValue): boolean {
  if (left.type === "string" && right.type === "string") return left.value.includes(right.value);
  const list = asList(left);
  return list !== null && list.some((element) => nodeEquals(right, element));
}

function containsAll(left: FilterValue, right: FilterValue): boolean {
  const required = asList(right);
  if (required === null || left.type !== "json") return false;
  const present = asList(left);
  if (present === null) return true; // Jayway: a JSON object on the left passes
  return required.every((r) => present.some((p) => nodeEquals(r, p)));
}

function hasSize(left: FilterValue, right: FilterValue): boolean {
  if (right.type !== "number") return false;
  const expected = Math.trunc(right.value);
  if (left.type === "string") return left.value.length === expected;
  if (left.type === "json") return (Array.isArray(left.value) ? left.value.length : -1) === expected;
  return false;
}

function isEmpty(left: FilterValue, right: FilterValue): boolean {
  if (right.type !== "boolean") return false;
  if (left.type === "string") return (left.value.length === 0) === right.value;
  if (left.type === "json") {
    const v = left.value;
    const size = Array.isArray(v) ? v.length : v !== null && typeof v === "object" ? Object.keys(v).length : 0;
    return (size === 0) === right.value;
  }
  return false;
}

