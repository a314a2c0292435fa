import type { FilterExpr } from "./filter-ast.ts";

/**
 * A compiled path: Jayway's token chain (RootPathToken -> PathToken -> ...) as a flat array, with
 * the facts the evaluator asks about every token precomputed (leaf, definite, upstream definite).
 */
export type PathToken =
  /** `.a`, `['a']`, `['a','b']`: one or more property names; `delimiter` is the quote used (printing). */
  | { type: "property"; names: string[]; delimiter: "'" | '"' }
  /** `[0]`, `[-1]`, `[0,2]`. */
  | { type: "index"; indexes: number[] }
  /** `[1:]`, `[:2]`, `[1:3]` (Jayway ignores a step). */
  | { type: "slice"; from: number | null; to: number | null }
  /** `.*`, `[*]`. */
  | { type: "wildcard" }
  /** `..` (deep scan); always followed by another token. */
  | { type: "scan" }
  /** `[?(...)]`. */
  | { type: "filter"; expr: FilterExpr }
  /**
   * `.length()` etc.; `args` is the raw argument text when the function was given arguments.
   * `source` is set when Jayway rewrote `$..x.fn()` into `$.fn($..x)` (see invertScanFunction).
   */
  | { type: "function"; name: string; args: string | null; source?: CompiledPath };

export interface CompiledPath {
  /** The path text as given. */
  readonly text: string;
  /** `$` (document root) or `@` (current item, only inside filters). */
  readonly rootChar: "$" | "@";
  readonly tokens: readonly PathToken[];
  /** Jayway's definiteness of each token (see tokenIsDefinite). */
  readonly tokenDefinite: readonly boolean[];
  /** True when every token before index i is definite. */
  readonly upstreamDefinite: readonly boolean[];
  /** Definite path: a single value (or "No results"); indefinite: a list of matches. */
  readonly definite: boolean;
  /** Jayway's `path.toString()`: `$['a'][0][*]..['b'][?]`. */
  readonly normalized: string;
}

/** Jayway's getPathFragment() for one token. */
export function tokenFragment(token: PathToken): string {
  switch (token.type) {
    case "property":
      return "[" + token.names.map((n) => token.delimiter + n + token.delimiter).join(",") + "]";
    case "index":
      return "[" + token.indexes.join(",") + "]";
    case "slice":
      return "[" + (token.from === null ? "" : String(token.from)) + ":" + (token.to === null ? "" : String(token.to)) + "]";
    case "wildcard":
      return "[*]";
    case "scan":
      return "..";
    case "filter":
      return "[?]";
    case "function":
      return "." + token.name + (token.args === null && token.source === undefined ? "()" : "(...)");
  }
}

/**
 * Jayway's isTokenDefinite: one property (or several as the leaf, which are merged into one
 * object), one index, or a function. Wildcards, scans, filters, slices and multi-indexes are not.
 */
export function tokenIsDefinite(token: PathToken, isLeaf: boolean): boolean {
  switch (token.type) {
    case "property":
      return token.names.length === 1 || isLeaf;
    case "index":
      return token.indexes.length === 1;
    case "function":
      return true;
    default:
      return false;
  }
}

export function buildCompiledPath(text: string, rootChar: "$" | "@", parsed: PathToken[]): CompiledPath {
  const tokens = invertScanFunction(text, rootChar, parsed);
  const tokenDefinite = tokens.map((t, i) => tokenIsDefinite(t, i === tokens.length - 1));
  const upstreamDefinite: boolean[] = [];
  let allSoFar = true;
  for (let i = 0; i < tokens.length; i++) {
    upstreamDefinite.push(allSoFar);
    allSoFar = allSoFar && tokenDefinite[i]!;
  }
  return {
    text,
    rootChar,
    tokens,
    tokenDefinite,
    upstreamDefinite,
    definite: allSoFar,
    normalized: rootChar + tokens.map(tokenFragment).join(""),
  };
}

/** Jayway's PathToken.toString() from token i on: the fragment of it and every later token. */
export function fragmentsFrom(path: CompiledPath, i: number): string {
  return path.tokens.slice(i).map(tokenFragment).join("");
}

/**
 * Jayway's CompiledPath.invertScannerFunctionRelationship: a path that starts with `..` and ends
 * with a function, like `$..book.length()`, becomes the function applied to the scan's matches
 * (`$.length($..book)`), so it yields one value (the number of books) instead of a list.
 */
function invertScanFunction(text: string, rootChar: "$" | "@", tokens: PathToken[]): PathToken[] {
  if (tokens.length < 2 || tokens[0]!.type !== "scan" || tokens[tokens.length - 1]!.type !== "function") return tokens;
  const k = tokens.findIndex((t) => t.type === "function");
  const fn = tokens[k] as PathToken & { type: "function" };
  const source = buildCompiledPath(text, rootChar, tokens.slice(0, k));
  return [{ ...fn, source }, ...tokens.slice(k + 1)];
}
