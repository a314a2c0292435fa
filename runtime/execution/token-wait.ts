import type { TaskAnswer } from "./checkpoint.ts";

/**
 * How a Task that waits on its task token (an activity, a `.waitForTaskToken` call) tells the
 * execution's journal where it is, so that a continuation on another host (checkpoint.ts) picks it
 * up with the same token: given to the task executor as `TaskRequest.tokenWait` for a top-level
 * Task of a durable run only. The executors that hand a token out and wait on it (the activity
 * broker, callback-task.ts) report to it; TaskTokens reports heartbeats and answers.
 */
export interface TokenWaitJournal {
  /**
   * Set when this wait continues one a lost host had begun: the task was handed over already
   * (an activity queued or taken, a callback's service call made), so it is not handed over again.
   */
  readonly resumed?: ResumedTokenWait;
  /** The token is registered and the task handed over (an activity queued, a callback's call answered). */
  handedOver(): void;
  /** The HeartbeatSeconds clock restarted (a worker took the task, SendTaskHeartbeat). */
  heartbeat(): void;
  /** SendTaskSuccess / SendTaskFailure answered the token: stored before the answer is acted on. */
  answered(answer: TaskAnswer): void;
}

export interface ResumedTokenWait {
  /** Activities: a worker had taken the task (it is not queued again). */
  taken: boolean;
  /** What is left (unscaled ms) of the heartbeat period running when the host was lost; undefined: no heartbeat clock ran. */
  heartbeatLeftMs?: number;
}
