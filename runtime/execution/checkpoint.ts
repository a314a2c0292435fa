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
}

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

/** The remaining part of a Wait that a checkpoint caught sleeping, in unscaled milliseconds. */
export function remainingWaitMs(wait: NonNullable<ExecutionCheckpoint["wait"]>, now: Date, timeScale: number): number {
  const elapsedRealMs = Math.max(0, now.getTime() - Date.parse(wait.since));
  return Math.max(0, wait.delayMs - (timeScale > 0 ? elapsedRealMs / timeScale : wait.delayMs));
}

/** When (wall clock, epoch ms) a Wait that a checkpoint caught sleeping wakes up. */
export function waitWakeTime(wait: NonNullable<ExecutionCheckpoint["wait"]>, timeScale: number): number {
  return Date.parse(wait.since) + wait.delayMs * timeScale;
}
