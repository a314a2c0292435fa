import { parseDefinitionOrThrow } from "../definition/parse-definition.ts";
import type { StateMachineDefinition } from "../definition/types.ts";
import type { ExecutionCheckpoint, ExecutionEnd } from "./checkpoint.ts";
import type { ExecutionInfo } from "./context-object.ts";
import { type ExecutionPorts, ExecutionRun } from "./execution-run.ts";
import type { History } from "./history.ts";
import { defaultEntropy, scaledTimers, systemClock, type Entropy, type TaskExecutor, type Timers } from "./ports.ts";
import { ExecutionNotRedrivableError, redriveStatusOf, type RedriveStatus } from "./redrive-eligibility.ts";
import type { GraphResumePoint } from "./resume-point.ts";
import type { ExecutionResult, ExecutionStatus, HistoryEvent, RunExecutionOptions } from "./types.ts";
import type { MapRunObserver } from "./map-run.ts";
import { integrationExecutor, type IntegrationOptions } from "../integrations/integration-executor.ts";
import { MockTestCase } from "../integrations/mock-test-case.ts";
import { TaskTokens } from "../integrations/task-tokens.ts";

const DEFAULT_REGION = "us-east-1";
const DEFAULT_ACCOUNT = "123456789012";

/**
 * Runs one execution of a state machine to its end, in process, and returns its outcome and full
 * history. Throws InvalidDefinitionError (AWS's message) when the definition is invalid.
 */
export async function runExecution(options: RunExecutionOptions): Promise<ExecutionResult> {
  return startExecution(options).done;
}

/**
 * A run of an execution (its start, or a redrive of it): the execution's live history, this run's
 * end, and a way to stop it. The status and redrive facts are the execution's, as they are now.
 */
export interface ExecutionHandle {
  readonly executionArn: string;
  readonly executionName: string;
  readonly startDate: Date;
  /** Events so far, of every run of the execution (grows while it runs). */
  readonly history: readonly HistoryEvent[];
  /** This run's outcome (its `history` is the execution's whole history). */
  readonly done: Promise<ExecutionResult>;
  /** Stops the execution (status ABORTED), optionally with StopExecution's error and cause. */
  stop(error?: string, cause?: string): void;
  /** RUNNING until the latest run ends, then its outcome's status. */
  readonly status: ExecutionStatus;
  /** When the latest run ended. */
  readonly stopDate: Date | undefined;
  /** Times the execution was redriven (0 = never). */
  readonly redriveCount: number;
  readonly redriveDate: Date | undefined;
  /** Whether RedriveExecution may redrive it now, and if not, why (DescribeExecution's fields). */
  redriveStatus(): RedriveStatus;
}

/** What redriveExecution may change for the new run (by default the first run's ports are used). */
export interface RedriveOptions {
  taskExecutor?: TaskExecutor;
  timers?: Timers;
  /** Multiplies every Wait/Retry delay when `timers` is not given. */
  timeScale?: number;
  entropy?: Entropy;
  /** Aborting stops the redriven run (status ABORTED). */
  signal?: AbortSignal;
  mapRunObserver?: MapRunObserver;
}

/** One execution across its runs: what every run shares, and what its latest run left. */
interface ExecutionLineage {
  definition: StateMachineDefinition;
  info: ExecutionInfo;
  region: string;
  ports: ExecutionPorts;
  type: "STANDARD" | "EXPRESS";
  history: History;
  status: ExecutionStatus;
  stopDate: Date | undefined;
  redriveDate: Date | undefined;
  /** Where the latest run stopped (undefined after a success). */
  resumePoint: GraphResumePoint | undefined;
  /** How Task states are answered besides the `taskExecutor` (kept for redrives). */
  integrations: Omit<IntegrationOptions, "fallback">;
}

const lineages = new WeakMap<ExecutionHandle, ExecutionLineage>();

/** startExecution's options: the library's, plus what the API server knows already. */
export type StartExecutionOptions = RunExecutionOptions & {
  parsed?: StateMachineDefinition;
  stateMachineArn?: string;
  redriveCount?: number;
  stateMachineType?: "STANDARD" | "EXPRESS";
};

/**
 * Starts an execution and returns at once; the execution goes on in the background (the API
 * server's StartExecution). `definition` may be pre-parsed to avoid parsing it per execution.
 */
export function startExecution(options: StartExecutionOptions): ExecutionHandle {
  const { lineage, run } = prepare(options);
  return launch(lineage, run, options.signal);
}

/**
 * What a host kept of an execution through its journal (checkpoint.ts), to take it up again after
 * losing it: its context-object facts, its history, and either its latest checkpoint (running)
 * or how its latest run ended.
 */
export interface SavedExecution {
  info: ExecutionInfo;
  history: readonly HistoryEvent[];
  /** Running: where to go on from (the history is cut back to its `eventCount`). */
  checkpoint?: ExecutionCheckpoint;
  /** Ended: the latest run's outcome, stop date and resume point (for a later redrive). */
  end?: ExecutionEnd;
  redriveDate?: Date;
}

/**
 * Takes up an execution a host had lost (an evicted Durable Object, a restarted process) from
 * what its journal kept: a running one continues from its checkpoint (at most the state in flight
 * runs again; no event is written twice), an ended one is a finished handle that can be redriven.
 * `options` are the ports and integrations to run it with, as for startExecution.
 */
export function resumeExecution(options: StartExecutionOptions, saved: SavedExecution): ExecutionHandle {
  const { lineage } = prepare({ ...options, executionName: saved.info.executionName, redriveCount: saved.info.redriveCount });
  lineage.info = saved.info;
  lineage.redriveDate = saved.redriveDate;
  // Without a checkpoint nor an end (a run whose first checkpoint was lost), it starts again after ExecutionStarted.
  const keptCount = saved.checkpoint?.eventCount ?? (saved.end ? saved.history.length : Math.min(1, saved.history.length));
  lineage.history.events.push(...saved.history.slice(0, keptCount));
  if (!saved.end || saved.checkpoint) {
    const checkpoint = saved.checkpoint ?? { eventCount: keptCount, laneEventId: 0, point: { state: lineage.definition.startAt, input: saved.info.input, variables: {} } };
    const run = new ExecutionRun(lineage.definition, lineage.info, lineage.region, lineage.ports, { history: lineage.history, resumeFrom: undefined, continuing: checkpoint });
    return launch(lineage, run, options.signal);
  }
  const end = saved.end;
  lineage.status = end.outcome.status;
  lineage.stopDate = end.stopDate;
  lineage.resumePoint = end.resumePoint;
  const done = Promise.resolve({ ...end.outcome, history: lineage.history.events });
  return handleOf(lineage, lineage.info, lineage.history.events, done, () => undefined);
}

/** An execution's lineage and its first run, not started yet. */
function prepare(options: StartExecutionOptions): { lineage: ExecutionLineage; run: ExecutionRun } {
  const definition: StateMachineDefinition = options.parsed ?? parseDefinitionOrThrow(options.definition);
  const clock = options.clock ?? systemClock;
  const entropy = options.entropy ?? defaultEntropy;
  const region = options.region ?? DEFAULT_REGION;
  const account = options.accountId ?? DEFAULT_ACCOUNT;
  const stateMachineName = options.stateMachineName ?? "StateMachine";
  const executionName = options.executionName ?? entropy.uuid();
  const stateMachineArn = options.stateMachineArn ?? `arn:aws:states:${region}:${account}:stateMachine:${stateMachineName}`;
  const timers = options.timers ?? scaledTimers(options.timeScale ?? 1);
  const integrations: Omit<IntegrationOptions, "fallback"> = {
    clock,
    timers,
    entropy,
    taskTokens: options.taskTokens ?? new TaskTokens(timers),
    stepFunctions: options.stepFunctions,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    handlers: options.handlers,
    mockTestCase: options.mock ? MockTestCase.select(options.mock.config, stateMachineName, options.mock.testCase) : undefined,
  };
  const run = new ExecutionRun(
    definition,
    {
      executionArn: `arn:aws:states:${region}:${account}:execution:${stateMachineName}:${executionName}`,
      executionName,
      input: options.input === undefined ? {} : options.input,
      startTime: clock.now().toISOString(),
      roleArn: options.roleArn ?? `arn:aws:iam::${account}:role/StepFunctionsRole`,
      redriveCount: options.redriveCount ?? 0,
      stateMachineArn,
      stateMachineName,
    },
    region,
    {
      clock,
      entropy,
      timers,
      taskExecutor: integrationExecutor({ ...integrations, fallback: options.taskExecutor }),
      mapRunObserver: options.mapRunObserver,
      journal: options.journal,
    },
  );
  const lineage: ExecutionLineage = {
    definition,
    info: run.info,
    region,
    ports: { clock, entropy: run.entropy, timers: run.timers, taskExecutor: run.taskExecutor, mapRunObserver: run.mapRunObserver, journal: run.journal },
    type: options.stateMachineType ?? "STANDARD",
    history: run.history,
    status: "RUNNING",
    stopDate: undefined,
    redriveDate: undefined,
    resumePoint: undefined,
    integrations,
  };
  return { lineage, run };
}

/**
 * RedriveExecution in process: continues a FAILED, TIMED_OUT or ABORTED execution from the state
 * that failed or was stopped, with that state's original input and the variables it saw (same ARN,
 * same history, ExecutionRedriven appended). States that succeeded are not rerun; in a Parallel or
 * Map only the branches/iterations that did not succeed run again. Throws
 * ExecutionNotRedrivableError (the documented reason) when the execution cannot be redriven.
 */
export function redriveExecution(handle: ExecutionHandle, options: RedriveOptions = {}): ExecutionHandle {
  const lineage = lineages.get(handle);
  if (!lineage) throw new TypeError("redriveExecution takes a handle returned by startExecution or redriveExecution");
  const now = lineage.ports.clock.now();
  const eligibility = redriveStatusOf(factsOf(lineage), now);
  if (eligibility.redriveStatus === "NOT_REDRIVABLE") throw new ExecutionNotRedrivableError(eligibility.redriveStatusReason);
  lineage.info = { ...lineage.info, redriveCount: lineage.info.redriveCount + 1, redriveTime: now.toISOString() };
  lineage.redriveDate = now;
  lineage.status = "RUNNING";
  lineage.stopDate = undefined;
  const ports: ExecutionPorts = {
    ...lineage.ports,
    ...(options.taskExecutor ? { taskExecutor: integrationExecutor({ ...lineage.integrations, fallback: options.taskExecutor }) } : {}),
    ...(options.entropy ? { entropy: options.entropy } : {}),
    ...(options.mapRunObserver ? { mapRunObserver: options.mapRunObserver } : {}),
    timers: options.timers ?? (options.timeScale !== undefined ? scaledTimers(options.timeScale) : lineage.ports.timers),
  };
  const run = new ExecutionRun(lineage.definition, lineage.info, lineage.region, ports, { history: lineage.history, resumeFrom: lineage.resumePoint });
  return launch(lineage, run, options.signal);
}

function factsOf(lineage: ExecutionLineage) {
  return {
    status: lineage.status,
    type: lineage.type,
    startDate: new Date(lineage.info.startTime),
    stopDate: lineage.stopDate,
    historyLength: lineage.history.events.length,
  };
}

/** Runs `run` in the background and returns its handle; the lineage learns how it ended. */
function launch(lineage: ExecutionLineage, run: ExecutionRun, signal: AbortSignal | undefined): ExecutionHandle {
  const controller = new AbortController();
  const stopSignals = signal ? AbortSignal.any([signal, controller.signal]) : controller.signal;
  const done = run.execute(stopSignals).then((outcome) => {
    lineage.status = outcome.status;
    lineage.stopDate = run.history.events.at(-1)?.timestamp ?? lineage.ports.clock.now();
    lineage.resumePoint = run.resumePoint;
    lineage.ports.journal?.ended(run.info.executionArn, { outcome, resumePoint: run.resumePoint, stopDate: lineage.stopDate }, run.history.events);
    return { ...outcome, history: run.history.events };
  });
  return handleOf(lineage, run.info, run.history.events, done, (error, cause) => controller.abort({ stopError: error, stopCause: cause }));
}

function handleOf(
  lineage: ExecutionLineage,
  info: ExecutionInfo,
  history: readonly HistoryEvent[],
  done: Promise<ExecutionResult>,
  stop: (error?: string, cause?: string) => void,
): ExecutionHandle {
  const handle: ExecutionHandle = {
    executionArn: info.executionArn,
    executionName: info.executionName,
    startDate: new Date(info.startTime),
    history,
    done,
    stop,
    get status() {
      return lineage.status;
    },
    get stopDate() {
      return lineage.stopDate;
    },
    get redriveCount() {
      return lineage.info.redriveCount;
    },
    get redriveDate() {
      return lineage.redriveDate;
    },
    redriveStatus: () => redriveStatusOf(factsOf(lineage), lineage.ports.clock.now()),
  };
  lineages.set(handle, lineage);
  return handle;
}
