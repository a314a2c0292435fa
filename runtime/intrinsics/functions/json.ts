/** States.StringToJson, States.JsonToString and States.JsonMerge. */
import { isJsonObject, parseJson, toJsonText, type Json, type JsonObject } from "../../core/json.ts";
import type { IntrinsicInvocation } from "../environment.ts";

/**
 * Parses JSON text. Empty or blank text yields null rather than an error, and `-0` yields 0
 * [REC test_string_to_json: "" → null, " " → null, "-0" → 0].
 */
export function stringToJson({ args }: IntrinsicInvocation): Json {
  const text = args.string(0);
  if (text.trim() === "") return null;
  let parsed: Json;
  try {
    parsed = parseJson(text);
  } catch {
    return args.fail(`the string ${JSON.stringify(text)} is not valid JSON`);
  }
  return normaliseNegativeZero(parsed);
}

/** Compact JSON text, no spaces [REC test_json_to_string: {"Arg1":1,"Arg2":[]}]. */
export function jsonToString({ args }: IntrinsicInvocation): Json {
  return toJsonText(args.any(0));
}

/**
 * Merges two objects; the third argument chooses deep (true) or shallow (false) mode. Shallow:
 * keys of the second object replace those of the first wholesale [REC test_json_merge]. Deep
 * (spec text only, unrecorded): keys whose values are objects on both sides are merged recursively.
 */
export function jsonMerge({ args }: IntrinsicInvocation): Json {
  const first = args.object(0);
  const second = args.object(1);
  const deep = args.boolean(2);
  return merge(first, second, deep);
}

function merge(first: JsonObject, second: JsonObject, deep: boolean): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(first)) setOwn(result, key, value);
  for (const [key, value] of Object.entries(second)) {
    const existing = Object.hasOwn(result, key) ? result[key]! : undefined;
    const merged =
      deep && existing !== undefined && isJsonObject(existing) && isJsonObject(value)
        ? merge(existing, value, true)
        : value;
    setOwn(result, key, merged);
  }
  return result;
}

/** Plain assignment would treat a "__proto__" key as the prototype setter. */
function setOwn(target: JsonObject, key: string, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function normaliseNegativeZero(value: Json): Json {
  return typeof value === "number" && Object.is(value, -0) ? 0 : value;
}
