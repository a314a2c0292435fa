/**
 * Turning what jsonata returns into JSON. jsonata may return `undefined` (nothing), functions
 * (lambdas, native functions, regexes), sequences (arrays with extra flags) and non-finite numbers;
 * none of these exist in JSON, so each is classified here for the caller's error message.
 */
import type { Json, JsonObject } from "../core/json.ts";

export type JsonataResult =
  | { kind: "value"; value: Json }
  /** The expression yielded nothing (JSONata `undefined`). */
  | { kind: "nothing" }
  /** A function (or a value containing one): AWS's "returned an unsupported result type." */
  | { kind: "unsupported" }
  /** A number JSON cannot hold (Infinity, NaN), e.g. from `1/0`. */
  | { kind: "non-finite"; value: number };

class Unsupported {
  constructor(readonly result: JsonataResult) {}
}

/** A fresh, plain JSON copy of a jsonata result (sequence flags dropped, -0 written as 0). */
export function toJsonResult(raw: unknown): JsonataResult {
  if (raw === undefined) return { kind: "nothing" };
  try {
    return { kind: "value", value: copy(raw) };
  } catch (error) {
    if (error instanceof Unsupported) return error.result;
    throw error;
  }
}

function copy(value: unknown): Json {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Unsupported({ kind: "non-finite", value });
    return value === 0 ? 0 : value;
  }
  if (Array.isArray(value)) {
    // JSON has no undefined array slot; JSON.stringify writes null there, and so do we.
    return value.map((item) => (item === undefined ? null : copy(item)));
  }
  if (typeof value === "object" && !isJsonataFunction(value) && !(value instanceof RegExp)) {
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      Object.defineProperty(out, key, { value: copy(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  throw new Unsupported({ kind: "unsupported" });
}

function isJsonataFunction(value: object): boolean {
  const v = value as { _jsonata_lambda?: unknown; _jsonata_function?: unknown };
  return v._jsonata_lambda === true || v._jsonata_function === true;
}

/** The JSON type name AWS prints in "Expected 'array', but was '<type>'". */
export function jsonTypeName(value: Json): "null" | "array" | "object" | "string" | "number" | "boolean" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value as "object" | "string" | "number" | "boolean";
}
