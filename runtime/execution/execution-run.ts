import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import type { State, StateGraph, StateMachineDefinition } from "../definition/types.ts";
import { remainingWaitMs, type ExecutionCheckpoint, type ExecutionJournal, type TaskCheckpoint } from "./checkpoint.ts";
import type { ExecutionInfo } from "./context-object.ts";
import { History, Lane, payload } from "./history.ts";
import { ExecutionInterrupted, LaneCancelled } from "./interruption.ts";
import { GraphProgress, type GraphResumePoint } from "./resume-point.ts";
import { QueryEvaluationError } from "../jsonata/index.ts";
import type { MapRunObserver } from "./map-run.ts";
import type { Clock, Entropy, TaskExecutor, Timers } from "./ports.ts";
import { runChoice } from "./states/choice.ts";
import { runFail } from "./states/fail.ts";
import { runMap } from "./states/map.ts";
import { runParallel } from "./states/parallel.ts";
import { runPass } from "./states/pass.ts";
import { runSucceed } from "./states/succeed.ts";
import { runTask } from "./states/task.ts";
import { runWait } from "./states/wait.ts";
import { asStatesError, type RunContext, type StateOutcome, StateVisit } from "./state-visit.ts";
import type { ExecutionResult } from "./types.ts";
import { VariableScope } from "./variables.ts";

export interface ExecutionPorts {
  clock: Clock;
  timers: Timers;
  entropy: Entropy;
  taskExecutor: TaskExecutor | undefined;
  /** Hears of the Map Runs Distributed Map states start (the API server keeps them). */
  mapRunObserver?: MapRunObserver | undefined;
  /** Makes the run's progress durable: a checkpoint at each top-level state boundary (checkpoint.ts). */
  journal?: ExecutionJournal | undefined;
}


/**
 * One execution of a parsed state machine: the history, the context-object facts, the ports,
 * and the graph walk. States are run by the handlers in ./states/.
 */
export class ExecutionRun {
  readonly history: History;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly entropy: Entropy;
  readonly taskExecutor: TaskExecutor | undefined;
  readonly mapRunObserver: MapRunObserver | undefined;
  readonly journal: ExecutionJournal | undefined;
  /** Aborted when the execution stops (stop request, timeout); every wait and task listens to it. */
  readonly controller = new AbortController();
  /** The top-level walk's progress: where this run stopped, when it did not succeed. */
  private readonly progress: GraphProgress;
  /** Whether this run continues an execution (RedriveExecution) rather than starting it. */
  private readonly redriving: boolean;
  /** Set when this run continues from a checkpoint (its host lost it): no Started/Redriven event, the state in flight resumes. */
  private continuing: ExecutionCheckpoint | undefined;

  constructor(
    readonly definition: StateMachineDefinition,
    readonly info: ExecutionInfo,
    readonly region: string,
    ports: ExecutionPorts,
    /**
     * A redrive: the execution's history so far and where its last run stopped. With `continuing`,
     * a continuation instead: the history cut back to the checkpoint, which says where to go on.
     */
    redrive?: { history: History; resumeFrom: GraphResumePoint | undefined; continuing?: ExecutionCheckpoint },
  ) {
    this.clock = ports.clock;
    this.timers = ports.timers;
    this.entropy = ports.entropy;
    this.taskExecutor = ports.taskExecutor;
    this.mapRunObserver = ports.mapRunObserver;
    this.journal = ports.journal;
    this.history = redrive?.history ?? new History(ports.clock);
    this.redriving = redrive !== undefined;
    this.continuing = redrive?.continuing;
    this.progress = new GraphProgress(redrive?.continuing?.point ?? redrive?.resumeFrom);
  }

  /** Where this run stopped (the failed or interrupted state, down into branches and iterations). */
  get resumePoint(): GraphResumePoint | undefined {
    return this.progress.stoppedAt;
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Runs the execution to its end and reports the outcome. */
  async execute(externalSignal?: AbortSignal): Promise<Omit<ExecutionResult, "history">> {
    const continuing = this.continuing;
    const lane = continuing ? new Lane(this.history, continuing.laneEventId) : this.redriving ? this.appendRedriven() : this.appendStarted();
    if (!continuing) {
      const point = this.progress.pendingPoint() ?? { state: this.definition.startAt, input: this.info.input, variables: {} };
      this.journal?.checkpoint(this.info.executionArn, { eventCount: this.history.events.length, laneEventId: lane.lastEventId, point }, this.history.events);
    }
    const stopWith = (reason: "ABORTED" | "TIMED_OUT") => {
      if (!this.signal.aborted) this.controller.abort(new ExecutionInterrupted(reason));
    };
    const onExternalAbort = () => stopWith("ABORTED");
    externalSignal?.addEventListener("abort", onExternalAbort, { once: true });
    if (externalSignal?.aborted) stopWith("ABORTED");
    let timeout: Promise<void> | undefined;
    const timeoutAbort = new AbortController();
    if (this.definition.timeoutSeconds !== undefined) {
      timeout = this.timers.sleep(this.definition.timeoutSeconds * 1000 - this.elapsedBeforeContinuing(), timeoutAbort.signal).then(
        () => stopWith("TIMED_OUT"),
        () => undefined,
      );
    }
    try {
      const output = await this.runGraph(this.definition, this.info.input, {
        run: this,
        lane,
        scope: new VariableScope(),
        signal: this.signal,
        progress: this.progress,
      });
      this.throwIfInterrupted();
      lane.emit("ExecutionSucceeded", "executionSucceededEventDetails", payload("output", output));
      return { status: "SUCCEEDED", output };
    } catch (e) {
      const interruption = this.interruption(e);
      if (interruption === "TIMED_OUT") {
        lane.emit("ExecutionTimedOut", "executionTimedOutEventDetails", { error: "States.Timeout", cause: "The execution timed out." });
        return { status: "TIMED_OUT", error: "States.Timeout", cause: "The execution timed out." };
      }
      if (interruption === "ABORTED") {
        // StopExecution's error and cause, when given, travel as the abort reason.
        const reason: unknown = externalSignal?.reason;
        const stop = reason !== null && typeof reason === "object" && "stopError" in reason ? (reason as { stopError?: string; stopCause?: string }) : {};
        const details: Record<string, unknown> = {};
        if (stop.stopCause !== undefined) details["cause"] = stop.stopCause;
        if (stop.stopError !== undefined) details["error"] = stop.stopError;
        lane.emit("ExecutionAborted", "executionAbortedEventDetails", details);
        return {
          status: "ABORTED",
          ...(stop.stopError !== undefined ? { error: stop.stopError } : {}),
          ...(stop.stopCause !== undefined ? { cause: stop.stopCause } : {}),
        };
      }
      const error = asStatesError(e);
      lane.emit("ExecutionFailed", "executionFailedEventDetails", errorDetails(error));
      return {
        status: "FAILED",
        ...(error.error !== "" ? { error: error.error } : {}),
        ...(error.causeText !== undefined ? { cause: error.causeText } : {}),
      };
    } finally {
      externalSignal?.removeEventListener("abort", onExternalAbort);
      timeoutAbort.abort();
      await timeout;
    }
  }

  /** A continued run's time already spent (unscaled ms) since the run began (its start or redrive). */
  private elapsedBeforeContinuing(): number {
    if (!this.continuing) return 0;
    const began = { delayMs: Number.MAX_SAFE_INTEGER, since: this.info.redriveTime ?? this.info.startTime };
    return Number.MAX_SAFE_INTEGER - remainingWaitMs(began, this.clock.now(), this.timers.scale ?? 1);
  }

  /** Reports a top-level state boundary to the journal (nested walks are not checkpointed: their state reruns whole). */
  private checkpoint(ctx: RunContext, checkpoint: Omit<ExecutionCheckpoint, "eventCount" | "laneEventId">): void {
    if (!this.journal || ctx.progress !== this.progress) return;
    this.journal.checkpoint(this.info.executionArn, { eventCount: this.history.events.length, laneEventId: ctx.lane.lastEventId, ...checkpoint }, this.history.events);
  }

  /**
   * A Wait state's sleep. A top-level one is checkpointed with its delay, so a continuation sleeps
   * only what is left of it; the Wait a continuation resumes sleeps that remainder.
   */
  async sleepInWait(visit: StateVisit, delayMs: number): Promise<void> {
    const resumed = visit.resumedWait;
    const remaining = resumed ? remainingWaitMs(resumed, this.clock.now(), this.timers.scale ?? 1) : delayMs;
    if (!resumed) {
      const wait = { delayMs, since: this.clock.now().toISOString() };
      const point = { state: visit.state.name, input: visit.rawInput, variables: visit.ctx.scope.ownValues() };
      const entered = { eventId: visit.enteredEventId, previousEventId: visit.enteredPreviousEventId, time: visit.enteredTime };
      this.checkpoint(visit.ctx, { point, entered, wait });
    }
    if (remaining > 0) await this.timers.sleep(remaining, visit.ctx.signal);
  }

  /** Whether the states of this walk are checkpointed (the top-level walk of a journaled run); nested ones rerun whole. */
  checkpointsStatesOf(ctx: RunContext): boolean {
    return this.journal !== undefined && ctx.progress === this.progress;
  }

  /**
   * Checkpoints a top-level Task inside the state (waiting on its task token, sleeping before a
   * retry), covering the events written so far: a continuation picks the Task up there.
   */
  checkpointTask(visit: StateVisit, task: TaskCheckpoint): void {
    const point = { state: visit.state.name, input: visit.rawInput, variables: visit.ctx.scope.ownValues() };
    const entered = { eventId: visit.enteredEventId, previousEventId: visit.enteredPreviousEventId, time: visit.enteredTime };
    this.checkpoint(visit.ctx, { point, entered, task });
  }

  /** ExecutionStarted; AWS links the first state's entry to event 0, not to it. */
  private appendStarted(): Lane {
    this.history.append("ExecutionStarted", 0, "executionStartedEventDetails", {
      ...payload("input", this.info.input),
      roleArn: this.info.roleArn,
    });
    return new Lane(this.history, 0);
  }

  /**
   * ExecutionRedriven {redriveCount}, appended to the execution's history. No recording has one;
   * it follows the general rule of docs/history-rules.md §1 (links to the last event, and the
   * resumed state's entry links to it).
   */
  private appendRedriven(): Lane {
    const last = this.history.events.at(-1)?.id ?? 0;
    const redriven = this.history.append("ExecutionRedriven", last, "executionRedrivenEventDetails", { redriveCount: this.info.redriveCount });
    return new Lane(this.history, redriven.id);
  }

  private interruption(e: unknown): "ABORTED" | "TIMED_OUT" | undefined {
    if (e instanceof ExecutionInterrupted) return e.reason;
    const reason: unknown = this.signal.reason;
    if (this.signal.aborted && reason instanceof ExecutionInterrupted) return reason.reason;
    return undefined;
  }

  throwIfInterrupted(): void {
    if (this.signal.aborted) {
      const reason: unknown = this.signal.reason;
      throw reason instanceof ExecutionInterrupted ? reason : new ExecutionInterrupted("ABORTED");
    }
  }

  /**
   * Walks a graph from StartAt (or from where a redrive resumes it) until a state ends it; returns
   * the last output or throws the failure, after noting in the walk's progress where it stopped.
   */
  async runGraph(graph: StateGraph, input: Json, ctx: RunContext): Promise<Json> {
    const progress = ctx.progress;
    const resume = progress?.beginWalk();
    if (resume) ctx.scope.restore(resume.variables);
    let state = graph.states.get(resume?.state ?? graph.startAt);
    let current = resume ? resume.input : input;
    // A continuation whose state had been entered goes on inside it (once: only the top-level walk has one).
    let continued = progress === this.progress ? this.continuing : undefined;
    if (continued) this.continuing = undefined;
    while (state) {
      let outcome: StateOutcome;
      progress?.enteringState();
      try {
        this.throwIfInterrupted();
        if (ctx.signal.aborted) throw ctx.signal.reason;
        outcome = await this.runState(state, current, ctx, continued);
      } catch (e) {
        progress?.stop(state.name, current, ctx.scope.ownValues());
        throw e;
      }
      continued = undefined;
      progress?.leftState();
      if (outcome.next === undefined) return outcome.output;
      current = outcome.output;
      state = graph.states.get(outcome.next);
      if (!state) throw new StatesError("States.Runtime", `Missing 'Next' target: ${outcome.next}`);
      this.checkpoint(ctx, { point: { state: state.name, input: current, variables: ctx.scope.ownValues() } });
    }
    throw new StatesError("States.Runtime", `Missing start state: ${graph.startAt}`);
  }

  /** JSONata errors already written as EvaluationFailed (they propagate through enclosing states). */
  private readonly reportedEvaluationFailures = new WeakSet<object>();

  /**
   * Recorded: a JSONata evaluation error writes EvaluationFailed {error, cause, location?, state},
   * linked to the event before the state's Entered (to the Entered event in a Wait state); a Map
   * then writes MapStateFailed.
   */
  private reportEvaluationFailure(original: QueryEvaluationError, error: StatesError, visit: StateVisit, enteredPrevious: number): void {
    this.reportedEvaluationFailures.add(original);
    const lane = visit.ctx.lane;
    const details: Record<string, unknown> = { cause: error.causeText, error: error.error };
    if (original.location !== undefined) details["location"] = original.location;
    details["state"] = visit.state.name;
    const previous = visit.state.type === "Wait" ? lane.lastEventId : enteredPrevious;
    lane.emitAfter(previous, "EvaluationFailed", "evaluationFailedEventDetails", details);
    if (visit.state.type === "Map") lane.emit("MapStateFailed");
  }

  private async runState(state: State, input: Json, ctx: RunContext, continued?: ExecutionCheckpoint): Promise<StateOutcome> {
    let entered: { id: number; previousEventId: number; time: string };
    if (continued?.entered) {
      entered = { id: continued.entered.eventId, previousEventId: continued.entered.previousEventId, time: continued.entered.time };
    } else {
      const event = ctx.lane.emit(`${state.type}StateEntered`, "stateEnteredEventDetails", { name: state.name, ...payload("input", input) });
      entered = { id: event.id, previousEventId: event.previousEventId, time: event.timestamp.toISOString() };
      const point = ctx.progress?.pointAt(state.name, input, ctx.scope.ownValues()) ?? { state: state.name, input, variables: {} };
      this.checkpoint(ctx, { point, entered: { eventId: entered.id, previousEventId: entered.previousEventId, time: entered.time } });
    }
    const visit = new StateVisit(state, input, ctx, entered.id, entered.time, undefined, entered.previousEventId, continued?.wait, continued?.task);
    try {
      return await dispatch(visit);
    } catch (e) {
      if (e instanceof ExecutionInterrupted || e instanceof LaneCancelled || this.interruption(e)) throw e;
      const error = visit.withStatePrefix(asStatesError(e));
      if (e instanceof QueryEvaluationError && !this.reportedEvaluationFailures.has(e)) {
        this.reportEvaluationFailure(e, error, visit, entered.previousEventId);
        this.reportedEvaluationFailures.add(error);
      }
      if (state.type === "Task" && ctx.inParallelBranch && error.error !== "States.Runtime") ctx.lane.emitBeside("TaskStateAborted");
      throw error;
    }
  }
}

/** Runs a visit with its state type's handler (./states/). */
export function dispatch(visit: StateVisit): Promise<StateOutcome> {
  const state = visit.state;
  switch (state.type) {
    case "Pass":
      return runPass(state, visit);
    case "Task":
      return runTask(state, visit);
    case "Choice":
      return runChoice(state, visit);
    case "Wait":
      return runWait(state, visit);
    case "Succeed":
      return runSucceed(state, visit);
    case "Fail":
      return runFail(state, visit);
    case "Parallel":
      return runParallel(state, visit);
    case "Map":
      return runMap(state, visit);
  }
}

/**
 * `{ error, cause }` with absent members left out, as AWS's *FailedEventDetails do. An empty error
 * name stands for "no error" (a Fail state without Error).
 */
export function errorDetails(error: StatesError): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (error.causeText !== undefined) details["cause"] = error.causeText;
  if (error.error !== "") details["error"] = error.error;
  return details;
}
