import type { Json, JsonObject } from "../../core/json.ts";
import type { State } from "../../definition/types.ts";
import type { Clock, Entropy, TaskExecutor, Timers } from "../ports.ts";
import { VisitStopped } from "../state-inspector.ts";

/** What TestState is asked to do: run one parsed state once, maybe with a mock (TestStateInput). */

export type InspectionLevel = "INFO" | "DEBUG" | "TRACE";

/** `mock.result` (parsed) or `mock.errorOutput`. */
export type TestStateMock = { kind: "result"; result: Json } | { kind: "error"; error: string; cause?: string };

/** `stateConfiguration`. */
export interface TestStateConfiguration {
  retrierRetryCount?: number;
  errorCausedByState?: string;
  mapIterationFailureCount?: number;
  /** What the Map's ItemReader would read, as text in its source format. */
  mapItemReaderData?: string;
}

export interface TestStateOptions {
  state: State;
  /** The state's input (default `{}`). */
  input?: Json;
  inspectionLevel?: InspectionLevel;
  /** Workflow variables visible to the state. */
  variables?: JsonObject;
  mock?: TestStateMock;
  /** A context object replacing the one TestState builds (only with a mock). */
  context?: JsonObject;
  configuration?: TestStateConfiguration;
  /** The role the state runs with; Task states without a mock need one. */
  roleArn?: string;
  region?: string;
  accountId?: string;
  clock?: Clock;
  entropy?: Entropy;
  timers?: Timers;
  /** Runs Task states that have no mock. */
  taskExecutor?: TaskExecutor;
}

/**
 * A request TestState refuses: AWS answers ValidationException, or InvalidDefinition for state types
 * it cannot test. `message` is AWS's text where a recording shows it. Thrown before the state runs,
 * or while it runs when only then the request shows to be impossible (it then ends the visit).
 */
export class TestStateRequestError extends VisitStopped {
  constructor(
    readonly code: "ValidationException" | "InvalidDefinition",
    message: string,
  ) {
    super(message);
    this.name = "TestStateRequestError";
  }
}

export const invalidRequest = (message: string) => new TestStateRequestError("ValidationException", message);
