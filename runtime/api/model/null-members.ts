import { shapeOf, type Shape } from "./validate-request.ts";

/**
 * AWS's JSON protocols treat a structure member sent as `null` like a member that was not sent
 * (the SDKs never serialize one, and the service's deserializer skips it): `{"tags": null}` is
 * `{}`. This returns `value` (an operation's input, or any value of `shapeName`) with every null
 * structure member dropped, at every depth the model describes, so that validation and the
 * operations only ever see absent members. Null list items and map values are kept: they are not
 * members, and validation rejects them. Values that do not fit their shape are returned as they
 * are, for validation to reject. The input is not modified.
 */
export function withoutNullMembers(shapeName: string, value: unknown): unknown {
  return strip(shapeOf(shapeName), value);
}

function strip(shape: Shape, value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  switch (shape.type) {
    case "structure": {
      if (Array.isArray(value)) return value;
      const members = shape.members ?? {};
      // Object.fromEntries defines own properties, so a `__proto__` member stays plain data.
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, member]) => member !== null)
          .map(([name, member]) => [name, Object.hasOwn(members, name) ? strip(shapeOf(members[name]!.shape), member) : member]),
      );
    }
    case "list":
      return Array.isArray(value) ? value.map((item) => strip(shapeOf(shape.member!.shape), item)) : value;
    case "map":
      if (Array.isArray(value)) return value;
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, strip(shapeOf(shape.value!.shape), item)]));
    default:
      return value;
  }
}
