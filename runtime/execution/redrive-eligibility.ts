import type { ExecutionStatus } from "./types.ts";

/**
 * Whether an execution can be redriven now, by the rules of the RedriveExecution API docs:
 * STANDARD only; not RUNNING or SUCCEEDED; within 14 days of its stop; not past the one-year
 * maximum open time; fewer than 24,999 history events (room for ExecutionRedriven and one more).
 * The reasons are DescribeExecution's documented `redriveStatusReason` texts (two of them recorded:
 * "Execution is SUCCEEDED and cannot be redriven", "Execution is RUNNING and cannot be redriven").
 */
export type RedriveStatus = { redriveStatus: "REDRIVABLE" } | { redriveStatus: "NOT_REDRIVABLE"; redriveStatusReason: string };

export interface RedriveFacts {
  status: ExecutionStatus;
  type: "STANDARD" | "EXPRESS";
  startDate: Date;
  /** When the execution (its latest run) ended. */
  stopDate: Date | undefined;
  /** Events in its history. */
  historyLength: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** "This period starts from the day a state machine completes its execution." */
export const REDRIVABLE_PERIOD_MS = 14 * DAY_MS;
/** "The workflow execution has not exceeded the maximum open time of one year." */
export const MAX_OPEN_TIME_MS = 365 * DAY_MS;
/** "The execution event history count is less than 24,999." */
export const REDRIVE_HISTORY_LIMIT = 24_999;

/** The API's answer for EXPRESS machines (recorded for the other operations they do not support). */
export const EXPRESS_NOT_SUPPORTED = "This operation is not supported by this type of state machine";

export function redriveStatusOf(facts: RedriveFacts, now: Date): RedriveStatus {
  const no = (redriveStatusReason: string): RedriveStatus => ({ redriveStatus: "NOT_REDRIVABLE", redriveStatusReason });
  if (facts.type === "EXPRESS") return no(EXPRESS_NOT_SUPPORTED);
  if (facts.status === "RUNNING" || facts.status === "SUCCEEDED") return no(`Execution is ${facts.status} and cannot be redriven`);
  if (facts.historyLength >= REDRIVE_HISTORY_LIMIT) return no("Execution history event limit exceeded");
  if (now.getTime() - facts.startDate.getTime() > MAX_OPEN_TIME_MS) return no("Execution has exceeded the max execution time");
  if (facts.stopDate && now.getTime() - facts.stopDate.getTime() > REDRIVABLE_PERIOD_MS) return no("Execution redrivable period exceeded");
  return { redriveStatus: "REDRIVABLE" };
}

/** Thrown by redriveExecution when the execution cannot be redriven; the message is the reason. */
export class ExecutionNotRedrivableError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "ExecutionNotRedrivableError";
  }
}
