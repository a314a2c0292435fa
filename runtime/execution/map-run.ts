import { StatesError } from "../core/errors.ts";
import type { Json } from "../core/json.ts";
import { History } from "./history.ts";
import { ExecutionInterrupted, LaneCancelled } from "./interruption.ts";
import type { Clock } from "./ports.ts";
import type { ExecutionStatus } from "./types.ts";

/**
 * A Map Run: the child workflow executions a Distributed Map state starts, one per item (or per
 * ItemBatcher batch), at most `maxConcurrency` at a time, failing once the tolerated failure
 * threshold (counted in items) is exceeded. It is a live
 * object: its status, settings and counts change while it runs, UpdateMapRun changes its settings
 * through `update`, and a MapRunObserver hears of its start, progress and end (the API server keeps
 * it for DescribeMapRun / ListMapRuns / ListExecutions(mapRunArn)).
 */
export type MapRunStatus = "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";

export interface MapRunSettings {
  /** 0 = no limit. */
  maxConcurrency: number;
  /**
   * Unset thresholds do not apply (ASL spec: with both set the run fails when either is breached;
   * with neither set any failure fails the run). DescribeMapRun reports an unset one as 0.
   */
  toleratedFailureCount?: number;
  toleratedFailurePercentage?: number;
}

/** MapRunItemCounts / MapRunExecutionCounts. */
export interface MapRunCounts {
  pending: number;
  running: number;
  succeeded: number;
  failed: number;
  timedOut: number;
  aborted: number;
  total: number;
  resultsWritten: number;
  failuresNotRedrivable: number;
  pendingRedrive: number;
}

/** One child workflow execution (ListExecutions with a mapRunArn lists them). */
export interface MapRunChild {
  readonly executionArn: string;
  readonly name: string;
  /** The child's index: its item's index in the Map's items, or its batch's (ItemBatcher). */
  readonly index: number;
  /** How many items it processes (1, or its batch's size). */
  readonly itemCount: number;
  readonly startDate: Date;
  status: ExecutionStatus;
  stopDate?: Date;
  /** The child's own history (ExecutionStarted ... ExecutionSucceeded/Failed/Aborted). */
  readonly history: History;
}

/** Hears of Map Runs as the core runs them. Calls are synchronous and must not throw. */
export interface MapRunObserver {
  mapRunStarted(mapRun: MapRun): void;
  /** A child started or ended, or the settings changed. */
  mapRunProgressed?(mapRun: MapRun): void;
  mapRunEnded?(mapRun: MapRun): void;
}

export interface MapRunIdentity {
  /** `arn:<partition>:states:<region>:<account>:mapRun:<machine name>/<label>:<uuid>` */
  mapRunArn: string;
  /** The execution whose Map state started the run. */
  executionArn: string;
  /** The child workflows' state machine: `...:stateMachine:<machine name>/<label>`. */
  stateMachineArn: string;
  /** The Map state's Label, or its name. */
  label: string;
  /** How many times the run was redriven (RedriveExecution of its parent); absent = never. */
  redriveCount?: number;
}

export const THRESHOLD_EXCEEDED = "The specified tolerated failure threshold was exceeded";

export class MapRun {
  status: MapRunStatus = "RUNNING";
  readonly startDate: Date;
  stopDate?: Date;
  readonly children: MapRunChild[] = [];
  private readonly settingsNow: MapRunSettings;
  private running = 0;
  /** Items of failed children. */
  private failures = 0;
  /** Items per child, by child index (plan). */
  private itemsPerChild: readonly number[] = [];
  private failing = false;
  /** Children waiting for a free slot (maxConcurrency), in item order. */
  private readonly waiting: Array<() => void> = [];

  constructor(
    readonly identity: MapRunIdentity,
    settings: MapRunSettings,
    private readonly clock: Clock,
    private readonly newId: () => string,
    private readonly observer: MapRunObserver | undefined,
  ) {
    this.settingsNow = { ...settings };
    this.startDate = clock.now();
    observer?.mapRunStarted(this);
  }

  get mapRunArn(): string {
    return this.identity.mapRunArn;
  }

  get settings(): Readonly<MapRunSettings> {
    return this.settingsNow;
  }

  /** How many items the run processes (0 until planned). */
  get itemCount(): number {
    return this.itemsPerChild.reduce((sum, n) => sum + n, 0);
  }

  /**
   * The run's children, once its items are known (after the ItemReader read them): child i
   * processes `itemsPerChild[i]` items (1 each, or the sizes of the ItemBatcher's batches).
   */
  plan(itemsPerChild: readonly number[]): void {
    this.itemsPerChild = [...itemsPerChild];
    this.observer?.mapRunProgressed?.(this);
  }

  /** UpdateMapRun: new limits apply to children started (and failures counted) from now on. */
  update(changes: Partial<MapRunSettings>): void {
    if (changes.maxConcurrency !== undefined) this.settingsNow.maxConcurrency = changes.maxConcurrency;
    if (changes.toleratedFailureCount !== undefined) this.settingsNow.toleratedFailureCount = changes.toleratedFailureCount;
    if (changes.toleratedFailurePercentage !== undefined) this.settingsNow.toleratedFailurePercentage = changes.toleratedFailurePercentage;
    this.observer?.mapRunProgressed?.(this);
    this.admitWaiting();
  }

  /** Counts per child execution (only children that were started). */
  executionCounts(): MapRunCounts {
    const counts = emptyCounts();
    for (const child of this.children) tally(counts, child.status, 1);
    counts.total = this.children.length;
    counts.resultsWritten = counts.succeeded;
    return counts;
  }

  /** Counts per item (a child counts for its batch's items): items not started yet are pending, or aborted once the run has ended. */
  itemCounts(): MapRunCounts {
    const counts = emptyCounts();
    for (const child of this.children) tally(counts, child.status, child.itemCount);
    counts.resultsWritten = counts.succeeded;
    const notStarted = Math.max(0, this.itemCount - this.children.reduce((sum, child) => sum + child.itemCount, 0));
    if (this.status === "RUNNING") counts.pending += notStarted;
    else counts.aborted += notStarted;
    counts.total = this.itemCount;
    return counts;
  }

  /**
   * Runs item `index` as a child execution once a slot is free: `body` runs it (writing into
   * `child.history`) and settles with its output or its failure. A failure within the tolerated
   * threshold resolves with null; the one that breaches it rejects with
   * States.ExceedToleratedFailureThreshold (the caller then cancels the others). A child whose
   * `signal` aborts (cancelled, or the execution stopped) ends ABORTED and rethrows.
   */
  async runChild(index: number, signal: AbortSignal, body: (child: MapRunChild) => Promise<Json>): Promise<Json> {
    await this.slot(signal);
    if (signal.aborted) {
      // Admitted just as the run was cancelled: the child never starts.
      this.release();
      throw signal.reason;
    }
    const name = this.newId();
    const child: MapRunChild = {
      executionArn: `${this.identity.stateMachineArn.replace(":stateMachine:", ":execution:")}:${name}`,
      name,
      index,
      itemCount: this.itemsPerChild[index] ?? 1,
      startDate: this.clock.now(),
      status: "RUNNING",
      history: new History(this.clock),
    };
    this.children.push(child);
    this.observer?.mapRunProgressed?.(this);
    try {
      const output = await body(child);
      this.settle(child, "SUCCEEDED");
      return output;
    } catch (e) {
      if (e instanceof ExecutionInterrupted || e instanceof LaneCancelled || (signal.aborted && !(e instanceof StatesError))) {
        this.settle(child, "ABORTED");
        throw e;
      }
      this.failures += child.itemCount;
      // Once the threshold is breached no further child starts (the caller cancels the running ones).
      const exceeded = this.exceeded();
      if (exceeded) this.failing = true;
      this.settle(child, "FAILED");
      if (exceeded) throw new StatesError("States.ExceedToleratedFailureThreshold", THRESHOLD_EXCEEDED);
      return null;
    }
  }

  /** The Map state ends the run once every child has settled. */
  end(status: Exclude<MapRunStatus, "RUNNING">): void {
    if (this.status !== "RUNNING") return;
    this.status = status;
    this.stopDate = this.clock.now();
    this.observer?.mapRunEnded?.(this);
  }

  /** Whether the failures so far breach the thresholds that are set. */
  private exceeded(): boolean {
    const { toleratedFailureCount: count, toleratedFailurePercentage: percentage } = this.settingsNow;
    if (count === undefined && percentage === undefined) return this.failures > 0;
    if (count !== undefined && this.failures > count) return true;
    return percentage !== undefined && this.itemCount > 0 && (this.failures / this.itemCount) * 100 > percentage;
  }

  private hasFreeSlot(): boolean {
    const limit = this.settingsNow.maxConcurrency;
    return limit <= 0 || this.running < limit;
  }

  /** Waits for a free slot (in arrival order); rejects with the abort reason if `signal` aborts first. */
  private slot(signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (!this.failing && this.waiting.length === 0 && this.hasFreeSlot()) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const admit = () => {
        signal.removeEventListener("abort", onAbort);
        this.running += 1;
        resolve();
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(admit);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(signal.reason);
      };
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiting.push(admit);
    });
  }

  private admitWaiting(): void {
    while (!this.failing && this.waiting.length > 0 && this.hasFreeSlot()) this.waiting.shift()!();
  }

  private release(): void {
    this.running -= 1;
    this.admitWaiting();
  }

  private settle(child: MapRunChild, status: ExecutionStatus): void {
    child.status = status;
    child.stopDate = this.clock.now();
    this.observer?.mapRunProgressed?.(this);
    this.release();
  }
}

function emptyCounts(): MapRunCounts {
  return { pending: 0, running: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, total: 0, resultsWritten: 0, failuresNotRedrivable: 0, pendingRedrive: 0 };
}

function tally(counts: MapRunCounts, status: ExecutionStatus, weight: number): void {
  switch (status) {
    case "RUNNING":
      counts.running += weight;
      break;
    case "SUCCEEDED":
      counts.succeeded += weight;
      break;
    case "FAILED":
      counts.failed += weight;
      break;
    case "TIMED_OUT":
      counts.timedOut += weight;
      break;
    case "ABORTED":
      counts.aborted += weight;
      break;
  }
}
