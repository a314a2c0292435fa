import type { StatesError } from "../../core/errors.ts";
import type { Json, JsonObject } from "../../core/json.ts";
import type { State } from "../../definition/types.ts";
import type { StateInfo } from "../context-object.ts";
import type { InspectionStep, MapSetting, StateInspector, WorkMock } from "../state-inspector.ts";

/** TestState's `inspectionData` (DEBUG and TRACE levels), with JSON values rather than JSON text. */
export interface InspectionData {
  input?: Json;
  afterInputPath?: Json;
  afterParameters?: Json;
  afterArguments?: Json;
  result?: Json;
  afterResultSelector?: Json;
  afterResultPath?: Json;
  afterItemsPath?: Json;
  afterItemSelector?: Json;
  maxConcurrency?: number;
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
  variables?: JsonObject;
  errorDetails?: ErrorDetails;
}

export interface ErrorDetails {
  retryIndex?: number;
  retryBackoffIntervalSeconds?: number;
  catchIndex?: number;
}

/** What one inspected visit recorded: its data-flow values, Map settings and Retry/Catch decisions. */
export class Inspection implements StateInspector {
  private readonly steps = new Map<InspectionStep, Json>();
  private readonly settings = new Map<MapSetting, number>();
  private readonly errorDetails: ErrorDetails = {};
  /** The error a catcher caught (the visit then ends with CAUGHT_ERROR). */
  caughtError: StatesError | undefined;

  constructor(
    readonly retrierRetryCount: number,
    private readonly buildContext: (state: StateInfo) => JsonObject,
    readonly mock: WorkMock | undefined,
    readonly itemReaderItems: Json[] | undefined,
  ) {}

  record(step: InspectionStep, value: Json): void {
    this.steps.set(step, value);
  }

  recordSetting(name: MapSetting, value: number): void {
    this.settings.set(name, value);
  }

  contextObject(state: StateInfo): JsonObject {
    return this.buildContext(state);
  }

  retrying(retrierIndex: number, delaySeconds: number): void {
    this.errorDetails.retryIndex = retrierIndex;
    this.errorDetails.retryBackoffIntervalSeconds = Math.round(delaySeconds);
  }

  retriesExhausted(retrierIndex: number): void {
    this.errorDetails.retryIndex = retrierIndex;
  }

  caught(catcherIndex: number, error: StatesError): void {
    this.errorDetails.catchIndex = catcherIndex;
    this.caughtError = error;
  }

  /** The InspectionData AWS reports for `state`: the steps it reached, of those AWS shows for its type. */
  data(state: State, input: Json, variables: JsonObject): InspectionData {
    const data: InspectionData = { input };
    for (const step of reportedSteps(state)) {
      if (this.steps.has(step)) data[step] = this.steps.get(step)!;
    }
    if (state.type === "Map") for (const [name, value] of this.settings) data[name] = value;
    if (Object.keys(variables).length > 0) data.variables = variables;
    if (Object.keys(this.errorDetails).length > 0) data.errorDetails = { ...this.errorDetails };
    return data;
  }
}

/**
 * Which data-flow steps InspectionData shows, per state type and query language, as recorded
 * (test_base_inspection_level_*, test_state_task_context_object, test_state_map_context_object,
 * test_*parallel_state_mock_success, test_map_state_failure_count, test_state_machine_with_state_error):
 * JSONata states show only `input`, plus `afterArguments` and `result` for a Task; a JSONPath Pass
 * with `Result` skips input processing; a Parallel shows no input processing and no raw result; a
 * Map shows no raw result; Choice, Wait, Succeed and Fail show `afterInputPath`. Not recorded, from
 * the API docs: `afterItemSelector` (the selected items) for a Map with an ItemSelector, in both
 * query languages; the Wait state is assumed to show what the other flow states show.
 */
function reportedSteps(state: State): readonly InspectionStep[] {
  if (state.queryLanguage === "JSONata") {
    if (state.type === "Task") return ["afterArguments", "result"];
    if (state.type === "Map") return ["afterItemSelector"];
    return [];
  }
  switch (state.type) {
    case "Pass":
      return state.result !== undefined
        ? ["result", "afterResultSelector", "afterResultPath"]
        : ["afterInputPath", "afterParameters", "afterResultSelector", "afterResultPath"];
    case "Task":
      return ["afterInputPath", "afterParameters", "result", "afterResultSelector", "afterResultPath"];
    case "Map":
      return ["afterInputPath", "afterItemsPath", "afterItemSelector", "afterResultSelector", "afterResultPath"];
    case "Parallel":
      return ["afterResultSelector", "afterResultPath"];
    case "Choice":
    case "Wait":
    case "Succeed":
    case "Fail":
      return ["afterInputPath"];
  }
}
