import { StatesError } from "../core/errors.ts";
import { utf8ByteLength, type Json, type JsonObject } from "../core/json.ts";
import type { TaskRequest } from "../execution/ports.ts";
import type { TaskResource } from "../execution/task-resource.ts";
import { waitForTaskToken } from "./callback-task.ts";
import type { IntegrationPorts } from "./integration-ports.ts";
import { optimizedIntegrationError } from "./service-errors.ts";
import { callerOfContext, StepFunctionsApiError, type Caller, type StepFunctionsApi } from "./step-functions-api.ts";

/**
 * `arn:aws:states:::states:startExecution[.sync|.sync:2|.waitForTaskToken]`: starts a child
 * execution in the caller's account and region (DG connect-stepfunctions, concepts-nested-workflows).
 * Parameters: StateMachineArn, Input (an object is sent as its JSON text; none/null = `{}`), Name,
 * TraceHeader. Shapes as recorded (callback.json, services.json):
 * - request-response: StartExecution's answer, `{ExecutionArn, SdkHttpMetadata, SdkResponseMetadata, StartDate}`;
 * - `.sync`: that answer as TaskSubmitted, then DescribeExecution's answer with PascalCase members
 *   (`Output` as JSON text); `.sync:2`: the same with `Input` and `Output` parsed. A child that does
 *   not succeed fails the task with States.TaskFailed and that description (JSON) as the cause;
 *   SendTaskSuccess / SendTaskFailure with the task's token answer the task too (recorded,
 *   test_sync_with_task_token). If the task stops first (timeout, parent stopped), the child is stopped;
 * - `.waitForTaskToken`: the answer as TaskSubmitted, then the token's answer.
 * Timestamps are epoch milliseconds (the optimized integrations' Java SDK 1.x serialisation).
 */
export async function runStartExecutionTask(request: TaskRequest, resource: Extract<TaskResource, { kind: "integration" }>, ports: IntegrationPorts): Promise<Json> {
  const api = ports.stepFunctions;
  if (!api) {
    throw new StatesError(
      "States.Runtime",
      `The resource '${request.resource}' starts an execution of another state machine, which needs the Step Functions service: run this execution through the API server (createService) rather than alone in process`,
    );
  }
  const caller = callerOfContext(request.context);
  const start = () => startChild(request, api, caller, ports);
  if (resource.pattern === "callback") return waitForTaskToken(request, ports.taskTokens, async () => (await start()).answer);
  if (resource.pattern === "request-response") return (await start()).answer;
  // .sync / .sync:2: the token may answer first; otherwise the child's end does.
  const token = request.taskToken;
  const pending = token !== undefined ? ports.taskTokens.expect(token, { signal: request.signal }) : undefined;
  let childArn: string | undefined;
  try {
    const started = await start();
    childArn = started.executionArn;
    request.submitted(started.answer);
    const ended = api.whenExecutionEnds(started.executionArn, caller).then(
      (description) => childOutcome(description, resource.pattern === "sync2"),
      (e: unknown) => {
        throw e instanceof StepFunctionsApiError ? optimizedIntegrationError("StepFunctions", "AWSStepFunctions", e, ports.entropy.uuid()) : e;
      },
    );
    // The token may win; the child's end (maybe a failure) then has no reader.
    ended.catch(() => undefined);
    return await (pending ? Promise.race([pending.outcome, ended]) : ended);
  } catch (e) {
    if (request.signal.aborted && childArn !== undefined) {
      void api.call("StopExecution", { executionArn: childArn }, caller).catch(() => undefined);
    }
    throw e;
  } finally {
    pending?.cancel();
  }
}

async function startChild(request: TaskRequest, api: StepFunctionsApi, caller: Caller, ports: IntegrationPorts): Promise<{ executionArn: string; answer: JsonObject }> {
  const parameters = request.input;
  if (parameters === null || typeof parameters !== "object" || Array.isArray(parameters)) {
    throw new StatesError("States.Runtime", `The parameters of '${request.resource}' must be an object with StateMachineArn, got ${JSON.stringify(parameters)}`);
  }
  const input: Record<string, unknown> = { stateMachineArn: parameters["StateMachineArn"] };
  const childInput = parameters["Input"];
  if (childInput !== undefined && childInput !== null) input["input"] = typeof childInput === "string" ? childInput : JSON.stringify(childInput);
  if (parameters["Name"] !== undefined) input["name"] = parameters["Name"];
  if (parameters["TraceHeader"] !== undefined) input["traceHeader"] = parameters["TraceHeader"];
  const requestId = ports.entropy.uuid();
  let started: Record<string, unknown>;
  try {
    started = await api.call("StartExecution", input, caller);
  } catch (e) {
    if (e instanceof StepFunctionsApiError) throw optimizedIntegrationError("StepFunctions", "AWSStepFunctions", e, requestId);
    throw e;
  }
  const executionArn = started["executionArn"] as string;
  const answer: JsonObject = {
    ExecutionArn: executionArn,
    SdkHttpMetadata: httpMetadata(JSON.stringify(started), requestId, ports.clock.now()),
    SdkResponseMetadata: { RequestId: requestId },
    StartDate: epochMillis(started["startDate"]),
  };
  return { executionArn, answer };
}

/** The `.sync` result of a child that ended: its description, or States.TaskFailed with it as the cause. */
function childOutcome(description: Record<string, unknown>, parsePayloads: boolean): Json {
  const shaped = pascalDescription(description, parsePayloads);
  if (description["status"] === "SUCCEEDED") return shaped;
  throw new StatesError("States.TaskFailed", JSON.stringify(shaped));
}

/** DescribeExecution's answer as the optimized integration returns it: PascalCase, sorted, dates in epoch ms. */
function pascalDescription(description: Record<string, unknown>, parsePayloads: boolean): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(description).sort()) {
    const value = description[key];
    if (value === undefined) continue;
    const name = key[0]!.toUpperCase() + key.slice(1);
    if (key.endsWith("Date")) out[name] = epochMillis(value);
    else if ((key === "input" || key === "output") && parsePayloads && typeof value === "string") out[name] = JSON.parse(value) as Json;
    else out[name] = pascalKeys(value as Json);
  }
  return sortKeys(out);
}

function pascalKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(pascalKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k[0]!.toUpperCase() + k.slice(1), pascalKeys(v)]));
}

function sortKeys(value: JsonObject): JsonObject {
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, value[k]!]));
}

/** The API's epoch seconds (or a Date) as epoch milliseconds. */
function epochMillis(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  return Math.round(Number(value) * 1000);
}

/** The Java SDK's SdkHttpMetadata of a JSON 1.0 answer (recorded shape). */
function httpMetadata(body: string, requestId: string, now: Date): JsonObject {
  const length = String(utf8ByteLength(body));
  const date = now.toUTCString();
  return {
    AllHttpHeaders: {
      "x-amzn-RequestId": [requestId],
      connection: ["keep-alive"],
      "Content-Length": [length],
      Date: [date],
      "Content-Type": ["application/x-amz-json-1.0"],
    },
    HttpHeaders: { connection: "keep-alive", "Content-Length": length, "Content-Type": "application/x-amz-json-1.0", Date: date, "x-amzn-RequestId": requestId },
    HttpStatusCode: 200,
  };
}
