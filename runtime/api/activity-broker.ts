import type { Json } from "../core/json.ts";
import type { TaskExecutor, TaskRequest, Timers } from "../execution/ports.ts";
import type { TaskTokens } from "../integrations/task-tokens.ts";

/**
 * Hands activity tasks to workers: a Task state on an activity ARN waits in the activity's queue
 * until GetActivityTask takes it (long poll), then until SendTaskSuccess / SendTaskFailure answer
 * its token. The tokens (heartbeats, heartbeat timeouts, spent tokens) are the service's
 * TaskTokens, shared with every other task that waits on a token.
 *
 * In a durable run (`request.tokenWait`, token-wait.ts) the broker reports when the task is queued;
 * a continuation after a host loss queues it again under the same token when no worker had taken
 * it, and otherwise only waits for the worker's answer to that token (heartbeat clock restored).
 */
interface PendingTask {
  token: string;
  activityArn: string;
  request: TaskRequest;
  taken: boolean;
}

interface Waiter {
  deliver(task: PendingTask): void;
}

export class ActivityBroker {
  private readonly queues = new Map<string, PendingTask[]>();
  private readonly waiters = new Map<string, Waiter[]>();

  constructor(
    private readonly timers: Timers,
    private readonly tokens: TaskTokens,
  ) {}

  /** The task executor for activity resources. */
  readonly executor: TaskExecutor = (request) => {
    const token = request.taskToken ?? crypto.randomUUID();
    const journal = request.tokenWait;
    const resumed = journal?.resumed;
    // Stopped or timed out: the token is spent, the task withdrawn, and the Task state learns why.
    // The HeartbeatSeconds clock starts when a worker takes the task (take()), not while it is queued.
    const pending = this.tokens.expect(token, {
      signal: request.signal,
      heartbeatClockStartsLater: true,
      ...(request.heartbeatSeconds !== undefined ? { heartbeatSeconds: request.heartbeatSeconds } : {}),
      ...(resumed?.taken && resumed.heartbeatLeftMs !== undefined ? { firstHeartbeatMs: resumed.heartbeatLeftMs } : {}),
      ...(journal ? { journal } : {}),
    });
    const task: PendingTask = { token, activityArn: request.resource, request, taken: resumed?.taken ?? false };
    const withdraw = () => {
      const queue = this.queues.get(request.resource);
      const index = queue?.indexOf(task) ?? -1;
      if (queue && index >= 0) queue.splice(index, 1);
    };
    // A task a worker had taken before the host was lost is not queued again: its worker answers it.
    if (!task.taken && !request.signal.aborted) {
      const waiter = this.waiters.get(request.resource)?.shift();
      if (waiter) waiter.deliver(task);
      else this.queues.set(request.resource, [...(this.queues.get(request.resource) ?? []), task]);
      if (!resumed) journal?.handedOver();
    }
    return pending.outcome.finally(withdraw) as Promise<Json>;
  };

  /** GetActivityTask: the next task of the activity, waiting up to `pollMs`; undefined when none came. */
  async take(activityArn: string, workerName: string | undefined, pollMs: number): Promise<{ taskToken: string; input: string } | undefined> {
    const queued = this.queues.get(activityArn)?.shift();
    const task = queued ?? (await this.waitFor(activityArn, pollMs));
    if (!task) return undefined;
    task.taken = true;
    task.request.markStarted(workerName);
    if (this.tokens.isWaiting(task.token)) this.tokens.heartbeat(task.token);
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
}
