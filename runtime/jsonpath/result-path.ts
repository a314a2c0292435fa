import { StatesError, StatesErrorName } from "../core/errors.ts";
import type { Json, JsonObject } from "../core/json.ts";
import { isJsonObject, toJsonText } from "../core/json.ts";
import type { CompiledPath } from "./ast.ts";
import { JsonPathError } from "./errors.ts";

/**
 * ResultPath (spec "Input and Output Processing with JSONPath"): `$` replaces the input with
 * the result, `null` keeps the input and discards the result, and a reference path such as
 * `$.a.b` puts the result there, creating missing intermediate objects. When the input (or a
 * value on the way) cannot hold the field the state fails with States.ResultPathMatchFailure.
 *
 * The input is never mutated: objects and arrays along the path are copied, everything else is
 * shared with the input (treat both as immutable).
 */
export function applyResultPathCompiled(input: Json, path: CompiledPath, result: Json): Json {
  if (!isReferencePath(path)) {
    throw new JsonPathError("InvalidPath", `ResultPath must be a reference path: ${path.text}`);
  }
  const output = setAt(path, 0, input, result);
  if (output === MATCH_FAILURE) {
    throw new StatesError(StatesErrorName.ResultPathMatchFailure, resultPathMatchFailureCause(path.text, input));
  }
  return output;
}

/**
 * The cause of States.ResultPathMatchFailure. No recording shows AWS's text; this form is the
 * project's placeholder (see the report): `Unable to apply ResultPath "$.x" to input "<json>"`.
 */
export function resultPathMatchFailureCause(resultPath: string, input: Json): string {
  return `Unable to apply ResultPath "${resultPath}" to input "${toJsonText(input)}"`;
}

/** Only single names and single indexes: the spec's "unambiguous reference to a single node". */
export function isReferencePath(path: CompiledPath): boolean {
  return path.rootChar === "$" && path.tokens.every((t) => (t.type === "property" && t.names.length === 1) || (t.type === "index" && t.indexes.length === 1));
}

const MATCH_FAILURE: unique symbol = Symbol("ResultPathMatchFailure");

function setAt(path: CompiledPath, i: number, node: Json, result: Json): Json | typeof MATCH_FAILURE {
  if (i === path.tokens.length) return result;
  const token = path.tokens[i]!;
  if (token.type === "property") {
    if (!isJsonObject(node)) return MATCH_FAILURE;
    const name = token.names[0]!;
    const child: Json = Object.hasOwn(node, name) ? node[name]! : {};
    const value = setAt(path, i + 1, child, result);
    if (value === MATCH_FAILURE) return MATCH_FAILURE;
    const copy: JsonObject = { ...node };
    Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  }
  if (token.type === "index") {
    if (!Array.isArray(node)) return MATCH_FAILURE;
    const index = token.indexes[0]!;
    const effective = index < 0 ? node.length + index : index;
    if (effective < 0 || effective >= node.length) return MATCH_FAILURE;
    const value = setAt(path, i + 1, node[effective]!, result);
    if (value === MATCH_FAILURE) return MATCH_FAILURE;
    const copy = node.slice();
    copy[effective] = value;
    return copy;
  }
  return MATCH_FAILURE;
}
