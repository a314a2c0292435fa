import type { Json } from "../core/json.ts";
import { setLongTimeout } from "./long-timeout.ts";
import type { TokenWaitJournal } from "./token-wait.ts";

/**
 * Everything the interpreter needs from the outside world, passed in rather than reached for, so
 * that the same core runs in a unit test, a Node or Deno server, or a Durable Object.
 */

/** Wall-clock time. */
export interface Clock {
  now(): Date;
}

/** Waiting: Wait states, Retry intervals. Implementations may scale or skip real time. */
export interface Timers {
  /** Resolves after `milliseconds` of (possibly scaled) time, or rejects when `signal` aborts. */
  sleep(milliseconds: number, signal?: AbortSignal): Promise<void>;
  /** Real milliseconds per millisecond of delay (default 1), so a checkpointed Wait knows what is left of it. */
  readonly scale?: number;
}

/** Sources of randomness and identity (UUIDs, States.MathRandom, jitter). */
export interface Entropy {
  random(): number;
  uuid(): string;
}

/** What a Task state hands to whoever runs it. */
export interface TaskRequest {
  /** The Task state's Resource ARN, as written in the definition. */
  resource: string;
  /** The effective input after InputPath/Parameters (JSONPath) or Arguments (JSONata). */
  input: Json;
  stateName: string;
  /** Present for `.waitForTaskToken` and `.sync` resources and activities (also as `$$.Task.Token`). */
  taskToken?: string;
  timeoutSeconds?: number;
  heartbeatSeconds?: number;
  /** Aborted when the state times out or the execution stops. */
  signal: AbortSignal;
  /** The context object as the state sees it ($$). */
  context: Json;
  /**
   * Activities: call when a worker takes the task (writes ActivityStarted with the worker's name).
   * If never called, the runtime writes the started event just before the result.
   */
  markStarted(workerName?: string): void;
  /**
   * Callback (`.waitForTaskToken`) and `.sync` integrations: records the service's answer to the
   * call that handed the task over (the TaskSubmitted event) before the task waits for its outcome.
   */
  submitted(output: Json): void;
  /**
   * A top-level Task of a durable run that waits on its token: report the wait (token-wait.ts) so a
   * continuation after a host loss picks it up; `resumed` when this request is that continuation.
   */
  tokenWait?: TokenWaitJournal;
}

/**
 * Runs Task states. Resolve with the task's result; reject with a StatesError (error name + cause)
 * for a task failure. Any other rejection is reported as States.TaskFailed.
 */
export type TaskExecutor = ((request: TaskRequest) => Promise<Json>) & {
  /**
   * Why this executor cannot take a task for the resource at all (e.g. the activity does not
   * exist): the Task state then fails with States.Runtime before writing any event of the task,
   * as AWS does (recorded: test_activity_task_on_deleted). Undefined when it can.
   */
  refuses?: (request: Pick<TaskRequest, "resource" | "stateName">) => string | undefined;
};

export const systemClock: Clock = { now: () => new Date() };

/** Real timers, with every delay multiplied by `scale` (0.001 makes a 10 s Wait take 10 ms); any delay, however long. */
export function scaledTimers(scale = 1): Timers {
  return {
    scale,
    sleep(milliseconds, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timeout = setLongTimeout(() => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        }, milliseconds * scale);
        const onAbort = () => {
          timeout.clear();
          reject(signal?.reason);
        };
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    },
  };
}

export const defaultEntropy: Entropy = {
  random: () => Math.random(),
  uuid: () => crypto.randomUUID(),
};
