import type { Json, JsonObject } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { buildCompiledPath, fragmentsFrom, tokenFragment, type CompiledPath, type PathToken } from "./ast.ts";
import { JsonPathError, isNotFoundKind } from "./errors.ts";
import type { FilterExpr, FilterValue } from "./filter-ast.ts";
import { evaluateFilter, toFilterValue, type FilterPathReader } from "./filter-eval.ts";
import { invokePathFunction } from "./functions.ts";
import { javaClassName, javaToString } from "./java-text.ts";

/**
 * Jayway's evaluation of a compiled path (PathToken.evaluate and friends), with the default
 * configuration AWS evidently uses: a missing leaf is silently skipped, and errors are raised
 * only while every token so far was definite (`Missing property in path $['no']`, recorded).
 */

/** The JsonProvider named in Jayway's "not a json object" message; AWS's data model is Jackson maps. */
const JSON_PROVIDER = "com.jayway.jsonpath.spi.json.JacksonJsonProvider";

interface EvalContext {
  readonly path: CompiledPath;
  /** The document `$` refers to inside filters. */
  readonly root: Json;
  /** Jayway's Option.REQUIRE_PROPERTIES, used for filter existence checks. */
  readonly requireProperties: boolean;
  readonly results: Json[];
}

/** Every match of the path, in Jayway's order (before definite/indefinite shaping). */
export function collectMatches(path: CompiledPath, document: Json, root: Json, requireProperties = false): Json[] {
  const ctx: EvalContext = { path, root, requireProperties, results: [] };
  if (path.tokens.length === 0) ctx.results.push(document);
  else evaluateToken(ctx, 0, path.rootChar, document);
  return ctx.results;
}

/**
 * Jayway's `read()`: a definite path gives its single value (the last match) or throws
 * "No results for path: <normalized path>"; an indefinite path gives the array of matches.
 */
export function readPath(path: CompiledPath, document: Json, root: Json = document): Json {
  const matches = collectMatches(path, document, root);
  if (!path.definite) return matches;
  if (matches.length === 0) throw new JsonPathError("NoResults", `No results for path: ${path.normalized}`);
  return matches[matches.length - 1]!;
}

function isLeaf(ctx: EvalContext, i: number): boolean {
  return i === ctx.path.tokens.length - 1;
}

/** Passes a value on to the next token, or records it when token i is the last. */
function descend(ctx: EvalContext, i: number, evalPath: string, value: Json): void {
  if (isLeaf(ctx, i)) ctx.results.push(value);
  else evaluateToken(ctx, i + 1, evalPath, value);
}

function evaluateToken(ctx: EvalContext, i: number, currentPath: string, model: Json): void {
  const token = ctx.path.tokens[i]!;
  switch (token.type) {
    case "property":
      return evaluateProperty(ctx, i, token.names, currentPath, model);
    case "index":
      if (!checkArrayModel(ctx, i, currentPath, model)) return;
      for (const index of token.indexes) handleArrayIndex(ctx, i, index, currentPath, model);
      return;
    case "slice":
      if (!checkArrayModel(ctx, i, currentPath, model)) return;
      for (const index of sliceIndexes(token, model.length)) handleArrayIndex(ctx, i, index, currentPath, model);
      return;
    case "wildcard":
      if (isJsonObject(model)) {
        for (const key of Object.keys(model)) descend(ctx, i, `${currentPath}['${key}']`, model[key]!);
      } else if (Array.isArray(model)) {
        for (let index = 0; index < model.length; index++) handleArrayIndex(ctx, i, index, currentPath, model);
      }
      return;
    case "scan":
      return walk(ctx, i + 1, currentPath, model);
    case "filter":
      return evaluateFilterToken(ctx, i, token.expr, currentPath, model);
    case "function": {
      // Jayway records the function's value even when more tokens follow.
      const value = token.source === undefined ? invokePathFunction(token.name, token.args, model) : invokeOnScan(ctx, token, model);
      ctx.results.push(value);
      if (!isLeaf(ctx, i)) evaluateToken(ctx, i + 1, currentPath, value);
      return;
    }
  }
}

/**
 * A function Jayway moved in front of a scan (`$..book.length()` → `length($..book)`): length
 * counts the children of the matches (Jayway appends `[*]` to the scan), aggregations use the
 * numbers among the matches (and among the document's elements if it is an array).
 */
function invokeOnScan(ctx: EvalContext, token: PathToken & { type: "function" }, model: Json): Json {
  const source = token.source!;
  if (token.name === "length" || token.name === "size") {
    const children = buildCompiledPath(source.text, source.rootChar, [...source.tokens, { type: "wildcard" }]);
    return collectMatches(children, model, ctx.root).length;
  }
  const matches = collectMatches(source, model, ctx.root);
  if (["min", "max", "sum", "avg", "stddev"].includes(token.name)) {
    const own = Array.isArray(model) ? model : [];
    return invokePathFunction(token.name, token.args, [...own, ...matches]);
  }
  return invokePathFunction(token.name, token.args, matches);
}

function evaluateProperty(ctx: EvalContext, i: number, names: string[], currentPath: string, model: Json): void {
  if (!isJsonObject(model)) {
    if (!ctx.path.upstreamDefinite[i]) return;
    throw new JsonPathError(
      "NotAnObject",
      `Expected to find an object with property ${tokenFragment(ctx.path.tokens[i]!)} in path ${currentPath} but found '${javaClassName(model)}'. ` +
        `This is not a json object according to the JsonProvider: '${JSON_PROVIDER}'.`,
    );
  }
  if (names.length === 1) return handleObjectProperty(ctx, i, names[0]!, currentPath, model);
  if (isLeaf(ctx, i)) return mergeProperties(ctx, names, currentPath, model);
  for (const name of names) handleObjectProperty(ctx, i, name, currentPath, model);
}

function handleObjectProperty(ctx: EvalContext, i: number, name: string, currentPath: string, model: JsonObject): void {
  const evalPath = `${currentPath}['${name}']`;
  if (!Object.hasOwn(model, name)) {
    if (isLeaf(ctx, i)) {
      if (ctx.requireProperties) throw new JsonPathError("NoResults", `No results for path: ${evalPath}`);
      return;
    }
    const definiteSoFar = ctx.path.upstreamDefinite[i]! && ctx.path.tokenDefinite[i]!;
    if (!definiteSoFar && !ctx.requireProperties) return;
    throw new JsonPathError("MissingProperty", `Missing property in path ${evalPath}`);
  }
  descend(ctx, i, evalPath, model[name]!);
}

/** `$['a','b']` as the last token: one object holding the properties that exist. */
function mergeProperties(ctx: EvalContext, names: string[], currentPath: string, model: JsonObject): void {
  const evalPath = `${currentPath}[${names.map((n) => `'${n}'`).join(", ")}]`;
  const merged: JsonObject = {};
  for (const name of names) {
    if (!Object.hasOwn(model, name)) {
      if (ctx.requireProperties) throw new JsonPathError("MissingProperty", `Missing property in path ${evalPath}`);
      continue;
    }
    Object.defineProperty(merged, name, { value: model[name]!, enumerable: true, writable: true, configurable: true });
  }
  ctx.results.push(merged);
}

function checkArrayModel(ctx: EvalContext, i: number, currentPath: string, model: Json): model is Json[] {
  if (model === null) {
    if (!ctx.path.upstreamDefinite[i]) return false;
    throw new JsonPathError("NullArray", `The path ${currentPath} is null`);
  }
  if (!Array.isArray(model)) {
    if (!ctx.path.upstreamDefinite[i]) return false;
    throw new JsonPathError(
      "NotAnArray",
      `Filter: ${fragmentsFrom(ctx.path, i)} can only be applied to arrays. Current context is: ${javaToString(model)}`,
    );
  }
  return true;
}

/** Negative indexes count from the end; indexes outside the array match nothing. */
function handleArrayIndex(ctx: EvalContext, i: number, index: number, currentPath: string, model: Json[]): void {
  const effective = index < 0 ? model.length + index : index;
  if (effective < 0 || effective >= model.length) return;
  descend(ctx, i, `${currentPath}[${index}]`, model[effective]!);
}

/**
 * Jayway's ArraySliceToken: `[from:]` and `[:to]` accept negative bounds (from the end), but
 * `[from:to]` uses both bounds as given (negative ones then address elements from the end).
 */
function sliceIndexes(token: PathToken & { type: "slice" }, length: number): number[] {
  const out: number[] = [];
  if (length === 0) return out;
  if (token.to === null) {
    const from = Math.max(0, token.from! < 0 ? length + token.from! : token.from!);
    for (let k = from; k < length; k++) out.push(k);
  } else if (token.from === null) {
    const to = Math.min(length, token.to < 0 ? length + token.to : token.to);
    for (let k = 0; k < to; k++) out.push(k);
  } else {
    const to = Math.min(length, token.to);
    for (let k = token.from; k < to; k++) out.push(k);
  }
  return out;
}

/** Deep scan: the scanned token applies to every node (pre-order) that can take it. */
function walk(ctx: EvalContext, target: number, currentPath: string, model: Json): void {
  if (isJsonObject(model)) {
    if (scanMatches(ctx, target, model)) evaluateToken(ctx, target, currentPath, model);
    for (const key of Object.keys(model)) walk(ctx, target, `${currentPath}['${key}']`, model[key]!);
  } else if (Array.isArray(model)) {
    if (scanMatches(ctx, target, model)) evaluateToken(ctx, target, currentPath, model);
    for (let index = 0; index < model.length; index++) walk(ctx, target, `${currentPath}[${index}]`, model[index]!);
  }
}

/** Jayway's ScanPathToken predicates: which nodes the token after `..` is tried on. */
function scanMatches(ctx: EvalContext, target: number, model: Json): boolean {
  const token = ctx.path.tokens[target]!;
  switch (token.type) {
    case "property":
      if (!isJsonObject(model)) return false;
      if (!ctx.path.tokenDefinite[target]) return true;
      return token.names.every((n) => Object.hasOwn(model, n));
    case "index":
    case "slice":
      return Array.isArray(model);
    case "wildcard":
      return true;
    case "filter":
      return acceptItem(ctx, token.expr, model);
    default:
      return false;
  }
}

function evaluateFilterToken(ctx: EvalContext, i: number, expr: FilterExpr, currentPath: string, model: Json): void {
  if (isJsonObject(model)) {
    if (acceptItem(ctx, expr, model)) descend(ctx, i, currentPath, model);
  } else if (Array.isArray(model)) {
    for (let index = 0; index < model.length; index++) {
      if (acceptItem(ctx, expr, model[index]!)) handleArrayIndex(ctx, i, index, currentPath, model);
    }
  } else if (ctx.path.upstreamDefinite[i]) {
    throw new JsonPathError(
      "FilterOnPrimitive",
      `Filter: ${fragmentsFrom(ctx.path, i)} can not be applied to primitives. Current context is: ${javaToString(model)}`,
    );
  }
}

/**
 * AWS documents that in its filters "the @ operator ... does not match scalar values. It only
 * matches objects" (developer guide, Reference Paths): items that are not objects never pass.
 */
function acceptItem(ctx: EvalContext, expr: FilterExpr, item: Json): boolean {
  if (!isJsonObject(item)) return false;
  return evaluateFilter(expr, item, ctx.root, FILTER_READER);
}

const FILTER_READER: FilterPathReader = {
  value(path: CompiledPath, item: Json, root: Json): FilterValue {
    const document = path.rootChar === "$" ? root : item;
    try {
      return toFilterValue(readPath(path, document, root));
    } catch (e) {
      if (e instanceof JsonPathError && isNotFoundKind(e.kind)) return { type: "undefined" };
      throw e;
    }
  },
  exists(path: CompiledPath, item: Json, root: Json): boolean {
    const document = path.rootChar === "$" ? root : item;
    try {
      const matches = collectMatches(path, document, root, true);
      return !path.definite || matches.length > 0;
    } catch (e) {
      if (e instanceof JsonPathError && isNotFoundKind(e.kind)) return false;
      throw e;
    }
  },
};
