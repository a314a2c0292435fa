import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { classifyResource } from "../execution/task-resource.ts";
import { validation } from "./api-error.ts";
import { serviceModel, shapeOf } from "./model/validate-request.ts";

/**
 * TestState's `mock.fieldValidationMode`: a mocked Task result is checked against the output shape
 * of the API operation the Task calls — STRICT (default): required fields present and present
 * fields well-typed; PRESENT: present fields well-typed; NONE: nothing. Fields the model does not
 * know are accepted (recorded: `{"random": "json"}` passes). The result's field names are the
 * model's member names capitalised, as service integrations return them (`ExecutionArn`).
 *
 * Only services whose API model this runtime carries can be checked: Step Functions itself
 * (`arn:aws:states:::states:<action>`, `arn:aws:states:::aws-sdk:sfn:<action>`). Results of other
 * services pass unchecked, as do `.sync` and `.waitForTaskToken` results (their shape is not an
 * operation's output).
 *
 * Messages, as recorded (test_field_validation_mode*): `Required field 'X' is missing`, `Field 'X'
 * must be a string|a number|an array`, `is not an expected value`, `is smaller than the minimum
 * length`, `is less than the minimum value`, `exceeds the maximum value`; the others follow them.
 */
export type FieldValidationMode = "STRICT" | "PRESENT" | "NONE";

export function validateMockResult(resource: string, result: Json, mode: FieldValidationMode): void {
  if (mode === "NONE") return;
  const shape = outputShapeOf(resource);
  if (!shape) return;
  const problem = check(shape, result, undefined, mode === "STRICT");
  if (problem) throw validation(`Mock result schema validation error: ${problem}`);
}

/** The output shape name of the Step Functions operation a Task resource calls, if it is one. */
function outputShapeOf(resource: string): string | undefined {
  const target = classifyResource(resource);
  if (target.kind !== "integration" || target.pattern !== "request-response") return undefined;
  if (target.resourceType !== "states" && target.resourceType !== "aws-sdk:sfn") return undefined;
  const operation = serviceModel.operations[capitalise(target.resource)];
  return operation?.output?.shape;
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The first problem with `value` against the shape, named after the innermost field. */
function check(shapeName: string, value: Json, field: string | undefined, strict: boolean): string | undefined {
  const shape = shapeOf(shapeName);
  const name = `Field '${field ?? "result"}'`;
  switch (shape.type) {
    case "structure": {
      if (!isJsonObject(value)) return `${name} must be an object`;
      const members = Object.entries(shape.members ?? {}).map(([member, ref]) => ({ key: capitalise(member), required: shape.required?.includes(member) ?? false, shape: ref.shape }));
      if (strict) {
        const missing = members.find((m) => m.required && !Object.hasOwn(value, m.key));
        if (missing) return `Required field '${missing.key}' is missing`;
      }
      for (const member of members) {
        if (!Object.hasOwn(value, member.key)) continue;
        const problem = check(member.shape, value[member.key]!, member.key, strict);
        if (problem) return problem;
      }
      return undefined;
    }
    case "list": {
      if (!Array.isArray(value)) return `${name} must be an array`;
      for (const item of value) {
        const problem = check(shape.member!.shape, item, field, strict);
        if (problem) return problem;
      }
      return undefined;
    }
    case "map": {
      if (!isJsonObject(value)) return `${name} must be an object`;
      for (const item of Object.values(value)) {
        const problem = check(shape.value!.shape, item, field, strict);
        if (problem) return problem;
      }
      return undefined;
    }
    case "boolean":
      return typeof value === "boolean" ? undefined : `${name} must be a boolean`;
    case "string":
    case "timestamp":
    case "blob": {
      if (typeof value !== "string") return `${name} must be a string`;
      if (shape.enum && !shape.enum.includes(value)) return `${name} is not an expected value`;
      if (shape.type !== "timestamp" && shape.min !== undefined && value.length < shape.min) return `${name} is smaller than the minimum length`;
      if (shape.type !== "timestamp" && shape.max !== undefined && value.length > shape.max) return `${name} is larger than the maximum length`;
      return undefined;
    }
    default: {
      // integer, long, double, float
      if (typeof value !== "number") return `${name} must be a number`;
      if (shape.min !== undefined && value < shape.min) return `${name} is less than the minimum value`;
      if (shape.max !== undefined && value > shape.max) return `${name} exceeds the maximum value`;
      return undefined;
    }
  }
}
