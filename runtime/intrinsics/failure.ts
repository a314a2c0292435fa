/**
 * Runtime failures of intrinsic functions. AWS (and the spec) name them `States.IntrinsicFailure`;
 * the exact AWS cause texts for argument errors are not recorded, so causes follow one clear
 * pattern: `Invalid arguments in <function>: <what is wrong>`.
 */
import type { Json } from "../core/json.ts";
import { StatesError, StatesErrorName } from "../core/errors.ts";

export class IntrinsicFailure extends StatesError {
  /** e.g. "States.ArrayGetItem". */
  readonly functionName: string;
  /** The problem alone, without the function-name prefix. */
  readonly detail: string;

  constructor(functionName: string, detail: string) {
    super(StatesErrorName.IntrinsicFailure, `Invalid arguments in ${functionName}: ${detail}`);
    this.functionName = functionName;
    this.detail = detail;
  }
}

/** "a string", "an array", "null", ... — for causes. */
export function describeJsonType(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
      return Number.isInteger(value) ? "an integer" : "a number";
    case "boolean":
      return "a boolean";
    default:
      return "an object";
  }
}

const ORDINALS = ["first", "second", "third"];

/** Argument-position words used in causes ("first", "second", ...). */
export function ordinal(index: number): string {
  return ORDINALS[index] ?? `argument #${index + 1}`;
}
