import type { StatesError } from "../core/errors.ts";
import type { Json, JsonObject } from "../core/json.ts";
import type { StateInfo } from "./context-object.ts";

/**
 * Observation hooks for one visit of one state, used by the TestState API (test-state/): the state
 * handlers report the intermediate values of their data flow, hand their work (task call,
 * branches, iterations) to a mock when there is one, and let Retry/Catch decisions be reported
 * instead of waited for. Executions run without an inspector, so none of this applies to them.
 */

/** Steps of a state's data flow, named as TestState's InspectionData names them. */
export type InspectionStep =
  | "afterInputPath"
  | "afterParameters"
  | "afterArguments"
  | "result"
  | "afterResultSelector"
  | "afterResultPath"
  | "afterItemsPath"
  | "afterItemSelector";

/** A Map state's evaluated settings, as InspectionData reports them. */
export type MapSetting = "maxConcurrency" | "toleratedFailureCount" | "toleratedFailurePercentage";

/** The tolerated failure thresholds a Map state sets (absent = not set). */
export interface MapTolerance {
  count?: number;
  percentage?: number;
}

/** The mocked outcome of a state's work. */
export interface WorkMock {
  /** The result of a Task's call or a Parallel's branches; throws the mocked error instead when there is one. */
  outcome(): Json;
  /** The result of a Map's iterations over `itemCount` items, or the error they end with. */
  mapOutcome(itemCount: number, tolerance: MapTolerance): Json;
}

export interface StateInspector {
  record(step: InspectionStep, value: Json): void;
  recordSetting(name: MapSetting, value: number): void;
  /** The context object (`$$`, `$states.context`) the state sees. */
  contextObject(state: StateInfo): JsonObject;
  /** Attempts the matching retrier has already made (TestState's `retrierRetryCount`). */
  readonly retrierRetryCount: number;
  /** A retrier matched and would retry after `delaySeconds`; the visit then stops (RetryPending). */
  retrying(retrierIndex: number, delaySeconds: number): void;
  /** A retrier matched but has no attempts left. */
  retriesExhausted(retrierIndex: number): void;
  /** A catcher caught `error`; the state continues with the catcher's output and Next. */
  caught(catcherIndex: number, error: StatesError): void;
  /** When set, the state's work is not done: this mock is its outcome. */
  readonly mock?: WorkMock;
  /** The items a Map's ItemReader would read (TestState's `mapItemReaderData`). */
  readonly itemReaderItems?: Json[];
}

/** Ends an inspected visit at once: Retry and Catch do not apply to it. */
export class VisitStopped extends Error {}

/** Ends an inspected visit where an execution would wait and retry the state. */
export class RetryPending extends VisitStopped {
  constructor(readonly error: StatesError) {
    super(`retry pending after ${error.error}`);
    this.name = "RetryPending";
  }
}
