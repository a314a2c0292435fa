/**
 * Deep comparison of an expected JSON value (with placeholders and matcher objects) against an
 * actual value, returning every difference with its path. Web-standard only: runs on Node, Deno
 * and Workers.
 *
 * Matcher objects (an object with exactly one of these keys):
 * - `{"$any": true}`: any value (the member must be present);
 * - `{"$type": "string"|"number"|"integer"|"boolean"|"null"|"object"|"array"}`;
 * - `{"$regex": "<source>"}`: a string matching the regex (unanchored, like RegExp.test);
 * - `{"$literal": <value>}`: `<value>` compared literally (to express an object shaped like a matcher).
 */
import { type Bindings, hasPlaceholder, isGenericPlaceholder, matchTemplate, placeholderShape } from "./placeholders.ts";

export interface Mismatch {
  /** JSONPath-like location, e.g. `$.result[2].name`. */
  path: string;
  expected: unknown;
  actual: unknown;
  message: string;
}

/**
 * How strings holding JSON text are treated:
 * - `always`: two strings compare equal when both parse as JSON and the parsed values match, and a
 *   string on one side compares as JSON against a parsed value on the other (history payloads);
 * - `payloads`: only the latter (text on one side, parsed value on the other);
 * - `never`: strings are only compared as strings (use for state outputs, where a string holding
 *   JSON is a different value from the object it spells).
 */
export type JsonTextMode = "always" | "payloads" | "never";

export interface CompareOptions {
  /** Placeholder tokens declared by the case (see placeholders.ts). */
  placeholders?: readonly string[];
  jsonText?: JsonTextMode;
  /** Shared bindings of bound placeholders; pass the same map to chain comparisons. */
  bindings?: Bindings;
  /** Path prefix for reported mismatches (default `$`). */
  path?: string;
}

interface Context {
  tokens: readonly string[];
  jsonText: JsonTextMode;
  bindings: Bindings;
}

const MATCHER_KEYS = new Set(["$any", "$type", "$regex", "$literal"]);

/** Compares `expected` (case data) with `actual` (what an implementation produced). */
export function compareJson(expected: unknown, actual: unknown, options: CompareOptions = {}): Mismatch[] {
  const ctx: Context = {
    tokens: options.placeholders ?? [],
    jsonText: options.jsonText ?? "always",
    bindings: options.bindings ?? new Map(),
  };
  const out: Mismatch[] = [];
  compareValue(expected, normalise(actual), options.path ?? "$", ctx, out);
  return out;
}

/** True for `{"$any": ...}`-style matcher objects. */
export function isMatcher(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && MATCHER_KEYS.has(keys[0]!);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Dates become ISO text (history timestamps); `undefined` members are dropped. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (isPlainObject(value)) {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) result[key] = normalise(item);
    return result;
  }
  return value;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    return { ok: false };
  }
}

function isStructured(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/** Runs a sub-comparison on a copy of the bindings, committing them only if it succeeds. */
function attempt(expected: unknown, actual: unknown, path: string, ctx: Context): Mismatch[] {
  const trial: Context = { ...ctx, bindings: new Map(ctx.bindings) };
  const out: Mismatch[] = [];
  compareValue(expected, actual, path, trial, out);
  if (out.length === 0) for (const [k, v] of trial.bindings) ctx.bindings.set(k, v);
  return out;
}

function compareMatcher(matcher: Record<string, unknown>, actual: unknown, path: string, ctx: Context, out: Mismatch[]): void {
  if ("$any" in matcher) return;
  if ("$literal" in matcher) {
    compareLiteral(matcher.$literal, actual, path, ctx, out);
    return;
  }
  if ("$type" in matcher) {
    const want = matcher.$type;
    const ok = want === "integer" ? Number.isInteger(actual) : typeName(actual) === want;
    if (!ok) out.push({ path, expected: matcher, actual, message: `expected a value of type ${String(want)}, got ${typeName(actual)}` });
    return;
  }
  const source = String(matcher.$regex);
  if (typeof actual !== "string" || !new RegExp(source).test(actual)) {
    out.push({ path, expected: matcher, actual, message: `expected a string matching /${source}/` });
  }
}

function compareValue(expected: unknown, actual: unknown, path: string, ctx: Context, out: Mismatch[]): void {
  if (isMatcher(expected)) return compareMatcher(expected, actual, path, ctx, out);
  compareLiteral(expected, actual, path, ctx, out);
}

function compareLiteral(expected: unknown, actual: unknown, path: string, ctx: Context, out: Mismatch[]): void {
  if (typeof expected === "string") return compareString(expected, actual, path, ctx, out);
  if (typeof actual === "string" && isStructured(expected) && ctx.jsonText !== "never") {
    const parsed = tryParse(actual);
    if (parsed.ok) return compareValue(expected, parsed.value, path, ctx, out);
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push({ path, expected, actual, message: `expected an array, got ${typeName(actual)}` });
      return;
    }
    if (expected.length !== actual.length) {
      out.push({ path, expected, actual, message: `expected ${expected.length} items, got ${actual.length}` });
    }
    const common = Math.min(expected.length, actual.length);
    for (let i = 0; i < common; i++) compareValue(expected[i], actual[i], childPath(path, i), ctx, out);
    return;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) {
      out.push({ path, expected, actual, message: `expected an object, got ${typeName(actual)}` });
      return;
    }
    for (const key of Object.keys(expected)) {
      const child = childPath(path, key);
      if (!Object.hasOwn(actual, key)) {
        out.push({ path: child, expected: expected[key], actual: undefined, message: "missing member" });
      } else {
        compareValue(expected[key], actual[key], child, ctx, out);
      }
    }
    for (const key of Object.keys(actual)) {
      if (!Object.hasOwn(expected, key)) {
        out.push({ path: childPath(path, key), expected: undefined, actual: actual[key], message: "unexpected member" });
      }
    }
    return;
  }
  if (typeof expected === "number" && typeof actual === "string" && ctx.jsonText !== "never") {
    const parsed = tryParse(actual);
    if (parsed.ok && parsed.value === expected) return;
  }
  if (expected !== actual) {
    out.push({ path, expected, actual, message: typeName(expected) === typeName(actual) ? "values differ" : `expected ${typeName(expected)}, got ${typeName(actual)}` });
  }
}

function compareString(expected: string, actual: unknown, path: string, ctx: Context, out: Mismatch[]): void {
  if (expected === actual) return;
  const templated = hasPlaceholder(expected, ctx.tokens);
  if (typeof actual === "string") {
    if (templated && matchTemplate(expected, actual, ctx.tokens, ctx.bindings)) return;
    if (ctx.jsonText === "always") {
      const e = tryParse(expected);
      const a = tryParse(actual);
      if (e.ok && a.ok && (isStructured(e.value) || isStructured(a.value))) {
        const sub = attempt(e.value, a.value, path, ctx);
        if (sub.length === 0) return;
        out.push(...sub);
        return;
      }
      // A recorded payload that was parsed (and maybe templated) vs the wire text: `"x"` or `42`.
      if (!e.ok && a.ok && attempt(expected, a.value, path, ctx).length === 0) return;
    }
    out.push({ path, expected, actual, message: templated ? "string does not match the placeholder template" : "strings differ" });
    return;
  }
  // A whole-value placeholder may stand for a non-string value (a number, a date, a replaced object).
  const token = templated ? ctx.tokens.find((t) => t === expected) : undefined;
  if (token !== undefined && actual !== undefined) {
    if (isGenericPlaceholder(token)) return;
    if ((typeof actual === "number" || typeof actual === "boolean") && new RegExp(`^(?:${placeholderShape(token)})$`).test(String(actual))) return;
  }
  if (ctx.jsonText !== "never" && actual !== undefined) {
    const e = tryParse(expected);
    if (e.ok && isStructured(e.value)) {
      out.push(...attempt(e.value, actual, path, ctx));
      return;
    }
  }
  out.push({ path, expected, actual, message: `expected string, got ${typeName(actual)}` });
}
