/**
 * The failures of JSONPath compilation and evaluation. AWS evaluates JSONPath with Jayway JsonPath
 * and prints its exception messages in execution failure causes as
 * `Invalid path '<path>' : <message>`; `.message` here is exactly Jayway's message (without that
 * prefix), so the interpreter can add the prefix it needs.
 */
export type JsonPathErrorKind =
  /** The text is not a path Jayway can compile. */
  | "InvalidPath"
  /** A definite path matched nothing: `No results for path: $['a']['b']`. */
  | "NoResults"
  /** A definite path went through a missing property: `Missing property in path $['a']`. */
  | "MissingProperty"
  /** A property was read from a value that is not an object. */
  | "NotAnObject"
  /** An index or slice was applied to a value that is not an array. */
  | "NotAnArray"
  /** An index or slice was applied to null: `The path $['a'] is null`. */
  | "NullArray"
  /** A filter was applied to a scalar: `Filter: [?] can not be applied to primitives. ...`. */
  | "FilterOnPrimitive"
  /** A path function failed (unknown function, aggregation over an empty array). */
  | "FunctionError";

export class JsonPathError extends Error {
  readonly kind: JsonPathErrorKind;

  constructor(kind: JsonPathErrorKind, message: string) {
    super(message);
    this.name = "JsonPathError";
    this.kind = kind;
  }
}

/** Errors Jayway raises as PathNotFoundException and the like: "nothing here", not "bad path". */
export function isNotFoundKind(kind: JsonPathErrorKind): boolean {
  return kind !== "InvalidPath" && kind !== "FunctionError";
}

/** The cause text AWS prints for a path that failed: `Invalid path '$.x' : No results for path: $['x']`. */
export function invalidPathCause(pathText: string, error: JsonPathError): string {
  return `Invalid path '${pathText}' : ${error.message}`;
}
