import type { Json } from "../core/json.ts";
import type { CompiledPath } from "./ast.ts";
import { JsonPathError, isNotFoundKind } from "./errors.ts";
import { collectMatches, readPath } from "./evaluate.ts";
import { compilePathText } from "./parse-path.ts";
import { applyResultPathCompiled, isReferencePath } from "./result-path.ts";

/**
 * JSONPath as AWS Step Functions evaluates it (Jayway JsonPath semantics and messages).
 *
 * Paths given to these functions start with `$` and address the root passed in. `$$.x` (context
 * object) and `$name.x` (variable) are the caller's business: pass the context object or the
 * variable's value as the root and `"$" + rest` as the path (or the rest to evaluatePathTail).
 */
export { JsonPathError, invalidPathCause, type JsonPathErrorKind } from "./errors.ts";
export { resultPathMatchFailureCause } from "./result-path.ts";
export type { CompiledPath } from "./ast.ts";

const MAX_CACHED = 10_000;
const cache = new Map<string, CompiledPath | JsonPathError>();

/** Compiles a path once (successes and failures are cached by text); throws JsonPathError. */
export function compilePath(path: string): CompiledPath {
  let entry = cache.get(path);
  if (entry === undefined) {
    try {
      entry = path.startsWith("$") ? compilePathText(path) : new JsonPathError("InvalidPath", "Path must start with '$'");
    } catch (e) {
      if (!(e instanceof JsonPathError)) throw e;
      entry = e;
    }
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(path, entry);
  }
  if (entry instanceof JsonPathError) throw new JsonPathError(entry.kind, entry.message);
  return entry;
}

function tryCompile(path: string): CompiledPath | null {
  try {
    return compilePath(path);
  } catch {
    return null;
  }
}

/** Any JSONPath AWS accepts in a Path field (InputPath, OutputPath, `.$` values): what Jayway compiles. */
export function isValidPath(path: string): boolean {
  return tryCompile(path) !== null;
}

/** A Reference Path: only `.name`, `['name']` and `[index]` steps (ResultPath, `...Path` fields). */
export function isValidReferencePath(path: string): boolean {
  const compiled = tryCompile(path);
  return compiled !== null && isReferencePath(compiled);
}

/** Jayway-definite: only single names/indexes (a trailing `['a','b']` and functions count too). */
export function isDefinitePath(path: string): boolean {
  const compiled = tryCompile(path);
  return compiled !== null && compiled.definite;
}

/** Jayway's normalized form of a path, as its messages print it: `$['a'][0][*]`. */
export function normalizePath(path: string): string {
  return compilePath(path).normalized;
}

/**
 * The value a path selects. A definite path gives the single value or throws JsonPathError
 * ("No results for path: ...", "Missing property in path ...", ...). An indefinite path gives
 * the array of matches, possibly empty: AWS returns `[]` for `$.items[*]` or `$.items[1:]` on an
 * input without `items` (recorded, test_json_path_array_wildcard_or_slice_with_no_input).
 * Returned values are the root's own sub-values, not copies: treat them as immutable.
 */
export function evaluatePath(root: Json, path: string): Json {
  const compiled = compilePath(path);
  if (compiled.definite) return readPath(compiled, root);
  try {
    return collectMatches(compiled, root, root);
  } catch (e) {
    if (e instanceof JsonPathError && isNotFoundKind(e.kind)) return [];
    throw e;
  }
}

/** evaluatePath on the rest of a path: `evaluatePathTail(vars.x, ".a[0]")` for `$x.a[0]`. */
export function evaluatePathTail(root: Json, tail: string): Json {
  return evaluatePath(root, "$" + tail);
}

/** evaluatePath without throwing (invalid paths included). */
export function tryEvaluatePath(root: Json, path: string): { found: true; value: Json } | { found: false; error: JsonPathError } {
  try {
    return { found: true, value: evaluatePath(root, path) };
  } catch (e) {
    if (e instanceof JsonPathError) return { found: false, error: e };
    throw e;
  }
}

/**
 * Applies ResultPath: `null` keeps the input, `$` gives the result, `$.a.b` sets (creating
 * missing objects). Throws StatesError("States.ResultPathMatchFailure", ...) when it cannot,
 * and JsonPathError when the path is not a valid reference path. Never mutates the input.
 */
export function applyResultPath(input: Json, resultPath: string | null, result: Json): Json {
  if (resultPath === null) return input;
  return applyResultPathCompiled(input, compilePath(resultPath), result);
}
