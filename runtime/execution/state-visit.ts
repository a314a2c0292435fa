import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import { utf8ByteLength } from "../core/json.ts";
import { findTooDeep, MAX_JSON_NESTING_DEPTH } from "../core/json-nesting.ts";
import type { State } from "../definition/types.ts";
import type { TaskCheckpoint } from "./checkpoint.ts";
import { QueryEvaluationError } from "../jsonata/index.ts";
import { buildContextObject, type StateInfo } from "./context-object.ts";
import type { Lane } from "./history.ts";
import type { PathEnvironment } from "./jsonpath-io.ts";
import type { ExecutionRun } from "./execution-run.ts";
import type { GraphProgress } from "./resume-point.ts";
import type { InspectionStep, StateInspector } from "./state-inspector.ts";
import type { VariableScope } from "./variables.ts";

/** Where a graph (the machine, a branch, an iteration) runs: its history lane and variable scope. */
export interface RunContext {
  run: ExecutionRun;
  lane: Lane;
  scope: VariableScope;
  /** Aborted when this lane must stop: the execution stops, or a sibling branch/iteration failed. */
  signal: AbortSignal;
  /** Inside a Parallel branch AWS writes TaskStateAborted when a Task's failure ends the branch. */
  inParallelBranch?: boolean;
  /** This graph walk's progress: where it stopped, for a redrive (see resume-point.ts). */
  progress?: GraphProgress;
}

/** The result of running one state: its output, and the next state (undefined = the graph ends). */
export interface StateOutcome {
  output: Json;
  next: string | undefined;
}

/** 256 KiB: the payload limit for state input, output and task results. */
export const MAX_PAYLOAD_BYTES = 262_144;

/** Errors that happen in the engine's own processing of a state (not in its work) carry this prefix. */
const PREFIXED_ERRORS = new Set(["States.Runtime", "States.QueryEvaluationError", "States.IntrinsicFailure"]);

/**
 * One visit of one state: what it was entered with and when, so errors can say
 * "entered at the event id #n" and the context object can give State.EnteredTime.
 */
export class StateVisit {
  retryCount: number | undefined;

  constructor(
    readonly state: State,
    readonly rawInput: Json,
    readonly ctx: RunContext,
    readonly enteredEventId: number,
    readonly enteredTime: string,
    /** Present when the TestState API runs this state alone (see state-inspector.ts). */
    readonly inspector?: StateInspector,
    /** The event the Entered event links back to. */
    readonly enteredPreviousEventId = 0,
    /** A Wait a continuation resumes (checkpoint.ts): sleep what is left of this one. */
    readonly resumedWait?: { delayMs: number; since: string },
    /** A Task a continuation resumes (checkpoint.ts): its retries so far, its attempt waiting on a token or its Retry interval. */
    readonly resumedTask?: TaskCheckpoint,
  ) {}

  /** Reports an intermediate value of the state's data flow to the inspector, if any. */
  inspect(step: InspectionStep, value: Json): void {
    this.inspector?.record(step, value);
  }

  get run(): ExecutionRun {
    return this.ctx.run;
  }

  /** Unwinds when the execution stopped or this lane was cancelled (rethrows the abort reason). */
  throwIfCancelled(): void {
    this.run.throwIfInterrupted();
    if (this.ctx.signal.aborted) throw this.ctx.signal.reason;
  }

  context(extra: Partial<StateInfo> = {}): Json {
    const info: StateInfo = { name: this.state.name, enteredTime: this.enteredTime, ...extra };
    if (this.retryCount !== undefined && info.retryCount === undefined) info.retryCount = this.retryCount;
    return this.inspector ? this.inspector.contextObject(info) : buildContextObject(this.run.info, info);
  }

  pathEnvironment(input: Json, extra: Partial<StateInfo> = {}): PathEnvironment {
    let cached: Json | undefined;
    return {
      input,
      context: () => (cached ??= this.context(extra)),
      scope: this.ctx.scope,
      entropy: this.run.entropy,
    };
  }

  /** Adds AWS's "An error occurred while executing the state ..." prefix where AWS has it. */
  withStatePrefix(error: StatesError): StatesError {
    // A state tested alone has no history, so no event id to cite (recorded TestState causes have no prefix).
    if (this.inspector || !PREFIXED_ERRORS.has(error.error) || error.causeText?.startsWith("An error occurred while executing the state")) return error;
    const cause = `${this.prefix()}${error.causeText ?? ""}`;
    // Keep JSONata errors recognisable (and their location) for the EvaluationFailed event.
    return error instanceof QueryEvaluationError ? new QueryEvaluationError(cause, error.location) : new StatesError(error.error, cause);
  }

  runtimeError(detail: string): StatesError {
    return new StatesError("States.Runtime", this.inspector ? detail : `${this.prefix()}${detail}`);
  }

  private prefix(): string {
    return `An error occurred while executing the state '${this.state.name}' (entered at the event id #${this.enteredEventId}). `;
  }

  /**
   * States.Runtime when a state's output or a variable nests deeper than MAX_JSON_NESTING_DEPTH
   * (json-nesting.ts; not recorded from AWS, whose JSON writer has the same default bound).
   */
  checkPayloadDepth(value: Json, what: string): void {
    if (findTooDeep(value)) throw this.runtimeError(`The ${what} is nested more than ${MAX_JSON_NESTING_DEPTH} levels deep.`);
  }

  /** States.DataLimitExceeded when a payload (given as its JSON text) is over 256 KiB. */
  checkPayloadSize(text: string, subject = this.state.name): void {
    if (utf8ByteLength(text) > MAX_PAYLOAD_BYTES) {
      throw new StatesError(
        "States.DataLimitExceeded",
        `The state/task '${subject}' returned a result with a size exceeding the maximum number of bytes service limit.`,
      );
    }
  }
}

/**
 * Normalises anything thrown into a StatesError (a bug in a handler becomes States.Runtime, not a
 * crash; so does a stack overflow on data nested too deeply for a recursive step).
 */
export function asStatesError(e: unknown): StatesError {
  if (e instanceof StatesError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (e instanceof RangeError && /call stack/i.test(message)) return new StatesError("States.Runtime", `The data is nested too deeply to be processed (${message}).`);
  return new StatesError("States.Runtime", message);
}
