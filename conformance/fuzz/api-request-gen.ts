/**
 * Arbitrary Step Functions API requests, derived from the service model (runtime/api/model): an
 * operation, and its input built member by member from the model's shapes with plausible values
 * (names, ARNs of resources the fuzz service holds, definitions, enums, in-range numbers), then
 * mutated: wrong types, missing required members, unknown members, `__proto__` members, huge
 * strings, odd unicode, deep nesting; or a broken envelope (a body that is not JSON, no or an
 * unknown X-Amz-Target, another content type, another HTTP method).
 */
import type { Json, JsonObject } from "../../runtime/core/json.ts";
import { serviceModel, shapeOf, type Shape } from "../../runtime/api/model/validate-request.ts";
import { type Choices, generated } from "./choices.ts";
import { jsonObject, jsonValue } from "./json-values.ts";
import { generateExecution, DEFAULT_MACHINE_OPTIONS } from "./state-machine-gen.ts";
import type fc from "fast-check";

export const FUZZ_ACCOUNT = "123456789012";

/** Resources the fuzzed service is given before the requests, so that some requests find them. */
export const EXISTING = {
  stateMachine: `arn:aws:states:us-east-1:${FUZZ_ACCOUNT}:stateMachine:fuzz-existing`,
  execution: `arn:aws:states:us-east-1:${FUZZ_ACCOUNT}:execution:fuzz-existing:run-1`,
  activity: `arn:aws:states:us-east-1:${FUZZ_ACCOUNT}:activity:fuzz-existing`,
  alias: `arn:aws:states:us-east-1:${FUZZ_ACCOUNT}:stateMachine:fuzz-existing:live`,
  version: `arn:aws:states:us-east-1:${FUZZ_ACCOUNT}:stateMachine:fuzz-existing:1`,
};

export interface ApiRequest {
  operation: string;
  /** The JSON body (when `rawBody` is not set). */
  body: Json;
  /** A body sent as is instead of JSON text of `body`. */
  rawBody?: string;
  /** The X-Amz-Target header (default `AWSStepFunctions.<operation>`; null: none). */
  target?: string | null;
  contentType?: string;
  method?: string;
  /** What was done to the request. */
  mutations: string[];
}

const ODD_STRINGS = ["", "\u0000", "\ud800", "😀", "\u202e", "x".repeat(3000), "__proto__", "a b", "arn:aws:states:us-east-1:123456789012:stateMachine:"];

function stringFor(c: Choices, memberName: string, shapeName: string, shape: Shape): string {
  if (shape.enum && c.chance(90)) return c.pick(shape.enum);
  const name = memberName.toLowerCase();
  if (c.chance(10)) return c.pick(ODD_STRINGS);
  if (shapeName === "Definition" || name === "definition") {
    return c.chance(80) ? JSON.stringify(generateExecution(c, { ...DEFAULT_MACHINE_OPTIONS, maxDepth: 1, maxStates: 2, tasks: false }).definition) : c.pick(["{}", "not json", '{"StartAt":"A","States":{}}']);
  }
  if (name.includes("arn")) return c.pick([EXISTING.stateMachine, EXISTING.execution, EXISTING.activity, EXISTING.alias, EXISTING.version, "arn:aws:states:us-east-1:123456789012:stateMachine:missing", "arn:aws:iam::123456789012:role/r", "not-an-arn"]);
  if (name === "input" || name === "output" || name === "mock" || name === "result") return c.pick(["{}", '{"a":1}', "[1]", "not json", "null", '"s"']);
  if (name.includes("token")) return c.pick(["token", "AAAA", "x".repeat(2000)]);
  return c.pick(["fuzz", "fuzz-existing", "run-1", "live", "a", "x-y_z"]);
}

function valueOf(c: Choices, memberName: string, shapeName: string, depth: number): Json {
  const shape = shapeOf(shapeName);
  switch (shape.type) {
    case "string":
      return stringFor(c, memberName, shapeName, shape);
    case "integer":
    case "long":
      return c.pick([0, 1, 10, 1000, -1, 1001, 2 ** 31, 1.5]);
    case "double":
    case "float":
      return c.pick([0, 1, 50, 100, -1, 100.5]);
    case "boolean":
      return c.pick([true, false]);
    case "timestamp":
      return c.pick([1_700_000_000, "2024-01-01T00:00:00Z"]);
    case "blob":
      return "YQ==";
    case "list":
      return depth <= 0 ? [] : Array.from({ length: c.int(0, 3) }, () => valueOf(c, memberName, shape.member!.shape, depth - 1));
    case "map":
      return depth <= 0 ? {} : jsonObject(Array.from({ length: c.int(0, 2) }, (_, i) => [`k${i}`, valueOf(c, memberName, shape.value!.shape, depth - 1)] as const));
    default:
      return structureOf(c, shapeName, depth);
  }
}

function structureOf(c: Choices, shapeName: string, depth: number): JsonObject {
  const shape = shapeOf(shapeName);
  const required = new Set(shape.required ?? []);
  const entries: Array<[string, Json]> = [];
  for (const [member, ref] of Object.entries(shape.members ?? {})) {
    if (!c.chance(required.has(member) ? 90 : 40)) continue;
    entries.push([member, depth <= 0 ? null : valueOf(c, member, ref.shape, depth - 1)]);
  }
  return jsonObject(entries);
}

function mutateBody(c: Choices, body: JsonObject, mutations: string[]): { body: JsonObject; raw?: string } {
  const keys = Object.keys(body);
  switch (c.int(0, 6)) {
    case 0:
      if (keys.length > 0) {
        const key = c.pick(keys);
        body[key] = c.pick<Json>([1, "1", true, null, [], {}, [1, "x"], { a: 1 }]);
        mutations.push(`wrong type for ${key}`);
      }
      return { body };
    case 1:
      body[c.pick(["bogus", "Name", "__type", "constructor"])] = jsonValue(c, { depth: 1 });
      mutations.push("unknown member");
      return { body };
    case 2:
      Object.defineProperty(body, "__proto__", { value: { polluted: true, stateMachineArn: EXISTING.stateMachine }, enumerable: true, writable: true, configurable: true });
      mutations.push("__proto__ member");
      return { body };
    case 3:
      if (keys.length > 0) {
        const key = c.pick(keys);
        body[key] = "x".repeat(c.pick([2049, 70_000, 1_100_000]));
        mutations.push(`huge ${key}`);
      }
      return { body };
    case 4: {
      const depth = c.pick([100, 5000, 50_000]);
      mutations.push(`nesting ${depth} deep`);
      const text = JSON.stringify(body);
      const member = `"deep":${"[".repeat(depth)}${"]".repeat(depth)}`;
      return { body, raw: text === "{}" ? `{${member}}` : `${text.slice(0, -1)},${member}}` };
    }
    case 5:
      if (keys.length > 0) {
        const key = c.pick(keys);
        delete body[key];
        mutations.push(`without ${key}`);
      }
      return { body };
    default: {
      const key = keys.length > 0 ? c.pick(keys) : "name";
      body[key] = c.pick(["\u0000", "\ud800", "\u202e😀", "é".repeat(100), "\t\n"]);
      mutations.push(`odd unicode in ${key}`);
      return { body };
    }
  }
}

function request(c: Choices): ApiRequest {
  const operations = Object.keys(serviceModel.operations);
  const operation = c.pick(operations);
  const inputShape = serviceModel.operations[operation]!.input?.shape;
  let body: JsonObject = inputShape ? structureOf(c, inputShape, 4) : {};
  const mutations: string[] = [];
  let rawBody: string | undefined;
  const count = c.int(0, 2);
  for (let i = 0; i < count; i++) {
    const mutated = mutateBody(c, body, mutations);
    body = mutated.body;
    if (mutated.raw !== undefined) rawBody = mutated.raw;
  }
  const envelope: Partial<ApiRequest> = {};
  if (c.chance(10)) {
    switch (c.int(0, 5)) {
      case 0:
        envelope.rawBody = c.pick(["", "not json", "{", "[]", "null", "1", '"s"', "{\"a\":1}garbage", "\ufeff{}"]);
        mutations.push("body is not a JSON object");
        break;
      case 1:
        envelope.target = null;
        mutations.push("no X-Amz-Target");
        break;
      case 2:
        envelope.target = c.pick(["AWSStepFunctions.Nope", "AWSStepFunctions.", "Other.StartExecution", "AWSStepFunctions.__proto__", "AWSStepFunctions.constructor", "AWSStepFunctions.startExecution"]);
        mutations.push("odd X-Amz-Target");
        break;
      case 3:
        envelope.contentType = c.pick(["text/plain", "application/json", ""]);
        mutations.push("other content type");
        break;
      default:
        envelope.method = c.pick(["GET", "PUT", "DELETE"]);
        mutations.push("other method");
    }
  }
  return { operation, body, ...(rawBody !== undefined ? { rawBody } : {}), ...envelope, mutations };
}

export function apiRequestArbitrary(): fc.Arbitrary<ApiRequest> {
  return generated(request);
}
