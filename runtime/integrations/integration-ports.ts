import type { Clock, Entropy, Timers } from "../execution/ports.ts";
import type { StepFunctionsApi } from "./step-functions-api.ts";
import type { TaskTokens } from "./task-tokens.ts";

/** What the built-in integrations need from their host. */
export interface IntegrationPorts {
  clock: Clock;
  timers: Timers;
  entropy: Entropy;
  /** The task tokens callback and `.sync` tasks wait on (shared with SendTask* of the API). */
  taskTokens: TaskTokens;
  /** The runtime's own API, for nested executions and `aws-sdk:sfn:*` (absent in a lone in-process run). */
  stepFunctions: StepFunctionsApi | undefined;
  /** The HTTP Task's fetch (default: the global fetch). */
  fetch: typeof fetch;
}
