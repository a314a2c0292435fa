import type { Hono } from "hono";
import { defaultEntropy, scaledTimers, systemClock, type Clock, type Entropy, type TaskExecutor, type Timers } from "../execution/ports.ts";
import type { ExecutionJournal } from "../execution/checkpoint.ts";
import type { MockConfig } from "../integrations/mock-config.ts";
import type { TaskHandlers } from "../integrations/task-handlers.ts";
import type { ServiceModelSource } from "./model/service-model-source.ts";
import { createApp } from "./app.ts";
import { ServiceState } from "./store.ts";

export interface ServiceOptions {
  clock?: Clock;
  entropy?: Entropy;
  timers?: Timers;
  /** Multiplies Wait/Retry delays when `timers` is not given (e.g. 0.01 in test suites). */
  timeScale?: number;
  /** Runs the Task states that no mock, handler, built-in integration or activity answers. */
  taskExecutor?: TaskExecutor;
  /** In-process handlers standing in for services, by state name or resource ARN (README "Task states"). */
  handlers?: TaskHandlers;
  /** A Step Functions Local mock configuration (parseMockConfig): StartExecution on `<machine ARN>#<test case>` runs a test case. */
  mockConfig?: MockConfig;
  /** The HTTP Task's fetch (default: the global fetch). */
  fetch?: typeof fetch;
  /** GetActivityTask's long poll in (unscaled) seconds; default 60 as on AWS. */
  activityPollSeconds?: number;
  /** Told of work that outlives its request (running executions); see ServicePorts.background. */
  background?: (work: Promise<unknown>) => void;
  /** Other services' API models (TestState mock validation); default: Step Functions' own only. See ServicePorts.serviceModels. */
  serviceModels?: ServiceModelSource;
  /** Makes STANDARD executions durable: checkpoints and ends go to this journal (persistence/durable-accounts.ts). */
  journal?: ExecutionJournal;
}

/** The reference runtime behind the Step Functions API, as a fetch handler (`app.fetch`). */
export function createService(options: ServiceOptions = {}): { app: Hono; state: ServiceState } {
  const state = new ServiceState({
    clock: options.clock ?? systemClock,
    entropy: options.entropy ?? defaultEntropy,
    timers: options.timers ?? scaledTimers(options.timeScale ?? 1),
    ...(options.taskExecutor ? { taskExecutor: options.taskExecutor } : {}),
    ...(options.activityPollSeconds !== undefined ? { activityPollSeconds: options.activityPollSeconds } : {}),
    ...(options.handlers ? { handlers: options.handlers } : {}),
    ...(options.mockConfig ? { mockConfig: options.mockConfig } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.background ? { background: options.background } : {}),
    ...(options.serviceModels ? { serviceModels: options.serviceModels } : {}),
    ...(options.journal ? { journal: options.journal } : {}),
  });
  return { app: createApp(state), state };
}
