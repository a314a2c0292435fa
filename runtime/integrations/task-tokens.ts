import { HeartbeatTimeoutError, StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import { tooDeepOffset } from "../core/json-nesting.ts";
import type { Timers } from "../execution/ports.ts";
import type { TokenWaitJournal } from "../execution/token-wait.ts";

/**
 * The task tokens tasks wait on: an activity task, or any `.waitForTaskToken` (or `.sync`) Task,
 * waits here until SendTaskSuccess / SendTaskFailure answers its token. SendTaskHeartbeat restarts
 * the HeartbeatSeconds clock; a silent task fails with a heartbeat timeout (HeartbeatTimeoutError:
 * reported as States.Timeout, matched by States.HeartbeatTimeout in Retry and Catch). A token is spent
 * once its task has ended (answered, timed out, stopped).
 *
 * Errors are the SendTask* API's (TaskTokenError: `code` + AWS's message); the API server turns
 * them into its error answers, the `aws-sdk:sfn` integration into `Sfn.<code>Exception`.
 */
export class TaskTokenError extends Error {
  constructor(
    readonly code: "InvalidToken" | "TaskTimedOut" | "InvalidOutput",
    message: string,
  ) {
    super(message);
    this.name = "TaskTokenError";
  }
}

/** A task waiting on its token: `outcome` settles with the answer; `cancel` gives up waiting. */
export interface PendingTaskToken {
  readonly outcome: Promise<Json>;
  /** Spends the token without an answer (the task ended another way); `outcome` then never settles. */
  cancel(): void;
}

export interface ExpectOptions {
  /** SendTaskHeartbeat must come at least this often, else a heartbeat timeout (HeartbeatTimeoutError). */
  heartbeatSeconds?: number;
  /**
   * The HeartbeatSeconds clock starts at the first `heartbeat(token)` rather than now: an activity's
   * starts when a worker takes the task (DG: "For Activities, the count begins when GetActivityTask
   * receives a token and ActivityStarted is logged").
   */
  heartbeatClockStartsLater?: boolean;
  /** Aborting (state timeout, execution stopped) spends the token and rejects `outcome` with the reason. */
  signal?: AbortSignal;
  /**
   * The first heartbeat period is this long (unscaled ms) instead of HeartbeatSeconds, and starts
   * now even with `heartbeatClockStartsLater`: a continuation's remainder (token-wait.ts).
   */
  firstHeartbeatMs?: number;
  /** Told of heartbeats and of the answer (before the task hears it): a durable run's journal (token-wait.ts). */
  journal?: TokenWaitJournal;
}

interface Waiting {
  resolve(output: Json): void;
  reject(error: StatesError): void;
  /** (Re)starts the heartbeat clock for `periodMs` (default HeartbeatSeconds); a no-op without HeartbeatSeconds. */
  heartbeat(periodMs?: number): void;
  readonly journal: TokenWaitJournal | undefined;
}

/** The text inside the tokens this runtime makes: `<execution ARN>#<state>#<event id>#<uuid>` (states/task.ts). */
const TOKEN_TEXT = /^arn:[^#]+#.*#\d+#[^#]+$/s;

export class TaskTokens {
  private readonly waiting = new Map<string, Waiting>();
  private readonly spent = new Set<string>();

  constructor(private readonly timers: Timers) {}

  /** Starts waiting for `token`'s answer. Register before handing the token out. */
  expect(token: string, options: ExpectOptions = {}): PendingTaskToken {
    let settle!: { resolve(output: Json): void; reject(reason: unknown): void };
    const outcome = new Promise<Json>((resolve, reject) => (settle = { resolve, reject }));
    // A task that gave up waiting never reads its outcome: do not report it as unhandled.
    outcome.catch(() => undefined);
    let heartbeatAbort: AbortController | undefined;
    const end = () => {
      heartbeatAbort?.abort();
      options.signal?.removeEventListener("abort", onAbort);
      if (this.waiting.get(token) === waiting) this.waiting.delete(token);
      this.spent.add(token);
    };
    const onAbort = () => {
      end();
      settle.reject(options.signal?.reason);
    };
    const waiting: Waiting = {
      resolve: (output) => {
        end();
        settle.resolve(output);
      },
      reject: (error) => {
        end();
        settle.reject(error);
      },
      heartbeat: (periodMs) => {
        if (options.heartbeatSeconds === undefined) return;
        heartbeatAbort?.abort();
        heartbeatAbort = new AbortController();
        this.timers.sleep(periodMs ?? options.heartbeatSeconds * 1000, heartbeatAbort.signal).then(
          () => waiting.reject(new HeartbeatTimeoutError()),
          () => undefined,
        );
      },
      journal: options.journal,
    };
    this.waiting.set(token, waiting);
    this.spent.delete(token);
    if (options.signal?.aborted) onAbort();
    else {
      options.signal?.addEventListener("abort", onAbort, { once: true });
      if (options.firstHeartbeatMs !== undefined) waiting.heartbeat(Math.max(0, options.firstHeartbeatMs));
      else if (!options.heartbeatClockStartsLater) waiting.heartbeat();
    }
    return { outcome, cancel: end };
  }

  /** Whether a task is waiting on `token` now. */
  isWaiting(token: string): boolean {
    return this.waiting.has(token);
  }

  /** SendTaskSuccess: `outputText` must be JSON text. */
  succeed(token: string, outputText: string): void {
    const waiting = this.find(token);
    let output: Json;
    try {
      output = JSON.parse(outputText) as Json;
    } catch {
      throw new TaskTokenError("InvalidOutput", `Invalid Output: '${outputText}'`);
    }
    // Nested deeper than the service parses (json-nesting.ts): refused like text that is not JSON.
    if (tooDeepOffset(outputText) !== undefined) throw new TaskTokenError("InvalidOutput", `Invalid Output: '${outputText}'`);
    waiting.journal?.answered({ output });
    waiting.resolve(output);
  }

  /** SendTaskFailure: the task fails with `error` and `cause` (either may be absent). */
  fail(token: string, error: string | undefined, cause: string | undefined): void {
    const waiting = this.find(token);
    waiting.journal?.answered({ ...(error !== undefined ? { error } : {}), ...(cause !== undefined ? { cause } : {}) });
    waiting.reject(new StatesError(error ?? "", cause));
  }

  /** SendTaskHeartbeat (and an activity worker taking its task). */
  heartbeat(token: string): void {
    const waiting = this.find(token);
    waiting.heartbeat();
    waiting.journal?.heartbeat();
  }

  private find(token: string): Waiting {
    const waiting = this.waiting.get(token);
    if (waiting) return waiting;
    // Recorded (aws-sdk:sfn:sendTaskSuccess with a made-up token): "Invalid Token: 'Invalid token'".
    if (!this.spent.has(token) && !isRuntimeToken(token)) throw new TaskTokenError("InvalidToken", "Invalid Token: 'Invalid token'");
    // A real token whose task has ended (unrecorded; AWS's documented TaskTimedOut error).
    throw new TaskTokenError("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
  }
}

/** Whether `token` has the shape of the tokens this runtime hands out. */
export function isRuntimeToken(token: string): boolean {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(atob(token), (c) => c.charCodeAt(0)));
    return TOKEN_TEXT.test(text);
  } catch {
    return false;
  }
}
