import type { Json, JsonObject } from "../core/json.ts";
import type { MockConfig } from "../integrations/mock-config.ts";
import type { StepFunctionsApi } from "../integrations/step-functions-api.ts";
import type { TaskHandlers } from "../integrations/task-handlers.ts";
import type { TaskTokens } from "../integrations/task-tokens.ts";
import type { ExecutionJournal } from "./checkpoint.ts";
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
  /**
   * Runs the Task states nothing else answers (mocks, handlers and the built-in integrations come
   * first; see runtime/integrations/integration-executor.ts). Its value is the task's result.
   * A Task nothing answers fails with States.Runtime naming the resource and the state.
   */
  taskExecutor?: TaskExecutor;
  /** In-process handlers standing in for services, by state name or resource ARN (runtime/integrations/task-handlers.ts). */
  handlers?: TaskHandlers;
  /**
   * Runs the execution as a test case of a Step Functions Local mock configuration: the Task states
   * the test case names answer with their mocked responses. The configuration's state machine is
   * `stateMachineName` (default "StateMachine").
   */
  mock?: { config: MockConfig; testCase: string };
  /** The task tokens callback tasks wait on; share one to answer them from outside (default: one per execution). */
  taskTokens?: TaskTokens;
  /** The Step Functions API behind nested executions and `aws-sdk:sfn:*` tasks (the API server passes itself). */
  stepFunctions?: StepFunctionsApi;
  /** The HTTP Task's fetch (default: the global fetch). */
  fetch?: typeof fetch;
  clock?: Clock;
  timers?: Timers;
  entropy?: Entropy;
  /** Multiplies every Wait/Retry delay when `timers` is not given (default 1). */
  timeScale?: number;
  /** Aborting stops the execution (status ABORTED). */
  signal?: AbortSignal;
  /** Hears of each Map Run (Distributed Map) as it starts, progresses and ends. */
  mapRunObserver?: MapRunObserver;
  /** Makes the execution durable: checkpoints at each top-level state boundary, then its end (checkpoint.ts). */
  journal?: ExecutionJournal;
}
