import type { Json, JsonObject } from "../core/json.ts";
import type { MapRunObserver } from "./map-run.ts";
import type { Clock, Entropy, TaskExecutor, Timers } from "./ports.ts";

export type ExecutionStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "TIMED_OUT" | "ABORTED";

/**
 * One history event in the shape GetExecutionHistory returns it: `id`, `previousEventId`,
 * `timestamp`, `type` and one `<type>EventDetails` member (payloads are JSON text, as on the wire).
 */
export interface HistoryEvent {
  id: number;
  previousEventId: number;
  timestamp: Date;
  type: string;
  [details: string]: unknown;
}

export interface ExecutionResult {
  status: Exclude<ExecutionStatus, "RUNNING">;
  /** Present when SUCCEEDED. */
  output?: Json;
  /** Present when FAILED / TIMED_OUT / ABORTED (when the failure has one). */
  error?: string;
  cause?: string;
  history: HistoryEvent[];
}

export interface RunExecutionOptions {
  /** The ASL definition, as JSON text or as a parsed object. */
  definition: string | JsonObject;
  /** Execution input (default `{}`). */
  input?: Json;
  stateMachineName?: string;
  executionName?: string;
  /** Defaults to arn:aws:states:us-east-1:123456789012:... */
  region?: string;
  accountId?: string;
  roleArn?: string;
  /** Runs Task states; when absent, Task states fail with States.TaskFailed naming the resource. */
  taskExecutor?: TaskExecutor;
  clock?: Clock;
  timers?: Timers;
  entropy?: Entropy;
  /** Multiplies every Wait/Retry delay when `timers` is not given (default 1). */
  timeScale?: number;
  /** Aborting stops the execution (status ABORTED). */
  signal?: AbortSignal;
  /** Hears of each Map Run (Distributed Map) as it starts, progresses and ends. */
  mapRunObserver?: MapRunObserver;
}
