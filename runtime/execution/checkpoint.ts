import type { Json } from "../core/json.ts";
import type { GraphResumePoint } from "./resume-point.ts";
import type { ExecutionResult, HistoryEvent } from "./types.ts";

/**
 * Where a running execution can be continued from after its host lost it (a Durable Object
 * evicted, a process restarted): taken at each boundary of a top-level state, so at most the
 * state in flight runs again, never a finished transition. Plain JSON, stored with the events it
 * covers (docs/edge-design.md).
 *
 * The history is cut back to `eventCount` events when continuing: events written after the
 * checkpoint belong to the state in flight, which writes them again.
 */
export interface ExecutionCheckpoint {
  /** The history's first `eventCount` events are the ones this checkpoint follows. */
  eventCount: number;
  /** The event the top-level lane's next event links back to. */
  laneEventId: number;
  /** The state to run (or being run), its input and the variables it sees; kept branch/iteration outcomes when it is being redriven. */
  point: GraphResumePoint;
  /** Set once the state's Entered event is written: continuing does not write it again. */
  entered?: { eventId: number; previousEventId: number; time: string };
  /** A Wait state sleeping: its whole delay (unscaled milliseconds) and when it began (wall clock, ISO). */
  wait?: { delayMs: number; since: string };
  /** A Task state waiting on its task token or sleeping before a retry (a top-level Task only). */
  task?: TaskCheckpoint;
}

/**
 * Where a top-level Task state is, inside the state: its retries so far, and either the attempt
 * in flight, waiting on its task token (an activity, a `.waitForTaskToken` call), or the Retry
 * interval it sleeps before its next attempt. The checkpoint's `eventCount` covers the events the
 * Task wrote so far (Scheduled, Started, Submitted, a failed attempt's), so a continuation writes
 * none of them again and picks the task up with the same token.
 */
export interface TaskCheckpoint {
  /** Each retrier's retries so far, in Retry order. */
  retries: number[];
  /** All retries so far (`$$.State.RetryCount`). */
  retryCount: number;
  /** TimeoutSeconds / HeartbeatSeconds as the state resolved them (literal, path or JSONata). */
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** Sleeping before the next attempt: the Retry interval (unscaled milliseconds) and when it began (wall clock, ISO). */
  retryWait?: { delayMs: number; since: string };
  /** The attempt in flight, waiting on its task token. */
  attempt?: TaskAttemptCheckpoint;
}

export interface TaskAttemptCheckpoint {
  token: string;
  /** The effective input handed over (an activity not yet taken is queued again with it). */
  input: Json;
  /** When the attempt began (wall clock, ISO): its TimeoutSeconds counts from here. */
  began: string;
  /** The attempt's TimeoutSeconds in unscaled milliseconds (the state's, or the documented default). */
  timeoutMs: number;
  /** Activities: a worker took the task (ActivityStarted is written): when, and its name. */
  taken?: { at: string; workerName?: string };
  /** When the HeartbeatSeconds clock last (re)started: a callback handed over, a worker took the task, a heartbeat came. */
  heartbeatAt?: string;
  /** SendTaskSuccess / SendTaskFailure answered before the host could go on with it. */
  answer?: TaskAnswer;
}

/** A task token's answer: SendTaskSuccess's output, or SendTaskFailure's error and cause. */
export type TaskAnswer = { output: Json } | { error?: string; cause?: string };

/** How a run ended, with what a later redrive needs. */
export interface ExecutionEnd {
  outcome: Omit<ExecutionResult, "history">;
  /** Where the run stopped (undefined after a success). */
  resumePoint: GraphResumePoint | undefined;
  stopDate: Date;
}

/**
 * The port through which an execution's progress is made durable. Called synchronously, in order;
 * `events` is the execution's whole history so far (the journal writes those it has not written).
 */
export interface ExecutionJournal {
  checkpoint(executionArn: string, checkpoint: ExecutionCheckpoint, events: readonly HistoryEvent[]): void;
  ended(executionArn: string, end: ExecutionEnd, events: readonly HistoryEvent[]): void;
}

/** The remaining part of a Wait (or Retry interval) that a checkpoint caught sleeping, in unscaled milliseconds. */
export function remainingWaitMs(wait: NonNullable<ExecutionCheckpoint["wait"]>, now: Date, timeScale: number): number {
  const elapsedRealMs = Math.max(0, now.getTime() - Date.parse(wait.since));
  return Math.max(0, wait.delayMs - (timeScale > 0 ? elapsedRealMs / timeScale : wait.delayMs));
}

/** When (wall clock, epoch ms) a Wait that a checkpoint caught sleeping wakes up. */
export function waitWakeTime(wait: NonNullable<ExecutionCheckpoint["wait"]>, timeScale: number): number {
  return Date.parse(wait.since) + wait.delayMs * timeScale;
}

/**
 * When (wall clock, epoch ms) the host must be back for an execution caught at `checkpoint`: the
 * end of its Wait or Retry interval, or its Task's TimeoutSeconds or heartbeat deadline;
 * undefined when nothing in the checkpoint is due at a known time.
 */
export function checkpointWakeTime(checkpoint: ExecutionCheckpoint, timeScale: number): number | undefined {
  if (checkpoint.wait) return waitWakeTime(checkpoint.wait, timeScale);
  const task = checkpoint.task;
  if (task?.retryWait) return waitWakeTime(task.retryWait, timeScale);
  const attempt = task?.attempt;
  if (!attempt) return undefined;
  // Answered: due at once (the answer is to be acted on).
  if (attempt.answer) return Date.parse(attempt.began);
  const timeoutAt = waitWakeTime({ delayMs: attempt.timeoutMs, since: attempt.began }, timeScale);
  if (task.heartbeatSeconds === undefined || attempt.heartbeatAt === undefined) return timeoutAt;
  return Math.min(timeoutAt, waitWakeTime({ delayMs: task.heartbeatSeconds * 1000, since: attempt.heartbeatAt }, timeScale));
}
