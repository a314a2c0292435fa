import { HeartbeatTimeoutError, type StatesError } from "../core/errors.ts";
import type { JsonObject } from "../core/json.ts";
import type { Catcher, Retrier } from "../definition/types.ts";
import type { StateVisit } from "./state-visit.ts";
import { asStatesError } from "./state-visit.ts";
import { ExecutionInterrupted, LaneCancelled } from "./interruption.ts";
import { RetryPending, VisitStopped } from "./state-inspector.ts";

/**
 * Retry and Catch (spec "Error Handling"): retriers and catchers are tried in order; the first
 * whose ErrorEquals matches decides. States.Runtime is never retried or caught (DG
 * concepts-error-handling: "A retry or catch on States.ALL won't catch States.Runtime errors").
 * A heartbeat timeout, reported as States.Timeout, also matches States.HeartbeatTimeout.
 */
export function errorMatches(errorEquals: readonly string[], statesError: StatesError, inTask: boolean): boolean {
  const error = statesError.error;
  if (error === "States.Runtime") return false;
  if (errorEquals.includes(error) || errorEquals.includes("States.ALL")) return true;
  if (statesError instanceof HeartbeatTimeoutError && errorEquals.includes("States.HeartbeatTimeout")) return true;
  // States.TaskFailed is a wildcard for any error a Task raises, except States.Timeout.
  return inTask && errorEquals.includes("States.TaskFailed") && error !== "States.Timeout";
}

/** Delay before retry number `attempt` (0-based): Interval × Backoff^attempt, capped, jittered. */
export function retryDelaySeconds(retrier: Retrier, attempt: number, random: () => number): number {
  let delay = retrier.intervalSeconds * Math.pow(retrier.backoffRate, attempt);
  if (retrier.maxDelaySeconds !== undefined) delay = Math.min(delay, retrier.maxDelaySeconds);
  if (retrier.jitterStrategy === "FULL") delay = random() * delay;
  return delay;
}

/**
 * A durable run's view of a top-level Task's retries (task-checkpoints.ts): the counts a
 * continuation starts from, and each Retry interval as it begins, so it can be checkpointed.
 */
export interface RetryJournal {
  /** Continuing: each retrier's retries so far, their sum, and what is left (unscaled ms) of the interval it was sleeping. */
  readonly resumed?: { retries: readonly number[]; retryCount: number; sleepLeftMs?: number } | undefined;
  /** A Retry interval of `delayMs` (unscaled) begins; the counts include the retry it leads to. */
  sleeping(retries: readonly number[], retryCount: number, delayMs: number): void;
}

export type AttemptOutcome<T> = { kind: "succeeded"; value: T } | { kind: "caught"; catcher: Catcher; error: StatesError; errorOutput: JsonObject };

/**
 * Runs `attempt` until it succeeds, retrying per the retriers; when retries are exhausted (or none
 * matches), the first matching catcher catches the error; otherwise the error propagates.
 */
export async function runWithErrorHandling<T>(
  visit: StateVisit,
  retriers: readonly Retrier[],
  catchers: readonly Catcher[],
  attempt: (retryCount: number) => Promise<T>,
  /** Called once when an error will not be retried (before it is caught or propagated). */
  onFinalFailure?: (error: StatesError) => void,
  /** A top-level Task of a durable run: its retries are checkpointed and may be continued. */
  journal?: RetryJournal,
): Promise<AttemptOutcome<T>> {
  const inTask = visit.state.type === "Task";
  // A state tested alone (TestState) may start with retries already made.
  const inspector = visit.inspector;
  const resumed = journal?.resumed;
  const attemptsPerRetrier = retriers.map((_, index) => resumed?.retries[index] ?? inspector?.retrierRetryCount ?? 0);
  let retryCount = resumed?.retryCount ?? inspector?.retrierRetryCount ?? 0;
  // A continuation caught in a Retry interval sleeps what is left of it before the next attempt.
  if (resumed?.sleepLeftMs !== undefined && resumed.sleepLeftMs > 0) await visit.run.timers.sleep(resumed.sleepLeftMs, visit.ctx.signal);
  for (;;) {
    try {
      return { kind: "succeeded", value: await attempt(retryCount) };
    } catch (e) {
      if (e instanceof ExecutionInterrupted || e instanceof LaneCancelled || e instanceof VisitStopped) throw e;
      visit.throwIfCancelled();
      const error = visit.withStatePrefix(asStatesError(e));
      const index = retriers.findIndex((r) => errorMatches(r.errorEquals, error, inTask));
      const retrier = index >= 0 ? retriers[index]! : undefined;
      if (retrier && attemptsPerRetrier[index]! < retrier.maxAttempts) {
        const delay = retryDelaySeconds(retrier, attemptsPerRetrier[index]!, () => visit.run.entropy.random());
        if (inspector) {
          // TestState reports the retry (status RETRIABLE) rather than waiting for it.
          inspector.retrying(index, delay);
          throw new RetryPending(error);
        }
        attemptsPerRetrier[index]! += 1;
        retryCount += 1;
        journal?.sleeping(attemptsPerRetrier, retryCount, delay * 1000);
        await visit.run.timers.sleep(delay * 1000, visit.ctx.signal);
        continue;
      }
      if (retrier) inspector?.retriesExhausted(index);
      onFinalFailure?.(error);
      const catcherIndex = catchers.findIndex((c) => errorMatches(c.errorEquals, error, inTask));
      const catcher = catcherIndex >= 0 ? catchers[catcherIndex]! : undefined;
      if (!catcher) throw error;
      inspector?.caught(catcherIndex, error);
      return { kind: "caught", catcher, error, errorOutput: errorOutputOf(error) };
    }
  }
}

/**
 * The Error Output a Catcher passes on: `{"Error": ..., "Cause": ...}`. Recorded: a failure with
 * neither gives `{"Error": null, "Cause": null}`; a timeout (no cause) gives `"Cause": ""`.
 */
export function errorOutputOf(error: StatesError): JsonObject {
  const cause = error.causeText ?? (error.error === "States.Timeout" ? "" : null);
  return { Error: error.error === "" ? null : error.error, Cause: cause };
}
