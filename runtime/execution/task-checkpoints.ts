import type { Json } from "../core/json.ts";
import { remainingWaitMs, type TaskAnswer, type TaskAttemptCheckpoint, type TaskCheckpoint } from "./checkpoint.ts";
import type { RetryJournal } from "./error-handling.ts";
import type { StateVisit } from "./state-visit.ts";
import type { ResumedTokenWait, TokenWaitJournal } from "./token-wait.ts";

/**
 * The checkpoints a top-level Task of a durable run takes inside the state (checkpoint.ts
 * `TaskCheckpoint`): when a Retry interval begins, when its attempt waits on a task token (handed
 * over; taken by a worker; heartbeats; answered). Each covers the events written so far.
 *
 * Built from the checkpoint a continuation resumes, it gives back what the state needs to go on:
 * the retry counts, the interval left, and the attempt waiting on its token (same token, the
 * TimeoutSeconds and heartbeat clocks counted from the stored times).
 */
export class TaskCheckpoints {
  private retries: number[];
  private retryCount: number;
  /** The attempt a continuation picks up, until the first attempt takes it. */
  private resumedAttempt: TaskAttemptCheckpoint | undefined;
  readonly retryJournal: RetryJournal;

  constructor(
    private readonly visit: StateVisit,
    private readonly seconds: { timeoutSeconds: number | undefined; heartbeatSeconds: number | undefined },
    retrierCount: number,
    resumed: TaskCheckpoint | undefined,
  ) {
    this.retries = Array.from({ length: retrierCount }, (_, index) => resumed?.retries[index] ?? 0);
    this.retryCount = resumed?.retryCount ?? 0;
    this.resumedAttempt = resumed?.attempt;
    const retryWait = resumed?.retryWait;
    this.retryJournal = {
      resumed: resumed ? { retries: [...this.retries], retryCount: this.retryCount, ...(retryWait ? { sleepLeftMs: this.leftOf(retryWait.delayMs, retryWait.since) } : {}) } : undefined,
      sleeping: (retries, retryCount, delayMs) => {
        this.retries = [...retries];
        this.retryCount = retryCount;
        this.write({ retryWait: { delayMs, since: this.now() } });
      },
    };
  }

  /** The attempt in flight a continuation picks up (given once: later attempts are new). */
  takeResumedAttempt(): TaskAttemptCheckpoint | undefined {
    const attempt = this.resumedAttempt;
    this.resumedAttempt = undefined;
    return attempt;
  }

  /**
   * The journal of an attempt that waits on `token` (given to the executor as
   * `TaskRequest.tokenWait`): new, or the one a continuation picks up.
   */
  attempt(init: { token: string; input: Json; timeoutMs: number; activity: boolean } | { resumed: TaskAttemptCheckpoint; activity: boolean }): AttemptCheckpoints {
    if ("resumed" in init) return new AttemptCheckpoints(this, { ...init.resumed }, init.activity, true);
    return new AttemptCheckpoints(this, { token: init.token, input: init.input, began: this.now(), timeoutMs: init.timeoutMs }, init.activity, false);
  }

  get heartbeatSeconds(): number | undefined {
    return this.seconds.heartbeatSeconds;
  }

  /** What is left (unscaled ms) of `delayMs` that began at `since`. */
  leftOf(delayMs: number, since: string): number {
    return remainingWaitMs({ delayMs, since }, this.visit.run.clock.now(), this.visit.run.timers.scale ?? 1);
  }

  now(): string {
    return this.visit.run.clock.now().toISOString();
  }

  write(part: Pick<TaskCheckpoint, "retryWait" | "attempt">): void {
    const task: TaskCheckpoint = {
      retries: [...this.retries],
      retryCount: this.retryCount,
      ...(this.seconds.timeoutSeconds !== undefined ? { timeoutSeconds: this.seconds.timeoutSeconds } : {}),
      ...(this.seconds.heartbeatSeconds !== undefined ? { heartbeatSeconds: this.seconds.heartbeatSeconds } : {}),
      ...part,
    };
    this.visit.run.checkpointTask(this.visit, task);
  }
}

/**
 * One attempt waiting on its task token. Checkpoints are taken once the task is handed over
 * (before that, the attempt is not far enough along to be continued: the state reruns it).
 */
export class AttemptCheckpoints implements TokenWaitJournal {
  readonly resumed: ResumedTokenWait | undefined;
  private handed: boolean;

  constructor(
    private readonly task: TaskCheckpoints,
    private readonly state: TaskAttemptCheckpoint,
    private readonly activity: boolean,
    resumed: boolean,
  ) {
    this.handed = resumed;
    const heartbeatSeconds = task.heartbeatSeconds;
    this.resumed = resumed
      ? {
          taken: state.taken !== undefined,
          ...(heartbeatSeconds !== undefined && state.heartbeatAt !== undefined ? { heartbeatLeftMs: task.leftOf(heartbeatSeconds * 1000, state.heartbeatAt) } : {}),
        }
      : undefined;
  }

  get token(): string {
    return this.state.token;
  }

  get input(): Json {
    return this.state.input;
  }

  /** What is left (unscaled ms) of the attempt's TimeoutSeconds. */
  timeoutLeftMs(): number {
    return this.task.leftOf(this.state.timeoutMs, this.state.began);
  }

  /** The answer that had come before the host was lost (a continuation acts on it without waiting). */
  get answer(): TaskAnswer | undefined {
    return this.resumed ? this.state.answer : undefined;
  }

  handedOver(): void {
    this.handed = true;
    // A callback's heartbeat clock runs from when its token was registered, just before the call.
    if (!this.activity && this.task.heartbeatSeconds !== undefined) this.state.heartbeatAt ??= this.state.began;
    this.write();
  }

  /** A worker took the activity task (its ActivityStarted is written): the heartbeat clock starts. */
  taken(workerName: string | undefined): void {
    const at = this.task.now();
    this.state.taken = { at, ...(workerName !== undefined ? { workerName } : {}) };
    if (this.task.heartbeatSeconds !== undefined) this.state.heartbeatAt = at;
    this.write();
  }

  heartbeat(): void {
    if (this.task.heartbeatSeconds === undefined) return;
    const at = this.task.now();
    if (this.state.heartbeatAt === at) return;
    this.state.heartbeatAt = at;
    this.write();
  }

  answered(answer: TaskAnswer): void {
    this.state.answer = answer;
    this.write();
  }

  private write(): void {
    if (this.handed) this.task.write({ attempt: structuredClone(this.state) });
  }
}
