import type { Json } from "../../core/json.ts";
import { isJsonObject } from "../../core/json.ts";
import type { ModelShape, ServiceModel, ShapeRef } from "./service-model-source.ts";

/**
 * Checks a JSON value against an output shape of a service model, the way TestState checks a
 * mocked result (`mock.fieldValidationMode`), and returns the first problem in AWS's words, named
 * after the innermost field (recorded, test_field_validation_mode*): `Required field 'X' is
 * missing`, `Field 'X' must be a string|a number|an array`, `is not an expected value`, `is
 * smaller than the minimum length`, `is less than the minimum value`, `exceeds the maximum value`.
 * The unrecorded ones follow their pattern (`must be an object|a boolean`, `is larger than the
 * maximum length`).
 *
 * - Member names are capitalised, as integrations return them (`executionArn` → `ExecutionArn`).
 * - `strict` (STRICT): required members must be present; otherwise (PRESENT) only the present
 *   ones are checked. Members the model does not know pass (recorded: `{"random": "json"}`).
 * - Timestamps and blobs are strings (ISO date text, base64); a blob's length bounds apply to
 *   the string (recorded: `""` is smaller than KMS's CiphertextType minimum of 1).
 * - A list item or map value is named after the list's field (recorded: the second entry's wrong
 *   `EventId` is `Field 'EventId'`).
 */
export interface OutputCheckOptions {
  strict: boolean;
  /** Top-level members that hold any JSON value (lambda:invoke's parsed `Payload`). */
  jsonMembers?: readonly string[];
}

export function checkOutputShape(model: ServiceModel, output: ShapeRef, value: Json, options: OutputCheckOptions): string | undefined {
  return new OutputChecker(model, options.strict).check(output, value, "result", options.jsonMembers ?? []);
}

class OutputChecker {
  constructor(
    private readonly model: ServiceModel,
    private readonly strict: boolean,
  ) {}

  /** The shape a reference names, or the inline shape it is; undefined when the model lacks it. */
  private resolve(ref: ShapeRef): ModelShape | undefined {
    return "shape" in ref && typeof ref.shape === "string" ? this.model.shapes[ref.shape] : (ref as ModelShape);
  }

  check(ref: ShapeRef, value: Json, field: string, jsonMembers: readonly string[] = []): string | undefined {
    const shape = this.resolve(ref);
    if (!shape || shape.document) return undefined;
    const name = `Field '${field}'`;
    switch (shape.type ?? "string") {
      case "structure": {
        if (!isJsonObject(value)) return `${name} must be an object`;
        const members = Object.entries(shape.members ?? {}).map(([member, memberRef]) => ({
          key: capitalise(member),
          required: shape.required?.includes(member) ?? false,
          ref: memberRef,
        }));
        if (this.strict) {
          const missing = members.find((m) => m.required && !Object.hasOwn(value, m.key));
          if (missing) return `Required field '${missing.key}' is missing`;
        }
        for (const member of members) {
          if (!Object.hasOwn(value, member.key) || jsonMembers.includes(member.key)) continue;
          const problem = this.check(member.ref, value[member.key]!, member.key);
          if (problem) return problem;
        }
        return undefined;
      }
      case "list": {
        if (!Array.isArray(value)) return `${name} must be an array`;
        for (const item of value) {
          const problem = this.check(shape.member ?? {}, item, field);
          if (problem) return problem;
        }
        return undefined;
      }
      case "map": {
        if (!isJsonObject(value)) return `${name} must be an object`;
        for (const item of Object.values(value)) {
          const problem = this.check(shape.value ?? {}, item, field);
          if (problem) return problem;
        }
        return undefined;
      }
      case "boolean":
        return typeof value === "boolean" ? undefined : `${name} must be a boolean`;
      case "string":
      case "blob":
      case "timestamp": {
        if (typeof value !== "string") return `${name} must be a string`;
        if (shape.enum && !shape.enum.includes(value)) return `${name} is not an expected value`;
        if (shape.type === "timestamp") return undefined;
        const length = [...value].length;
        if (shape.min !== undefined && length < shape.min) return `${name} is smaller than the minimum length`;
        if (shape.max !== undefined && length > shape.max) return `${name} is larger than the maximum length`;
        return undefined;
      }
      case "integer":
      case "long":
      case "float":
      case "double": {
        if (typeof value !== "number") return `${name} must be a number`;
        if (shape.min !== undefined && value < shape.min) return `${name} is less than the minimum value`;
        if (shape.max !== undefined && value > shape.max) return `${name} exceeds the maximum value`;
        return undefined;
      }
      default:
        return undefined; // a type this checker does not know: nothing to hold the value to
    }
  }
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
