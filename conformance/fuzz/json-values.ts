/**
 * Bounded arbitrary JSON for state machine inputs, Result values, literals and task answers, and
 * the shaped execution input the generated paths expect (`a` number, `b` string, `c` boolean,
 * `d` array, `e` object), each member sometimes missing or of another type so that paths fail too.
 *
 * Strings are lower-case (plus punctuation and non-ASCII): generated state names start with an
 * upper-case letter, so the renaming law can find them in outputs without false hits.
 */
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import type { Choices } from "./choices.ts";

export interface JsonOptions {
  /** Nesting depth left (0: scalars only). */
  depth: number;
  /** Odd values too: `__proto__` keys, NUL and lone surrogates, huge numbers, long strings. */
  odd?: boolean;
}

const STRINGS = ["", "a", "b", "x y", "1", "true", "null", "é", "€", "😀", "\"", "\\", "\n", "{}", "$.a", "it's", "a,b", "{}-{}", "éa€"];
const ODD_STRINGS = ["\u0000", "\ud800", "\u202e", "a".repeat(300), "\u{10ffff}", "%{", "{%", "${x}"];
const NUMBERS = [0, 1, 2, 3, -1, 10, 1.5, -2.25, 0.1, 100, 42];
const ODD_NUMBERS = [1e21, -0, 123456789012345, 9007199254740993, 1e-7, 2 ** 53];
const KEYS = ["a", "b", "c", "x", "k", "key w", "é"];
const ODD_KEYS = ["__proto__", "constructor", "", "$", "a.b", "x.$", "\u0000"];

/** An object from entries as JSON.parse would build it (an own `__proto__` member stays a member). */
export function jsonObject(entries: Iterable<readonly [string, Json]>): JsonObject {
  const object: JsonObject = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

export function jsonString(c: Choices, odd = false): string {
  if (odd && c.chance(15)) return c.pick(ODD_STRINGS);
  return c.pick(STRINGS);
}

export function jsonNumber(c: Choices, odd = false): number {
  if (odd && c.chance(15)) return c.pick(ODD_NUMBERS);
  return c.pick(NUMBERS);
}

export function jsonValue(c: Choices, options: JsonOptions): Json {
  const kind = c.int(0, options.depth > 0 ? 6 : 4);
  switch (kind) {
    case 0:
      return c.pick([null, true, false]);
    case 1:
    case 2:
      return jsonNumber(c, options.odd);
    case 3:
    case 4:
      return jsonString(c, options.odd);
    case 5:
      return Array.from({ length: c.int(0, 3) }, () => jsonValue(c, { ...options, depth: options.depth - 1 }));
    default: {
      const keys = c.subset(options.odd && c.chance(20) ? [...KEYS, ...ODD_KEYS] : KEYS, c.int(0, 3));
      return jsonObject(keys.map((key) => [key, jsonValue(c, { ...options, depth: options.depth - 1 })] as const));
    }
  }
}

/** The execution input: mostly the shape the generated paths expect, sometimes anything. */
export function executionInput(c: Choices, odd = false): Json {
  if (c.chance(5)) return jsonValue(c, { depth: 2, odd });
  const typed: Array<[string, () => Json]> = [
    ["a", () => jsonNumber(c, odd)],
    ["b", () => jsonString(c, odd)],
    ["c", () => c.pick([true, false])],
    ["d", () => Array.from({ length: c.int(0, 3) }, () => (c.chance(80) ? jsonNumber(c, odd) : jsonValue(c, { depth: 1, odd })))],
    ["e", () => jsonObject([["x", jsonValue(c, { depth: 1, odd })], ["y", Array.from({ length: c.int(0, 2) }, () => jsonNumber(c))]])],
  ];
  const entries: Array<[string, Json]> = [];
  for (const [key, make] of typed) {
    if (c.chance(10)) continue;
    entries.push([key, c.chance(85) ? make() : jsonValue(c, { depth: 1, odd })]);
  }
  if (odd && c.chance(10)) entries.push([c.pick(ODD_KEYS), jsonValue(c, { depth: 1, odd })]);
  return jsonObject(entries);
}

/** True when `value` holds no string starting with `{%` (a JSONata field would evaluate it). */
export function isJsonataInert(value: Json): boolean {
  if (typeof value === "string") return !value.startsWith("{%");
  if (Array.isArray(value)) return value.every(isJsonataInert);
  if (value !== null && typeof value === "object") return Object.values(value).every(isJsonataInert);
  return true;
}
