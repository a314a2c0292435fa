import { serviceModel, shapeOf, type Shape } from "./model/validate-request.ts";

/**
 * Responses carry only what the service model declares: members the output shape does not list
 * are dropped (recursively), so a response can never drift from the model.
 */
export function shapeResponse(operation: string, output: unknown): unknown {
  const shapeName = serviceModel.operations[operation]?.output?.shape;
  return shapeName ? prune(shapeOf(shapeName), output) : {};
}

function prune(shape: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return value;
  switch (shape.type) {
    case "structure": {
      if (typeof value !== "object" || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const v = (value as Record<string, unknown>)[name];
        if (v !== undefined) out[name] = prune(shapeOf(member.shape), v);
      }
      return out;
    }
    case "list":
      return Array.isArray(value) ? value.map((item) => prune(shapeOf(shape.member!.shape), item)) : value;
    default:
      return value;
  }
}
