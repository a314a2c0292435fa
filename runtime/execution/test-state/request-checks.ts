import type { Json } from "../../core/json.ts";
import { isJsonObject } from "../../core/json.ts";
import type { MapState, ParallelState, State, StateGraph } from "../../definition/types.ts";
import { classifyResource } from "../task-resource.ts";
import { checkMockedContext } from "./test-state-context.ts";
import { invalidRequest, TestStateRequestError, type TestStateConfiguration, type TestStateOptions } from "./test-state-request.ts";

/**
 * The checks TestState makes before running a state, in the order the recordings show them
 * (test_state_mock_validation, test_state_configuration, test_test_state_scenarios). Messages
 * marked "ours" are not recorded; they follow the recorded ones' pattern.
 */
export function checkTestStateRequest(options: TestStateOptions): void {
  const { state, mock, configuration = {} } = options;
  const mockable = state.type === "Task" || state.type === "Map" || state.type === "Parallel";
  if (mock && !mockable) throw invalidRequest(`State type '${state.type}' is not supported when a mock is specified`);
  if (!mock) {
    // Recorded for MapIterationFailureCount (even on a Map state, before the Map check below).
    for (const [field, name] of CONFIGURATION_FIELDS) {
      if (configuration[field] !== undefined) throw invalidRequest(`TestState does not support ${name} when a mock is not specified.`);
    }
    if (options.context !== undefined) throw invalidRequest("TestState does not support Context when a mock is not specified."); // ours
    if (state.type === "Map" || state.type === "Parallel") {
      throw new TestStateRequestError(
        "InvalidDefinition",
        "TestState API does not support Map or Parallel states. Supported state types include: [Task, Wait, Pass, Succeed, Fail, Choice]",
      );
    }
    if (state.type === "Task") checkUnmockedTask(state.resource, options.roleArn);
  }
  if (options.context !== undefined) checkMockedContext(options.context);
  if (mock?.kind === "result") {
    if (state.type === "Parallel") checkParallelResult(state, mock.result);
    if (state.type === "Map") checkMapResult(state, mock.result);
  }
  checkConfiguration(state, configuration);
}

const CONFIGURATION_FIELDS: ReadonlyArray<[keyof TestStateConfiguration, string]> = [
  ["retrierRetryCount", "RetrierRetryCount"],
  ["errorCausedByState", "ErrorCausedByState"],
  ["mapIterationFailureCount", "MapIterationFailureCount"],
  ["mapItemReaderData", "MapItemReaderData"],
];

/** API docs: activities, `.sync` and `.waitForTaskToken` can only be tested with a mock. */
function checkUnmockedTask(resource: string, roleArn: string | undefined): void {
  if (roleArn === undefined) throw invalidRequest("RoleArn must be specified when testing a Task state");
  const kind = classifyResource(resource);
  if (kind.kind === "activity" || (kind.kind === "integration" && kind.pattern !== "request-response")) {
    throw invalidRequest("TestState supports activity tasks and .sync or .waitForTaskToken service integrations only when a mock is specified."); // ours
  }
}

function checkParallelResult(state: ParallelState, result: Json): void {
  if (!Array.isArray(result)) throw invalidRequest("Mocked result must be an array.");
  if (result.length !== state.branches.length) throw invalidRequest("Mocked result must contain the same number of items as number of Parallel branches.");
}

/** With a ResultWriter a Map's result is the writer's answer (an object); otherwise the array of outputs. */
function checkMapResult(state: MapState, result: Json): void {
  if (state.resultWriter !== undefined) {
    if (!isJsonObject(result)) throw invalidRequest("Mocked result must be a JSON object.");
  } else if (!Array.isArray(result)) {
    throw invalidRequest("Mocked result must be an array."); // recorded for Parallel; assumed the same for Map
  }
}

function checkConfiguration(state: State, configuration: TestStateConfiguration): void {
  const { errorCausedByState, mapIterationFailureCount, mapItemReaderData } = configuration;
  if (errorCausedByState !== undefined) {
    const nested = state.type === "Map" ? [state.processor] : state.type === "Parallel" ? state.branches : [];
    if (!nested.some((graph) => containsState(graph, errorCausedByState))) {
      // ours
      throw invalidRequest(`ErrorCausedByState must name a state inside the Map or Parallel state under test: '${errorCausedByState}' is not one.`);
    }
  }
  if (mapIterationFailureCount !== undefined && state.type !== "Map") {
    throw invalidRequest("MapIterationFailureCount can only be specified when testing a Map state."); // ours
  }
  if (mapItemReaderData !== undefined && (state.type !== "Map" || state.itemReader === undefined)) {
    throw invalidRequest("MapItemReaderData can only be specified when testing a Map state with an ItemReader."); // ours
  }
  if (state.type === "Map" && state.itemReader !== undefined && mapItemReaderData === undefined) {
    throw invalidRequest("TestState needs MapItemReaderData to test a Map state with an ItemReader."); // ours
  }
}

function containsState(graph: StateGraph, name: string): boolean {
  for (const state of graph.states.values()) {
    if (state.name === name) return true;
    if (state.type === "Map" && containsState(state.processor, name)) return true;
    if (state.type === "Parallel" && state.branches.some((branch) => containsState(branch, name))) return true;
  }
  return false;
}
