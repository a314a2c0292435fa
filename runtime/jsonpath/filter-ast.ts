import type { Json } from "../core/json.ts";
import type { CompiledPath } from "./ast.ts";

/**
 * A compiled `[?(...)]` expression, mirroring Jayway's FilterCompiler output: logical nodes over
 * relational nodes whose operands are literals or paths (`@...` on the current item, `$...` on the
 * document root).
 */
export type FilterExpr =
  | { type: "or"; operands: FilterExpr[] }
  | { type: "and"; operands: FilterExpr[] }
  | { type: "not"; operand: FilterExpr }
  /** A bare path: true when the path exists (or, written `!@.a`, when it does not). */
  | { type: "exists"; path: CompiledPath; shouldExist: boolean }
  | { type: "relation"; left: FilterOperand; operator: RelationalOperator; right: FilterOperand };

export type FilterOperand = { type: "path"; path: CompiledPath } | { type: "literal"; value: FilterValue };

/** Jayway's RelationalOperator names (word operators are matched case-insensitively). */
export type RelationalOperator =
  | ">="
  | "<="
  | "=="
  | "==="
  | "!="
  | "!=="
  | "<"
  | ">"
  | "=~"
  | "NIN"
  | "IN"
  | "CONTAINS"
  | "ALL"
  | "SIZE"
  | "EXISTS"
  | "TYPE"
  | "MATCHES"
  | "EMPTY"
  | "SUBSETOF"
  | "ANYOF"
  | "NONEOF";

export const RELATIONAL_OPERATORS: readonly RelationalOperator[] = [
  ">=", "<=", "==", "===", "!=", "!==", "<", ">", "=~",
  "NIN", "IN", "CONTAINS", "ALL", "SIZE", "EXISTS", "TYPE", "MATCHES", "EMPTY", "SUBSETOF", "ANYOF", "NONEOF",
];

/**
 * Jayway's ValueNode kinds as seen during filter evaluation. Numbers keep `text`, the
 * java.math.BigDecimal rendering Jayway uses when it compares a number with a string.
 */
export type FilterValue =
  | { type: "number"; value: number; text: string }
  | { type: "string"; value: string }
  | { type: "boolean"; value: boolean }
  | { type: "null" }
  /** Arrays and objects (Jayway's JsonNode). */
  | { type: "json"; value: Json }
  | { type: "pattern"; regex: RegExp; source: string }
  /** A path that matched nothing. */
  | { type: "undefined" };
