/**
 * Compiling JSONata expressions once per text (and per limit setting), with the Step Functions
 * functions registered. Also the definition-time syntax check.
 */
import jsonata from "jsonata";
import { ADDED_FUNCTIONS } from "./functions.ts";
import type { JsonataLimits } from "./environment.ts";

export type CompiledJsonata = jsonata.Expression;

/** Upper bound on cached expressions; the oldest entry is dropped first. */
const MAX_CACHED_EXPRESSIONS = 10_000;
const cache = new Map<string, CompiledJsonata>();

/** Compiles (or reuses) an expression; throws jsonata's error object on a syntax error. */
export function compileJsonata(expression: string, limits: JsonataLimits): CompiledJsonata {
  const key = `${limits.timeoutMs}|${limits.maxDepth}|${expression}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const compiled = jsonata(expression, { timeout: limits.timeoutMs, stack: limits.maxDepth });
  for (const fn of ADDED_FUNCTIONS) {
    compiled.registerFunction(fn.name, fn.implementation as (...args: unknown[]) => unknown, fn.signature);
  }
  if (cache.size >= MAX_CACHED_EXPRESSIONS) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

/**
 * How deeply the parts of one expression may nest (`[[[1]]]` is 3 levels, `1+1+1` is 2): jsonata
 * parses and evaluates by recursion, and an expression nested a few thousand levels deep overflows
 * the JavaScript stack. Not recorded from AWS (which documents no such limit): a bound well below
 * what evaluation survives, so that a definition that validates also evaluates.
 */
export const MAX_JSONATA_NESTING_DEPTH = 500;

const TOO_DEEP = `the expression is nested more than ${MAX_JSONATA_NESTING_DEPTH} levels deep`;

/**
 * The syntax error of an expression (the text between `{%` and `%}`) as `<code>: <message>`,
 * e.g. `S0207: Unexpected end of expression`, or undefined when it parses. An expression nested
 * deeper than MAX_JSONATA_NESTING_DEPTH is refused too.
 */
export function checkJsonataSyntax(expression: string): string | undefined {
  let ast: unknown;
  try {
    ast = jsonata(expression).ast();
  } catch (error) {
    return error instanceof RangeError ? TOO_DEEP : describeJsonataError(error);
  }
  return astDepth(ast) > MAX_JSONATA_NESTING_DEPTH ? TOO_DEEP : undefined;
}

/** The nesting of a parsed expression: the longest chain of AST nodes (objects with a `type`). Iterative. */
function astDepth(ast: unknown): number {
  let deepest = 0;
  const pending: Array<{ value: unknown; depth: number }> = [{ value: ast, depth: 0 }];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const isNode = !Array.isArray(value) && typeof (value as { type?: unknown }).type === "string";
    const nodeDepth = isNode ? depth + 1 : depth;
    deepest = Math.max(deepest, nodeDepth);
    for (const child of Object.values(value)) pending.push({ value: child, depth: nodeDepth });
  }
  return deepest;
}

/** `<code>: <message>` for jsonata's error objects, the message alone for other errors. */
export function describeJsonataError(error: unknown): string {
  if (typeof error === "object" && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = typeof message === "string" ? message : String(error);
    return typeof code === "string" ? `${code}: ${text}` : text;
  }
  return String(error);
}
