import model from "./service-model.json" with { type: "json" };

/**
 * Request validation driven by the Step Functions service model (service-model.json, generated from
 * botocore's service-2.json): required members, types, lengths, ranges, patterns and enums, with
 * AWS's ValidationException wording (recorded):
 *   1 validation error detected: Value '1001' at 'maxResults' failed to satisfy constraint:
 *   Member must have value less than or equal to 1000
 * Nested members are named the way AWS names them: `routingConfiguration.1.member.weight`.
 */
export interface Shape {
  type: "structure" | "string" | "integer" | "long" | "boolean" | "timestamp" | "list" | "map" | "blob" | "double" | "float";
  required?: string[];
  members?: Record<string, { shape: string }>;
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  sensitive?: boolean;
  exception?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
}

export interface Operation {
  name: string;
  input?: { shape: string };
  output?: { shape: string };
  errors?: Array<{ shape: string }>;
}

export const serviceModel = model as unknown as {
  metadata: { targetPrefix: string; jsonVersion: string; apiVersion: string };
  operations: Record<string, Operation>;
  shapes: Record<string, Shape>;
  paginators: Record<string, { input_token: string; output_token: string; limit_key: string; result_key: string }>;
};

export function shapeOf(name: string): Shape {
  const shape = serviceModel.shapes[name];
  if (!shape) throw new Error(`unknown shape ${name}`);
  return shape;
}

/** A request whose JSON types do not fit the model: AWS answers SerializationException. */
export class SerializationError extends Error {}

const patternCache = new Map<string, RegExp | null>();

/** The model's patterns are Java regexes; the few constructs JS lacks are treated as always matching. */
function compilePattern(pattern: string): RegExp | null {
  if (!patternCache.has(pattern)) {
    try {
      patternCache.set(pattern, new RegExp(`^(?:${pattern})$`, "u"));
    } catch {
      try {
        patternCache.set(pattern, new RegExp(`^(?:${pattern})$`));
      } catch {
        patternCache.set(pattern, null);
      }
    }
  }
  return patternCache.get(pattern)!;
}

const shapeNames = new Map<Shape, string>(Object.entries(serviceModel.shapes).map(([name, shape]) => [shape, name]));

/**
 * How AWS prints a rejected value inside 'quotes': a structure as its shape name with its members
 * (Java's toString, recorded: `[RoutingConfigurationListItem(stateMachineVersionArn=arn:..., weight=50), ...]`),
 * lists as `[a, b]`, maps as `{k=v}`, strings unquoted.
 */
function show(value: unknown, shape?: Shape): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return `[${value.map((item) => show(item, shape?.type === "list" ? shapeOf(shape.member!.shape) : undefined)).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (shape?.type === "structure") {
      const members = Object.entries(shape.members ?? {}).filter(([name]) => record[name] !== undefined && record[name] !== null);
      return `${shapeNames.get(shape) ?? ""}(${members.map(([name, member]) => `${name}=${show(record[name], shapeOf(member.shape))}`).join(", ")})`;
    }
    const valueShape = shape?.type === "map" ? shapeOf(shape.value!.shape) : undefined;
    return `{${Object.entries(record).map(([k, v]) => `${k}=${show(v, valueShape)}`).join(", ")}}`;
  }
  return String(value);
}

/**
 * Validates `input` against the operation's input shape. Returns the constraint violations in
 * AWS's wording (empty when valid); throws SerializationError when a member has the wrong JSON type.
 */
export function validateRequest(operation: string, input: unknown): string[] {
  const op = serviceModel.operations[operation];
  if (!op?.input) return [];
  const violations: string[] = [];
  checkStructure(shapeOf(op.input.shape), input, "", violations);
  return violations;
}

/** `1 validation error detected: ...` / `N validation errors detected: a; b`. */
export function validationMessage(violations: readonly string[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? "" : "s"} detected: ${violations.join("; ")}`;
}

/**
 * Members the service cannot do without although the model leaves them optional. A tag without a
 * key cannot be stored (TagResource, CreateActivity, CreateStateMachine): it is rejected like a
 * missing required member. Not recorded from AWS (the model's Tag documents no requirement).
 */
const REQUIRED_BEYOND_MODEL: Readonly<Record<string, readonly string[]>> = { Tag: ["key"] };

function checkStructure(shape: Shape, value: unknown, path: string, out: string[]): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new SerializationError(`Expected an object at '${path || "input"}'`);
  const record = value as Record<string, unknown>;
  const shapeName = shapeNames.get(shape);
  const alsoRequired = shapeName !== undefined && Object.hasOwn(REQUIRED_BEYOND_MODEL, shapeName) ? REQUIRED_BEYOND_MODEL[shapeName]! : [];
  for (const name of [...(shape.required ?? []), ...alsoRequired]) {
    if (record[name] === undefined || record[name] === null) out.push(`Value null at '${join(path, name)}' failed to satisfy constraint: Member must not be null`);
  }
  for (const [name, member] of Object.entries(shape.members ?? {})) {
    const v = record[name];
    if (v === undefined || v === null) continue;
    checkValue(shapeOf(member.shape), v, join(path, name), out);
  }
}

function checkValue(shape: Shape, value: unknown, path: string, out: string[]): void {
  const fail = (constraint: string) => out.push(`Value '${show(value, shape)}' at '${path}' failed to satisfy constraint: Member must ${constraint}`);
  switch (shape.type) {
    case "structure":
      return checkStructure(shape, value, path, out);
    case "string": {
      if (typeof value !== "string") throw new SerializationError(`Expected a string at '${path}'`);
      const length = [...value].length;
      if (shape.min !== undefined && length < shape.min) fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && length > shape.max) fail(`have length less than or equal to ${shape.max}`);
      if (shape.enum && !shape.enum.includes(value)) fail(`satisfy enum value set: [${shape.enum.join(", ")}]`);
      if (shape.pattern) {
        const re = compilePattern(shape.pattern);
        if (re && !re.test(value)) fail(`satisfy regular expression pattern: ${shape.pattern}`);
      }
      return;
    }
    case "integer":
    case "long":
    case "double":
    case "float": {
      if (typeof value !== "number") throw new SerializationError(`Expected a number at '${path}'`);
      if ((shape.type === "integer" || shape.type === "long") && !Number.isInteger(value)) throw new SerializationError(`Expected an integer at '${path}'`);
      if (shape.min !== undefined && value < shape.min) fail(`have value greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value > shape.max) fail(`have value less than or equal to ${shape.max}`);
      return;
    }
    case "boolean":
      if (typeof value !== "boolean") throw new SerializationError(`Expected a boolean at '${path}'`);
      return;
    case "timestamp":
      if (typeof value !== "number" && typeof value !== "string") throw new SerializationError(`Expected a timestamp at '${path}'`);
      return;
    case "blob":
      if (typeof value !== "string") throw new SerializationError(`Expected base64 text at '${path}'`);
      return;
    case "list": {
      if (!Array.isArray(value)) throw new SerializationError(`Expected a list at '${path}'`);
      if (shape.min !== undefined && value.length < shape.min) fail(`have length greater than or equal to ${shape.min}`);
      if (shape.max !== undefined && value.length > shape.max) fail(`have length less than or equal to ${shape.max}`);
      value.forEach((item, i) => checkValue(shapeOf(shape.member!.shape), item, `${path}.${i + 1}.member`, out));
      return;
    }
    case "map": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new SerializationError(`Expected a map at '${path}'`);
      const entries = Object.entries(value as Record<string, unknown>);
      if (shape.max !== undefined && entries.length > shape.max) fail(`have length less than or equal to ${shape.max}`);
      for (const [k, v] of entries) {
        checkValue(shapeOf(shape.key!.shape), k, `${path}.${k}.key`, out);
        checkValue(shapeOf(shape.value!.shape), v, `${path}.${k}.value`, out);
      }
      return;
    }
  }
}

function join(path: string, name: string): string {
  return path === "" ? name : `${path}.${name}`;
}
