import { parseDefinitionOrThrow } from "../definition/parse-definition.ts";
import type { StateMachineDefinition } from "../definition/types.ts";
import { ExecutionRun } from "./execution-run.ts";
import { defaultEntropy, scaledTimers, systemClock } from "./ports.ts";
import type { ExecutionResult, HistoryEvent, RunExecutionOptions } from "./types.ts";

const DEFAULT_REGION = "us-east-1";
const DEFAULT_ACCOUNT = "123456789012";

/**
 * Runs one execution of a state machine to its end, in process, and returns its outcome and full
 * history. Throws InvalidDefinitionError (AWS's message) when the definition is invalid.
 */
export async function runExecution(options: RunExecutionOptions): Promise<ExecutionResult> {
  return startExecution(options).done;
}

/** A running execution: its live history, its end, and a way to stop it. */
export interface ExecutionHandle {
  readonly executionArn: string;
  readonly executionName: string;
  readonly startDate: Date;
  /** Events so far (grows while the execution runs). */
  readonly history: readonly HistoryEvent[];
  readonly done: Promise<ExecutionResult>;
  /** Stops the execution (status ABORTED), optionally with StopExecution's error and cause. */
  stop(error?: string, cause?: string): void;
}

/**
 * Starts an execution and returns at once; the execution goes on in the background (the API
 * server's StartExecution). `definition` may be pre-parsed to avoid parsing it per execution.
 */
export function startExecution(options: RunExecutionOptions & { parsed?: StateMachineDefinition; stateMachineArn?: string; redriveCount?: number }): ExecutionHandle {
  const definition: StateMachineDefinition = options.parsed ?? parseDefinitionOrThrow(options.definition);
  const clock = options.clock ?? systemClock;
  const entropy = options.entropy ?? defaultEntropy;
  const region = options.region ?? DEFAULT_REGION;
  const account = options.accountId ?? DEFAULT_ACCOUNT;
  const stateMachineName = options.stateMachineName ?? "StateMachine";
  const executionName = options.executionName ?? entropy.uuid();
  const stateMachineArn = options.stateMachineArn ?? `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}`;
  const run = new ExecutionRun(
    definition,
    {
      executionArn: `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${executionName}`,
      executionName,
      input: options.input ?? {},
      startTime: clock.now().toISOString(),
      roleArn: options.roleArn ?? `arn:aws:iam::${account}:role/StepFunctionsRole`,
      redriveCount: options.redriveCount ?? 0,
      stateMachineArn,
      stateMachineName,
    },
    region,
    { clock, entropy, timers: options.timers ?? scaledTimers(options.timeScale ?? 1), taskExecutor: options.taskExecutor },
  );
  const controller = new AbortController();
  const stopSignals = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal;
  const done = run.execute(stopSignals).then((outcome) => ({ ...outcome, history: run.history.events }));
  return {
    executionArn: run.info.executionArn,
    executionName,
    startDate: new Date(run.info.startTime),
    history: run.history.events,
    done,
    stop: (error?: string, cause?: string) => controller.abort({ stopError: error, stopCause: cause }),
  };
}
