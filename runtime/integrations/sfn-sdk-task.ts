import { StatesError } from "../core/errors.ts";
import type { Json, JsonObject } from "../core/json.ts";
import type { TaskRequest } from "../execution/ports.ts";
import type { TaskResource } from "../execution/task-resource.ts";
import { SerializationError, serviceModel, shapeOf, validateRequest, validationMessage, type Shape } from "../api/model/validate-request.ts";
import { waitForTaskToken } from "./callback-task.ts";
import type { IntegrationPorts } from "./integration-ports.ts";
import { sdkIntegrationError } from "./service-errors.ts";
import { callerOfContext, StepFunctionsApiError, type Caller } from "./step-functions-api.ts";
import { TaskTokenError, type TaskTokens } from "./task-tokens.ts";

/**
 * `arn:aws:states:::aws-sdk:sfn:<action>[.waitForTaskToken]`: a Step Functions API call to the
 * runtime itself, as the AWS SDK integration makes it (DG supported-services-awssdk): Parameters
 * use the API's member names capitalised (`TaskToken`, `StateMachineArn`); a string member given
 * any other JSON value gets its JSON text (recorded: `Input` as an object); the answer comes back
 * capitalised the same way, timestamps as ISO-8601 text (recorded `StartDate`). Errors are
 * `Sfn.<Code>Exception` with the SDK's cause (service-errors.ts). SendTaskSuccess, SendTaskFailure
 * and SendTaskHeartbeat work in any run (they answer this runtime's task tokens); the other
 * actions need the API server behind the execution.
 */
export async function runSfnSdkTask(request: TaskRequest, resource: Extract<TaskResource, { kind: "integration" }>, ports: IntegrationPorts): Promise<Json> {
  const action = resource.resource.replace(/\.(waitForTaskToken|sync:2|sync)$/, "");
  const operation = action.charAt(0).toUpperCase() + action.slice(1);
  const spec = serviceModel.operations[operation];
  if (!spec || action.charAt(0) !== action.charAt(0).toLowerCase()) {
    throw new StatesError("States.Runtime", `The resource '${request.resource}' names no Step Functions API action ('${action}')`);
  }
  const call = async (): Promise<Json> => {
    const input = spec.input ? toApiMembers(request.input, shapeOf(spec.input.shape), "Parameters") : {};
    const requestId = ports.entropy.uuid();
    try {
      const answer = await callOperation(operation, input as Record<string, unknown>, callerOfContext(request.context), ports);
      return spec.output ? fromApiMembers(answer, shapeOf(spec.output.shape)) : {};
    } catch (e) {
      if (e instanceof StepFunctionsApiError) throw sdkIntegrationError("Sfn", e, requestId);
      throw e;
    }
  };
  return resource.pattern === "callback" ? waitForTaskToken(request, ports.taskTokens, call) : call();
}

async function callOperation(operation: string, input: Record<string, unknown>, caller: Caller, ports: IntegrationPorts): Promise<Record<string, unknown>> {
  if (ports.stepFunctions) return ports.stepFunctions.call(operation, input, caller);
  const answer = answerTaskToken(operation, input, ports.taskTokens);
  if (answer) return answer;
  throw new StatesError(
    "States.Runtime",
    `The Step Functions action ${operation} needs the Step Functions service: run this execution through the API server (createService) rather than alone in process`,
  );
}

/** SendTask* against the task tokens, validated like the API (for runs without the API server). */
function answerTaskToken(operation: string, input: Record<string, unknown>, tokens: TaskTokens): Record<string, unknown> | undefined {
  if (operation !== "SendTaskSuccess" && operation !== "SendTaskFailure" && operation !== "SendTaskHeartbeat") return undefined;
  let violations: string[];
  try {
    violations = validateRequest(operation, input);
  } catch (e) {
    if (e instanceof SerializationError) throw new StepFunctionsApiError("SerializationException", e.message);
    throw e;
  }
  if (violations.length > 0) throw new StepFunctionsApiError("ValidationException", validationMessage(violations));
  const token = input["taskToken"] as string;
  try {
    if (operation === "SendTaskSuccess") tokens.succeed(token, input["output"] as string);
    else if (operation === "SendTaskFailure") tokens.fail(token, input["error"] as string | undefined, input["cause"] as string | undefined);
    else tokens.heartbeat(token);
  } catch (e) {
    if (e instanceof TaskTokenError) throw new StepFunctionsApiError(e.code, e.message);
    throw e;
  }
  return {};
}

const capitalised = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Parameters (capitalised members) → the API's request members, by the operation's input shape. */
function toApiMembers(value: Json, shape: Shape, path: string): unknown {
  switch (shape.type) {
    case "structure": {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
      const members = Object.entries(shape.members ?? {});
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        const member = members.find(([name]) => capitalised(name) === key);
        if (!member) throw new StatesError("States.Runtime", `The field '${key}' of ${path} is not a member of this Step Functions API action`);
        out[member[0]] = toApiMembers(v, shapeOf(member[1].shape), `${path}.${key}`);
      }
      return out;
    }
    case "list":
      return Array.isArray(value) ? value.map((item, i) => toApiMembers(item, shapeOf(shape.member!.shape), `${path}[${i}]`)) : value;
    case "string":
      return typeof value === "string" || value === null ? value : JSON.stringify(value);
    default:
      return value;
  }
}

/** The API's answer → the SDK integration's result: capitalised members, ISO-8601 timestamps. */
function fromApiMembers(value: unknown, shape: Shape): Json {
  if (value === undefined || value === null) return null;
  switch (shape.type) {
    case "structure": {
      const out: JsonObject = {};
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const v = (value as Record<string, unknown>)[name];
        if (v !== undefined) out[capitalised(name)] = fromApiMembers(v, shapeOf(member.shape));
      }
      return out;
    }
    case "list":
      return Array.isArray(value) ? value.map((item) => fromApiMembers(item, shapeOf(shape.member!.shape))) : null;
    case "map":
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fromApiMembers(v, shapeOf(shape.value!.shape))]));
    case "timestamp":
      return (value instanceof Date ? value : new Date(Number(value) * 1000)).toISOString();
    default:
      return value as Json;
  }
}
