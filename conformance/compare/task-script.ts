/**
 * Plays a case's scripted task worker in process: each invocation of a Task state takes that
 * state's next scripted response (the last one repeats). The same script drives activity workers
 * when a case runs against a remote target.
 */
import type { TaskResponse } from "./execution-case.ts";

interface TaskCall {
  stateName: string;
  signal: AbortSignal;
  /** The scripted worker takes the task at once (ActivityStarted, with its name), then answers or stays silent. */
  markStarted?: (workerName?: string) => void;
}

/** Error a scripted failure is thrown as; the runtime maps `{error, cause}` to the task's failure. */
export type FailureFactory = (error: string, cause: string | undefined) => Error;

export function scriptedTaskExecutor(responses: readonly TaskResponse[], fail: FailureFactory) {
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
    call.markStarted?.(response.workerName);
    if (response.hang) {
      return new Promise((_, reject) => call.signal.addEventListener("abort", () => reject(call.signal.reason), { once: true }));
    }
    if (response.error !== undefined) return Promise.reject(fail(response.error, response.cause));
    return Promise.resolve(response.output ?? null);
  };
}
