import type { Json, JsonObject } from "../../core/json.ts";
import { isJsonObject } from "../../core/json.ts";
import { parseDefinition, parseStateDefinition } from "../../definition/parse-definition.ts";
import { formatInvalidDefinitionMessage } from "../../definition/problems.ts";
import type { State, StateGraph } from "../../definition/types.ts";
import type { InspectionData } from "../../execution/test-state/inspection.ts";
import { LONE_STATE_NAME, testState, type TestStateResult } from "../../execution/test-state/test-state.ts";
import { type InspectionLevel, type TestStateMock, TestStateRequestError } from "../../execution/test-state/test-state-request.ts";
import { ApiError, validation } from "../api-error.ts";
import { type FieldValidationMode, validateMockResult } from "../mock-result-schema.ts";
import { stepFunctionsModelSource } from "../model/service-model-source.ts";
import type { RequestContext } from "../request-context.ts";
import type { ServiceState } from "../store.ts";
import type { Input } from "./common.ts";
import { parseInput } from "./executions.ts";

/**
 * TestState: runs one state (the definition is that state, or a machine plus `stateName`) through
 * the runtime's TestState core (execution/test-state/) and answers TestStateOutput. This layer
 * decodes the request's JSON-text members, checks the mock, and encodes the answer.
 */
export async function testStateOperation(input: Input, ctx: RequestContext, service: ServiceState) {
  const mock = parseMock(input["mock"] as MockInput | undefined);
  if (mock && input["revealSecrets"] === true) throw validation("TestState does not support RevealSecrets when a mock is specified.");
  const state = stateUnderTest(input["definition"] as string, input["stateName"] as string | undefined);
  const stateInput = parseInput((input["input"] as string | undefined) ?? "{}");
  const configuration = (input["stateConfiguration"] as Record<string, unknown> | undefined) ?? {};
  if (mock?.kind === "result" && state.type === "Task") {
    const mode = ((input["mock"] as MockInput).fieldValidationMode ?? "STRICT") as FieldValidationMode;
    await validateMockResult(state.resource, mock.result, mode, service.ports.serviceModels ?? stepFunctionsModelSource);
  }
  try {
    const result = await testState({
      state,
      input: stateInput,
      inspectionLevel: (input["inspectionLevel"] as InspectionLevel | undefined) ?? "INFO",
      ...optional("variables", parseObject(input["variables"], "Variables must be a JSON object")), // message ours
      ...optional("context", parseObject(input["context"], "Invalid Context object provided: it must be a JSON object")), // message ours
      ...optional("mock", mock),
      configuration: {
        ...optional("retrierRetryCount", configuration["retrierRetryCount"] as number | undefined),
        ...optional("errorCausedByState", configuration["errorCausedByState"] as string | undefined),
        ...optional("mapIterationFailureCount", configuration["mapIterationFailureCount"] as number | undefined),
        ...optional("mapItemReaderData", configuration["mapItemReaderData"] as string | undefined),
      },
      ...optional("roleArn", input["roleArn"] as string | undefined),
      region: ctx.region,
      accountId: ctx.account,
      clock: service.ports.clock,
      entropy: service.ports.entropy,
      timers: service.ports.timers,
      taskExecutor: service.taskExecutor,
    });
    return encode(result);
  } catch (e) {
    if (e instanceof TestStateRequestError) throw new ApiError(e.code, e.message);
    throw e;
  }
}

interface MockInput {
  result?: string;
  errorOutput?: { error?: string; cause?: string };
  fieldValidationMode?: string;
}

/** Recorded messages: test_state_mock_validation, test_base_lambda_service_task_mock_is_not_json_string. */
function parseMock(mock: MockInput | undefined): TestStateMock | undefined {
  if (mock === undefined) return undefined;
  const hasResult = mock.result !== undefined;
  const hasError = mock.errorOutput !== undefined;
  if (hasResult === hasError) throw validation("A test mock should have only one of the following fields: [result, errorOutput].");
  if (hasError) {
    const { error, cause } = mock.errorOutput!;
    if (error === undefined) throw validation("The error field is required when a mock specifies errorOutput."); // ours (API docs: required)
    return { kind: "error", error, ...optional("cause", cause) };
  }
  try {
    return { kind: "result", result: JSON.parse(mock.result!) as Json };
  } catch {
    throw validation("Mocked result must be valid JSON");
  }
}

/** The state to test: the definition itself (one state), or the state named `stateName` of a machine. */
function stateUnderTest(definition: string, stateName: string | undefined): State {
  if (stateName === undefined) {
    const parsed = parseStateDefinition(definition, LONE_STATE_NAME);
    if (!parsed.ok) throw new ApiError("InvalidDefinition", formatInvalidDefinitionMessage(parsed.problems));
    return parsed.state;
  }
  const parsed = parseDefinition(definition);
  if (!parsed.ok) throw new ApiError("InvalidDefinition", formatInvalidDefinitionMessage(parsed.problems));
  const state = findState(parsed.definition, stateName);
  if (!state) throw validation("State not found in definition");
  return state;
}

/** A state anywhere in the machine, nested graphs (Parallel branches, Map processors) included. */
function findState(graph: StateGraph, name: string): State | undefined {
  const direct = graph.states.get(name);
  if (direct) return direct;
  for (const state of graph.states.values()) {
    const nested = state.type === "Parallel" ? state.branches : state.type === "Map" ? [state.processor] : [];
    for (const inner of nested) {
      const found = findState(inner, name);
      if (found) return found;
    }
  }
  return undefined;
}

function parseObject(text: unknown, message: string): JsonObject | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text as string);
  } catch {
    throw validation(message);
  }
  if (!isJsonObject(value)) throw validation(message);
  return value;
}

/** TestStateOutput: payloads as JSON text, InspectionData's numbers and errorDetails as they are. */
function encode(result: TestStateResult): Record<string, unknown> {
  return {
    status: result.status,
    ...optional("output", result.output === undefined ? undefined : JSON.stringify(result.output)),
    ...optional("error", result.error),
    ...optional("cause", result.cause),
    ...optional("nextState", result.nextState),
    ...optional("inspectionData", result.inspectionData && encodeInspectionData(result.inspectionData)),
  };
}

function encodeInspectionData(data: InspectionData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    if (value === undefined) continue;
    const numeric = name === "maxConcurrency" || name === "toleratedFailureCount" || name === "toleratedFailurePercentage";
    out[name] = numeric || name === "errorDetails" ? value : JSON.stringify(value);
  }
  return out;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
