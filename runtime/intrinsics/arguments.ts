/**
 * Typed access to evaluated intrinsic arguments: each accessor returns the value with the
 * expected JSON type or throws an IntrinsicFailure naming the function and argument position.
 */
import { isJsonObject, type Json, type JsonObject } from "../core/json.ts";
import { describeJsonType, IntrinsicFailure, ordinal } from "./failure.ts";

export class IntrinsicArguments {
  constructor(
    readonly functionName: string,
    readonly values: readonly Json[],
  ) {}

  get length(): number {
    return this.values.length;
  }

  fail(detail: string): never {
    throw new IntrinsicFailure(this.functionName, detail);
  }

  any(index: number): Json {
    return this.values[index] ?? null;
  }

  private wrongType(index: number, expected: string): never {
    this.fail(`the ${ordinal(index)} argument must be ${expected}, but was ${describeJsonType(this.any(index))}`);
  }

  string(index: number): string {
    const value = this.any(index);
    if (typeof value !== "string") this.wrongType(index, "a string");
    return value;
  }

  number(index: number): number {
    const value = this.any(index);
    if (typeof value !== "number") this.wrongType(index, "a number");
    return value;
  }

  integer(index: number): number {
    const value = this.any(index);
    if (typeof value !== "number" || !Number.isInteger(value)) this.wrongType(index, "an integer");
    return value;
  }

  boolean(index: number): boolean {
    const value = this.any(index);
    if (typeof value !== "boolean") this.wrongType(index, "a boolean");
    return value;
  }

  array(index: number): Json[] {
    const value = this.any(index);
    if (!Array.isArray(value)) this.wrongType(index, "an array");
    return value;
  }

  object(index: number): JsonObject {
    const value = this.any(index);
    if (!isJsonObject(value)) this.wrongType(index, "a JSON object");
    return value;
  }
}

/** Java `Math.round`: round half up (toward +infinity); -0 becomes 0. */
export function roundHalfUp(value: number): number {
  return Math.round(value) + 0;
}
