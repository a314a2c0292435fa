import type { Hono } from "hono";
import { defaultEntropy, scaledTimers, systemClock, type Clock, type Entropy, type TaskExecutor, type Timers } from "../execution/ports.ts";
import { createApp } from "./app.ts";
import { ServiceState } from "./store.ts";

export interface ServiceOptions {
  clock?: Clock;
  entropy?: Entropy;
  timers?: Timers;
  /** Multiplies Wait/Retry delays when `timers` is not given (e.g. 0.01 in test suites). */
  timeScale?: number;
  taskExecutor?: TaskExecutor;
  /** GetActivityTask's long poll in (unscaled) seconds; default 60 as on AWS. */
  activityPollSeconds?: number;
}

/** The reference runtime behind the Step Functions API, as a fetch handler (`app.fetch`). */
export function createService(options: ServiceOptions = {}): { app: Hono; state: ServiceState } {
  const state = new ServiceState({
    clock: options.clock ?? systemClock,
    entropy: options.entropy ?? defaultEntropy,
    timers: options.timers ?? scaledTimers(options.timeScale ?? 1),
    ...(options.taskExecutor ? { taskExecutor: options.taskExecutor } : {}),
    ...(options.activityPollSeconds !== undefined ? { activityPollSeconds: options.activityPollSeconds } : {}),
  });
  return { app: createApp(state), state };
}
