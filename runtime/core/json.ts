/** JSON values as Step Functions sees them: everything a state can receive or produce. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep structural equality of two JSON values (object key order ignored). */
export function jsonEquals(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEquals(item, b[i]!));
  }
  if (Array.isArray(b) || typeof a !== "object" || typeof b !== "object") return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((k) => Object.hasOwn(b, k) && jsonEquals(a[k]!, b[k]!));
}

/** Compact JSON text the way AWS prints payloads in history events and causes. */
export function toJsonText(value: Json): string {
  return JSON.stringify(value);
}

const encoder = new TextEncoder();

/** Size in bytes of the UTF-8 encoding of a payload's JSON text (what the 256 KiB limit counts). */
export function jsonByteSize(value: Json): number {
  return utf8ByteLength(JSON.stringify(value));
}

export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Parses JSON text into a value whose objects can safely hold any key (including "__proto__"):
 * JSON.parse already creates own properties for "__proto__", so this is a thin wrapper that
 * exists to keep every parse in one place.
 */
export function parseJson(text: string): Json {
  return JSON.parse(text) as Json;
}
