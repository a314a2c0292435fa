import type { Json } from "../core/json.ts";

/**
 * Where a graph walk (the machine, one Parallel branch, one Map iteration) stopped without
 * finishing, with everything a redrive needs to go on from there (API RedriveExecution: "continues
 * the failed execution from the unsuccessful step and uses the same input ... doesn't rerun"
 * successful steps; for Inline Map and Parallel only the failed or aborted iterations/branches).
 * Plain data, so a server can persist it with the execution.
 */
export interface GraphResumePoint {
  /** The state that failed or was running when the execution stopped. */
  state: string;
  /** That state's raw input. */
  input: Json;
  /** The variables this graph's own scope held at that moment. */
  variables: Record<string, Json>;
  /** When the state is a Parallel or a Map that got to its branches/iterations: how each ended. */
  children?: ChildOutcome[];
  /** When the state is a Distributed Map that started a Map Run. */
  mapRun?: MapRunProgress;
}

/**
 * How one branch/iteration of the last attempt ended: finished (its output is reused), stopped
 * (rerun from where it stopped, or from its start when it stopped before entering a state), or
 * never started (rerun from its start).
 */
export type ChildOutcome =
  | { status: "SUCCEEDED"; output: Json }
  | { status: "STOPPED"; at?: GraphResumePoint }
  | { status: "NOT_STARTED" };

export interface MapRunProgress {
  mapRunArn: string;
  /** Times this Map Run has been redriven (0 = never). */
  redriveCount: number;
}

/**
 * The live progress of one graph walk, kept on its RunContext. The walk reports each state it
 * enters and where it stops; a Parallel/Map state running in it reports its children's outcomes
 * (see fanOut). A walk created with a resume point starts there instead of at StartAt.
 */
export class GraphProgress {
  /** Set when the walk stops without finishing (a state failed, or the execution was stopped). */
  stoppedAt: GraphResumePoint | undefined;
  private pendingResume: GraphResumePoint | undefined;
  /** The resume point of the state being resumed (its children and Map Run), until it ends. */
  private resuming: GraphResumePoint | undefined;
  private runningChildren: ChildOutcome[] | undefined;
  private runningMapRun: MapRunProgress | undefined;

  constructor(resumeFrom?: GraphResumePoint) {
    this.pendingResume = resumeFrom;
  }

  /** Called once when the walk starts: the point to resume from instead of StartAt, if any. */
  beginWalk(): GraphResumePoint | undefined {
    const point = this.pendingResume;
    this.pendingResume = undefined;
    this.resuming = point;
    return point;
  }

  /** The point the walk will begin at, before it begins (a redrive's resume point). */
  pendingPoint(): GraphResumePoint | undefined {
    return this.pendingResume;
  }

  /**
   * A resume point for `state` as it is entered: with the branch/iteration outcomes and Map Run
   * kept for it when it is the state being resumed (a continuation must resume it the same way).
   */
  pointAt(state: string, input: Json, variables: Record<string, Json>): GraphResumePoint {
    const kept = this.resuming?.state === state ? this.resuming : undefined;
    return { state, input, variables, ...(kept?.children ? { children: kept.children } : {}), ...(kept?.mapRun ? { mapRun: kept.mapRun } : {}) };
  }

  /** Called before each state of the walk runs. */
  enteringState(): void {
    this.runningChildren = undefined;
    this.runningMapRun = undefined;
  }

  /** Called when a state of the walk ended normally: what was kept for it is used up. */
  leftState(): void {
    this.resuming = undefined;
  }

  /** Called when the walk stops in `state` (failure or interruption). */
  stop(state: string, input: Json, variables: Record<string, Json>): void {
    const children = this.runningChildren ?? this.resuming?.children;
    const mapRun = this.runningMapRun ?? this.resuming?.mapRun;
    this.stoppedAt = { state, input, variables, ...(children ? { children } : {}), ...(mapRun ? { mapRun } : {}) };
  }

  /**
   * For the fan-out of the state being resumed: the children's outcomes kept from the last
   * attempt, once (a Retry after the resumed attempt runs every child again). Ignored when the
   * state now has a different number of children.
   */
  takeKeptChildren(count: number): ChildOutcome[] | undefined {
    if (!this.resuming) return undefined;
    const { children, ...rest } = this.resuming;
    this.resuming = rest;
    return children && children.length === count ? children : undefined;
  }

  /** The Map Run the state being resumed had started, if any (once, like the children). */
  takeKeptMapRun(): MapRunProgress | undefined {
    if (!this.resuming) return undefined;
    const { mapRun, ...rest } = this.resuming;
    this.resuming = rest;
    return mapRun;
  }

  /** The fan-out running now reports its children's outcomes here (updated as they end). */
  recordChildren(outcomes: ChildOutcome[]): void {
    this.runningChildren = outcomes;
  }

  recordMapRun(mapRun: MapRunProgress): void {
    this.runningMapRun = mapRun;
  }
}
