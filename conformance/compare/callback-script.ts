/**
 * Plays a case's `callbacks` in process: for each `.waitForTaskToken` Task state the script names, a
 * task handler stands in for the service the task calls (its answer is the entry's `submitted`,
 * recorded as TaskSubmitted) and then answers the task's token as the party that received it would:
 * `heartbeats` SendTaskHeartbeat calls, then SendTaskSuccess with `output` or SendTaskFailure with
 * `error`/`cause`, or nothing at all (the task then runs into its timeout). Each invocation of a
 * state takes that state's next entry; the last one repeats.
 *
 * The handlers follow the reference runtime's in-process handler port (`runExecution({ handlers })`,
 * runtime/integrations/task-handlers.ts), described here structurally so this module stays
 * independent of any runtime.
 */
import type { CallbackStep } from "./execution-case.ts";

/** What a callback handler is given: the task's token and the SendTask* calls for it. */
export interface CallbackContext {
  taskToken?: string;
  signal: AbortSignal;
  sendTaskSuccess(output: unknown): void;
  sendTaskFailure(error?: string, cause?: string): void;
  sendTaskHeartbeat(): void;
}

export type CallbackHandler = (input: unknown, ctx: CallbackContext) => Promise<unknown>;

/** The marker standing for the invocation's task token inside a scripted `output`. */
export const TASK_TOKEN_MARKER = "$taskToken";

/** One handler per state the script names, keyed by state name. */
export function callbackHandlers(steps: readonly CallbackStep[]): Record<string, CallbackHandler> {
  const used = new Map<string, number>();
  const handlers: Record<string, CallbackHandler> = {};
  for (const state of new Set(steps.map((step) => step.state))) {
    const mine = steps.filter((step) => step.state === state);
    handlers[state] = async (_input, ctx) => {
      const n = used.get(state) ?? 0;
      used.set(state, n + 1);
      const step = mine[Math.min(n, mine.length - 1)]!;
      // Answer once the service call has returned and the task waits on its token.
      setTimeout(() => answer(step, ctx), 0);
      return step.submitted ?? {};
    };
  }
  return handlers;
}

function answer(step: CallbackStep, ctx: CallbackContext): void {
  if (ctx.signal.aborted || step.send === undefined) return;
  try {
    for (let i = 0; i < (step.heartbeats ?? 0); i++) ctx.sendTaskHeartbeat();
    if (step.send === "success") ctx.sendTaskSuccess(withTaskToken(step.output ?? {}, ctx.taskToken));
    else ctx.sendTaskFailure(step.error, step.cause);
  } catch {
    // The token was spent meanwhile (the task timed out or the execution stopped): as for a real
    // worker, the late answer is refused and the execution's outcome stands.
  }
}

/** `value` with every `{"$taskToken": true}` replaced by the invocation's token. */
export function withTaskToken(value: unknown, token: string | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => withTaskToken(item, token));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === TASK_TOKEN_MARKER && record[TASK_TOKEN_MARKER] === true) return token ?? null;
  return Object.fromEntries(keys.map((key) => [key, withTaskToken(record[key], token)]));
}
