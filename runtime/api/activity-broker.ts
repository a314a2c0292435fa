import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import type { TaskExecutor, TaskRequest, Timers } from "../execution/ports.ts";
import { ApiError } from "./api-error.ts";

/**
 * Hands activity tasks to workers: a Task state on an activity ARN waits in the activity's queue
 * until GetActivityTask takes it (long poll), then until SendTaskSuccess / SendTaskFailure answer
 * with its token. SendTaskHeartbeat keeps a HeartbeatSeconds task alive; a silent one fails with
 * States.HeartbeatTimeout. Tokens are invalid once their task has ended.
 */
interface PendingTask {
  token: string;
  activityArn: string;
  request: TaskRequest;
  resolve(output: Json): void;
  reject(error: StatesError): void;
  /** Restarts the heartbeat clock. */
  heartbeat(): void;
  taken: boolean;
}

interface Waiter {
  deliver(task: PendingTask): void;
}

export class ActivityBroker {
  private readonly queues = new Map<string, PendingTask[]>();
  private readonly waiters = new Map<string, Waiter[]>();
  private readonly byToken = new Map<string, PendingTask>();
  private readonly ended = new Set<string>();

  constructor(private readonly timers: Timers) {}

  /** The task executor for activity resources. */
  readonly executor: TaskExecutor = (request) =>
    new Promise<Json>((resolve, reject) => {
      const token = request.taskToken ?? crypto.randomUUID();
      let heartbeatAbort: AbortController | undefined;
      const settle = () => {
        heartbeatAbort?.abort();
        this.byToken.delete(token);
        this.ended.add(token);
        const queue = this.queues.get(request.resource);
        const index = queue?.indexOf(task) ?? -1;
        if (queue && index >= 0) queue.splice(index, 1);
      };
      const task: PendingTask = {
        token,
        activityArn: request.resource,
        request,
        taken: false,
        resolve: (output) => {
          settle();
          resolve(output);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
        heartbeat: () => {
          if (request.heartbeatSeconds === undefined) return;
          heartbeatAbort?.abort();
          heartbeatAbort = new AbortController();
          this.timers.sleep(request.heartbeatSeconds * 1000, heartbeatAbort.signal).then(
            () => task.reject(new StatesError("States.HeartbeatTimeout")),
            () => undefined,
          );
        },
      };
      this.byToken.set(token, task);
      request.signal.addEventListener("abort", () => settle(), { once: true });
      task.heartbeat();
      const waiter = this.waiters.get(request.resource)?.shift();
      if (waiter) waiter.deliver(task);
      else this.queues.set(request.resource, [...(this.queues.get(request.resource) ?? []), task]);
    });

  /** GetActivityTask: the next task of the activity, waiting up to `pollMs`; undefined when none came. */
  async take(activityArn: string, workerName: string | undefined, pollMs: number): Promise<{ taskToken: string; input: string } | undefined> {
    const queued = this.queues.get(activityArn)?.shift();
    const task = queued ?? (await this.waitFor(activityArn, pollMs));
    if (!task) return undefined;
    task.taken = true;
    task.request.markStarted(workerName);
    return { taskToken: task.token, input: JSON.stringify(task.request.input) };
  }

  private waitFor(activityArn: string, pollMs: number): Promise<PendingTask | undefined> {
    return new Promise((resolve) => {
      const abort = new AbortController();
      const waiter: Waiter = {
        deliver: (task) => {
          abort.abort();
          resolve(task);
        },
      };
      this.waiters.set(activityArn, [...(this.waiters.get(activityArn) ?? []), waiter]);
      this.timers.sleep(pollMs, abort.signal).then(
        () => {
          const list = this.waiters.get(activityArn) ?? [];
          this.waiters.set(activityArn, list.filter((w) => w !== waiter));
          resolve(undefined);
        },
        () => undefined,
      );
    });
  }

  private find(token: string): PendingTask {
    const task = this.byToken.get(token);
    if (task) return task;
    if (this.ended.has(token)) throw new ApiError("TaskTimedOut", `Task Timed Out: '${token}'`);
    throw new ApiError("InvalidToken", `Invalid Token: '${token}'`);
  }

  succeed(token: string, outputText: string): void {
    const task = this.find(token);
    let output: Json;
    try {
      output = JSON.parse(outputText) as Json;
    } catch {
      throw new ApiError("InvalidOutput", `Invalid Output: '${outputText}'`);
    }
    task.resolve(output);
  }

  fail(token: string, error: string | undefined, cause: string | undefined): void {
    this.find(token).reject(new StatesError(error ?? "", cause));
  }

  heartbeat(token: string): void {
    this.find(token).heartbeat();
  }
}
