/**
 * Runs one execution case through an in-process `runExecution` and compares its outcome. The
 * interpreter is injected, so this harness does not depend on any particular runtime.
 */
import type { Mismatch } from "./compare-json.ts";
import type { ExecutionCase } from "./execution-case.ts";
import { formatMismatches } from "./format.ts";
import { matchHistory } from "./match-history.ts";
import { type FailureFactory, scriptedTaskExecutor, type TaskTokenRegistry } from "./task-script.ts";
import { callbackHandlers } from "./callback-script.ts";
import { compareOutcome } from "./outcome.ts";


/** Any in-process runner shaped like the reference runtime's `runExecution`. */
export type ExecutionRunner = (options: Record<string, unknown>) => Promise<unknown>;

export interface CaseRunOptions {
  /** Multiplies Wait/Retry delays (default 0.001). */
  timeScale?: number;
  /** Abandons the run after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Also match the case's expected history events, when it has some (default false). */
  compareHistory?: boolean;
  /** How the runtime under test wants a scripted task failure thrown (e.g. as its StatesError). */
  failure?: FailureFactory;
  /**
   * A fresh task-token registry of the runtime under test for one run, at its time scale (the
   * reference runtime: `new TaskTokens(scaledTimers(timeScale))`). Given, scripted activity tasks
   * wait on their tokens (HeartbeatSeconds enforced) and the worker heartbeats and answers through
   * it; the run gets it too (`taskTokens`).
   */
  taskTokens?: (timeScale: number) => TaskTokenRegistry;
}

export interface CaseRunResult {
  passed: boolean;
  mismatches: Mismatch[];
  /** Set when the run threw or timed out instead of returning an outcome. */
  crash?: string;
  /** One readable paragraph explaining a failure ("" when passed). */
  report: string;
}

/** Runs `testCase` and compares the outcome with its expectation. Never throws. */
export async function runCase(testCase: ExecutionCase, run: ExecutionRunner, options: CaseRunOptions = {}): Promise<CaseRunResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`timed out after ${timeoutMs} ms`);
      reject(error); // before aborting, so the race reports the timeout, not the runner's abort error
      controller.abort(error);
    }, timeoutMs);
  });
  const timeScale = options.timeScale ?? 0.001;
  const tokens = options.taskTokens?.(timeScale);
  try {
    const result = (await Promise.race([
      run({
        definition: testCase.definition,
        input: testCase.input,
        timeScale,
        signal: controller.signal,
        ...(tokens ? { taskTokens: tokens } : {}),
        ...(testCase.taskResponses && options.failure
          ? { taskExecutor: scriptedTaskExecutor(testCase.taskResponses, options.failure, { ...(tokens ? { tokens } : {}), timeScale }) }
          : {}),
        ...mockOptions(testCase),
        ...(testCase.callbacks ? { handlers: callbackHandlers(testCase.callbacks) } : {}),
      }),
      timeout,
    ])) as { status: string; output?: unknown; error?: string; cause?: string; history?: unknown[] };
    const mismatches = compareOutcome(testCase.expected, result, testCase.placeholders ?? []);
    if (options.compareHistory && testCase.history) {
      const actualEvents = (result.history ?? []).map((event) => wireForm(event));
      mismatches.push(...matchHistory(testCase.history, actualEvents, { ...(testCase.historyMatching ?? {}), placeholders: testCase.placeholders ?? [] }));
    }
    return { passed: mismatches.length === 0, mismatches, report: mismatches.length ? formatMismatches(mismatches) : "" };
  } catch (error) {
    const crash = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { passed: false, mismatches: [], crash, report: `run did not complete: ${crash}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A case with a mock configuration runs as its test case, under the name of the configuration's
 * one state machine (Step Functions Local: StartExecution on `<state machine ARN>#<test case>`).
 */
export function mockOptions(testCase: ExecutionCase): Record<string, unknown> {
  if (!testCase.mockConfig || testCase.mockTestCase === undefined) return {};
  const [stateMachineName] = Object.keys(testCase.mockConfig.StateMachines);
  return { mock: { config: testCase.mockConfig, testCase: testCase.mockTestCase }, stateMachineName };
}

/** A history event as it travels on the wire: Date timestamps become ISO text. */
function wireForm(event: unknown): unknown {
  if (event === null || typeof event !== "object") return event;
  const copy: Record<string, unknown> = { ...(event as Record<string, unknown>) };
  if (copy["timestamp"] instanceof Date) copy["timestamp"] = (copy["timestamp"] as Date).toISOString();
  return copy;
}
