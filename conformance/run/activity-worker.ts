/**
 * Plays an execution case's `taskResponses` as activity workers over the API: one GetActivityTask
 * long poll at a time per activity, from before the execution starts until it ends. Each task
 * takes its Task state's next scripted response (the last one repeats), as the in-process
 * scripted executor does (conformance/compare/task-script.ts):
 *   {output}         → SendTaskSuccess with the output as JSON text
 *   {error, cause?}  → SendTaskFailure
 *   {hang: true}     → the task is taken (ActivityStarted) and never answered, so its
 *                      TimeoutSeconds / HeartbeatSeconds fire
 *   {heartbeats: N}  → before any of the above, N SendTaskHeartbeat calls, each after a pause of
 *                      `heartbeatEveryMs` times the target's time scale
 *   no entry         → SendTaskFailure States.TaskFailed, as in process
 * GetActivityTask does not say which state a task is for; when several Task states share an
 * activity, each poll carries its own workerName and the execution history's ActivityStarted
 * event with that name leads (previousEventId) to the state. When an activity runs one state, its
 * polls carry the script's `workerName` (what ActivityStarted records), if it gives one.
 */
import type { TaskResponse } from "../compare/execution-case.ts";
import type { Transport } from "../api/transport.ts";
import { call, CaseAborted, ProtocolError, sleep } from "./api-call.ts";

export interface WorkerActivity {
  /** The created activity's ARN. */
  arn: string;
  /** The Task states that run it. */
  states: string[];
}

export interface ActivityWorkerOptions {
  transport: Transport;
  activities: WorkerActivity[];
  responses: readonly TaskResponse[];
  /** The execution's ARN once started (to find a task's state when an activity is shared). */
  executionArn: () => string | undefined;
  /** A prefix for worker names. */
  workerName: string;
  /** Pause after a failed poll before the next one (ms). */
  retryDelayMs?: number;
  /** The target's time scale: multiplies the script's `heartbeatEveryMs` (default 1). */
  timeScale?: number;
}

export interface ActivityWorker {
  /** Stops polling (aborting long polls in flight) and waits for the loops to end. */
  stop(): Promise<void>;
  /** What the worker did, one line per task (for failure reports). */
  readonly log: string[];
  /** A non-protocol answer the worker met (the case is then ERROR), if any. */
  readonly problem: () => string | undefined;
}

export function startActivityWorker(options: ActivityWorkerOptions): ActivityWorker {
  const controller = new AbortController();
  const signal = controller.signal;
  const used = new Map<string, number>();
  const log: string[] = [];
  let problem: string | undefined;
  let polls = 0;

  const peekResponse = (state: string): TaskResponse | undefined => {
    const mine = options.responses.filter((r) => r.state === state);
    return mine.length === 0 ? undefined : mine[Math.min(used.get(state) ?? 0, mine.length - 1)];
  };
  const nextResponse = (state: string): TaskResponse | undefined => {
    const response = peekResponse(state);
    if (response) used.set(state, (used.get(state) ?? 0) + 1);
    return response;
  };
  /** The poll's worker name: the script's `workerName` when the activity's one state has one, else a unique name. */
  const pollName = (activity: WorkerActivity): string => {
    const scripted = activity.states.length === 1 ? peekResponse(activity.states[0]!)?.workerName : undefined;
    return scripted ?? `${options.workerName}-${++polls}`;
  };

  const stateOf = async (activity: WorkerActivity, workerName: string): Promise<string> => {
    if (activity.states.length === 1) return activity.states[0]!;
    const executionArn = options.executionArn();
    if (executionArn) {
      const events: Array<Record<string, unknown>> = [];
      let nextToken: string | undefined;
      do {
        const page = await call(options.transport, "GetExecutionHistory", { executionArn, maxResults: 1000, ...(nextToken ? { nextToken } : {}) }, signal);
        if (!page.ok) break;
        events.push(...((page.body["events"] as Array<Record<string, unknown>> | undefined) ?? []));
        nextToken = page.body["nextToken"] as string | undefined;
      } while (nextToken);
      const byId = new Map(events.map((e) => [e["id"], e]));
      const started = events.find((e) => e["type"] === "ActivityStarted" && (e["activityStartedEventDetails"] as Record<string, unknown> | undefined)?.["workerName"] === workerName);
      let event = started;
      for (let hops = 0; event && hops < 4; hops++) {
        const name = (event["stateEnteredEventDetails"] as Record<string, unknown> | undefined)?.["name"];
        if (typeof name === "string" && activity.states.includes(name)) return name;
        event = byId.get(event["previousEventId"]);
      }
    }
    return activity.states[0]!;
  };

  const answer = async (activity: WorkerActivity, token: string, workerName: string): Promise<void> => {
    const state = await stateOf(activity, workerName);
    const response = nextResponse(state);
    for (let beat = 0; beat < (response?.heartbeats ?? 0); beat++) {
      await sleep((response?.heartbeatEveryMs ?? 0) * (options.timeScale ?? 1), signal);
      const result = await call(options.transport, "SendTaskHeartbeat", { taskToken: token }, signal);
      log.push(`${state}: SendTaskHeartbeat${result.ok ? "" : ` answered ${result.status} ${result.code}: ${result.message}`}`);
      if (!result.ok) {
        if (!result.protocol) problem ??= `SendTaskHeartbeat answered HTTP ${result.status}\n${result.message}`;
        // The task ended meanwhile (e.g. TaskTimedOut): nothing left to answer.
        return;
      }
    }
    let operation: string;
    let request: Record<string, unknown>;
    if (response?.hang) {
      log.push(`${state}: took the task and stays silent`);
      return;
    }
    if (!response) {
      operation = "SendTaskFailure";
      request = { taskToken: token, error: "States.TaskFailed", cause: `No scripted response for Task state '${state}'` };
    } else if (response.error !== undefined) {
      operation = "SendTaskFailure";
      request = { taskToken: token, error: response.error, ...(response.cause !== undefined ? { cause: response.cause } : {}) };
    } else {
      operation = "SendTaskSuccess";
      request = { taskToken: token, output: JSON.stringify(response.output ?? null) };
    }
    const result = await call(options.transport, operation, request, signal);
    log.push(`${state}: ${operation}${result.ok ? "" : ` answered ${result.status} ${result.code}: ${result.message}`}`);
    if (!result.ok && !result.protocol) problem ??= `${operation} answered HTTP ${result.status}\n${result.message}`;
  };

  const loop = async (activity: WorkerActivity): Promise<void> => {
    while (!signal.aborted) {
      const workerName = pollName(activity);
      try {
        const result = await call(options.transport, "GetActivityTask", { activityArn: activity.arn, workerName }, signal);
        if (!result.ok) {
          if (!result.protocol) problem ??= `GetActivityTask answered HTTP ${result.status}\n${result.message}`;
          log.push(`GetActivityTask answered ${result.status} ${result.code}: ${result.message}`);
          await sleep(options.retryDelayMs ?? 100, signal);
          continue;
        }
        const token = result.body["taskToken"];
        if (typeof token === "string" && token !== "") await answer(activity, token, workerName);
      } catch (e) {
        if (e instanceof CaseAborted || signal.aborted) return;
        if (e instanceof ProtocolError) problem ??= e.message;
        await sleep(options.retryDelayMs ?? 100, signal).catch(() => undefined);
      }
    }
  };

  const loops = options.activities.map((activity) => loop(activity));
  return {
    log,
    problem: () => problem,
    async stop() {
      controller.abort("the execution ended");
      await Promise.all(loops);
    },
  };
}
