import type { ExecutionResult, RunExecutionOptions } from "./types.ts";

/** Runs one execution of a state machine to its end, in process. */
export async function runExecution(_options: RunExecutionOptions): Promise<ExecutionResult> {
  throw new Error("runExecution: interpreter not wired yet");
}
