/**
 * Plays a case's scripted task worker in process: each invocation of a Task state takes that
 * state's next scripted response (the last one repeats). The same script drives activity workers
 * when a case runs against a remote target.
 *
 * Given the runtime's task-token registry (`tokens`), an activity task is played as a worker of
 * the service would play it: the task waits on its token (so HeartbeatSeconds is enforced), the
 * worker takes it (ActivityStarted), sends `heartbeats` SendTaskHeartbeat calls `heartbeatEveryMs`
 * apart (times the time scale), then answers the token — or stays silent (`hang`). The registry is
 * described structurally (the reference runtime's TaskTokens fits), so this module stays
 * independent of any runtime. Without a registry, a task is answered directly and its heartbeats
 * are not played.
 */
import type { TaskResponse } from "./execution-case.ts";

interface TaskCall {
  stateName: string;
  signal: AbortSignal;
  /** The Task state's Resource (an activity ARN plays through the token registry). */
  resource?: string;
  /** The task's token (activities, callbacks, .sync). */
  taskToken?: string;
  heartbeatSeconds?: number;
  /** The scripted worker takes the task at once (ActivityStarted, with its name), then answers or stays silent. */
  markStarted?: (workerName?: string) => void;
}

/** The SendTask* side of a runtime's task tokens (runtime/integrations/task-tokens.ts' TaskTokens). */
export interface TaskTokenRegistry {
  expect(token: string, options: { heartbeatSeconds?: number; signal?: AbortSignal }): { readonly outcome: Promise<unknown>; cancel(): void };
  heartbeat(token: string): void;
  succeed(token: string, outputText: string): void;
  fail(token: string, error: string | undefined, cause: string | undefined): void;
}

/** Error a scripted failure is thrown as; the runtime maps `{error, cause}` to the task's failure. */
export type FailureFactory = (error: string, cause: string | undefined) => Error;

export interface TaskScriptOptions {
  /** The runtime's task tokens: activity tasks wait on them and the worker answers through them. */
  tokens?: TaskTokenRegistry;
  /** Multiplies `heartbeatEveryMs` (the runtime's time scale; default 1). */
  timeScale?: number;
}

const ACTIVITY_ARN = /^arn:[^:]+:states:[^:]*:[^:]*:activity:[^:]+$/;

export function scriptedTaskExecutor(responses: readonly TaskResponse[], fail: FailureFactory, options: TaskScriptOptions = {}) {
  const used = new Map<string, number>();
  return (call: TaskCall): Promise<unknown> => {
    const mine = responses.filter((r) => r.state === call.stateName);
    if (mine.length === 0) {
      call.markStarted?.();
      return Promise.reject(fail("States.TaskFailed", `No scripted response for Task state '${call.stateName}'`));
    }
    const n = used.get(call.stateName) ?? 0;
    used.set(call.stateName, n + 1);
    const response = mine[Math.min(n, mine.length - 1)]!;
    if (options.tokens && call.taskToken !== undefined && call.resource !== undefined && ACTIVITY_ARN.test(call.resource)) {
      return playActivityTask(response, call, call.taskToken, options.tokens, options.timeScale ?? 1);
    }
    call.markStarted?.(response.workerName);
    if (response.hang) {
      return new Promise((_, reject) => call.signal.addEventListener("abort", () => reject(call.signal.reason), { once: true }));
    }
    if (response.error !== undefined) return Promise.reject(fail(response.error, response.cause));
    return Promise.resolve(response.output ?? null);
  };
}

/** The activity task waits on its token; the scripted worker takes it, heartbeats, then answers (or not). */
function playActivityTask(response: TaskResponse, call: TaskCall, token: string, tokens: TaskTokenRegistry, timeScale: number): Promise<unknown> {
  const pending = tokens.expect(token, { signal: call.signal, ...(call.heartbeatSeconds !== undefined ? { heartbeatSeconds: call.heartbeatSeconds } : {}) });
  call.markStarted?.(response.workerName);
  void work(response, call.signal, token, tokens, timeScale);
  return pending.outcome.finally(() => pending.cancel());
}

async function work(response: TaskResponse, signal: AbortSignal, token: string, tokens: TaskTokenRegistry, timeScale: number): Promise<void> {
  try {
    for (let i = 0; i < (response.heartbeats ?? 0); i++) {
      await pause((response.heartbeatEveryMs ?? 0) * timeScale, signal);
      tokens.heartbeat(token);
    }
    if (response.hang) return;
    if (response.error !== undefined) tokens.fail(token, response.error, response.cause);
    else tokens.succeed(token, JSON.stringify(response.output ?? null));
  } catch {
    // The task ended meanwhile (timed out, stopped): as for a real worker, the late call is refused.
  }
}

function pause(milliseconds: number, signal: AbortSignal): Promise<void> {
  if (milliseconds <= 0) return signal.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(handle);
      reject(signal.reason);
    };
    const handle = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
