import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { JsonPathError } from "./errors.ts";

/**
 * Jayway's no-argument path functions (`$.items.length()`, `$.prices.avg()`, ...), applied to
 * the value the path reached. AWS documents functions as unsupported in reference paths; in
 * other paths they are whatever Jayway does. Functions given arguments are not supported here.
 */
export function invokePathFunction(name: string, args: string | null, model: Json): Json {
  if (args !== null) throw new JsonPathError("FunctionError", `Function with name: ${name} does not support arguments here.`);
  switch (name) {
    case "length":
    case "size":
      if (Array.isArray(model)) return model.length;
      if (isJsonObject(model)) return Object.keys(model).length;
      return null;
    case "keys":
      return isJsonObject(model) ? Object.keys(model) : null;
    case "first":
      return Array.isArray(model) && model.length > 0 ? model[0]! : null;
    case "last":
      return Array.isArray(model) && model.length > 0 ? model[model.length - 1]! : null;
    case "concat":
      return Array.isArray(model) ? model.filter((v): v is string => typeof v === "string").join("") : "";
    case "min":
    case "max":
    case "sum":
    case "avg":
    case "stddev":
      return aggregate(name, model);
    default:
      throw new JsonPathError("FunctionError", `Function with name: ${name} does not exist.`);
  }
}

/** Jayway's AbstractAggregation: only the numbers of an array count; none is an error. */
function aggregate(name: "min" | "max" | "sum" | "avg" | "stddev", model: Json): number {
  const numbers = Array.isArray(model) ? model.filter((v): v is number => typeof v === "number") : [];
  if (numbers.length === 0) {
    throw new JsonPathError("FunctionError", "Aggregation function attempted to calculate value using empty array");
  }
  const sum = numbers.reduce((a, b) => a + b, 0);
  switch (name) {
    case "min":
      return Math.min(...numbers);
    case "max":
      return Math.max(...numbers);
    case "sum":
      return sum;
    case "avg":
      return sum / numbers.length;
    case "stddev": {
      const sumSq = numbers.reduce((a, b) => a + b * b, 0);
      return Math.sqrt(sumSq / numbers.length - (sum * sum) / numbers.length / numbers.length);
    }
  }
}
