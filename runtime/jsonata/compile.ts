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
 * The syntax error of an expression (the text between `{%` and `%}`) as `<code>: <message>`,
 * e.g. `S0207: Unexpected end of expression`, or undefined when it parses.
 */
export function checkJsonataSyntax(expression: string): string | undefined {
  try {
    jsonata(expression);
    return undefined;
  } catch (error) {
    return describeJsonataError(error);
  }
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
