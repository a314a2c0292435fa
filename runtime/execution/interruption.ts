/** Thrown inside a run when the execution is stopped or times out, to unwind every lane. */
export class ExecutionInterrupted extends Error {
  constructor(readonly reason: "ABORTED" | "TIMED_OUT") {
    super(reason);
    this.name = "ExecutionInterrupted";
  }
}

/** Thrown inside a Parallel branch or Map iteration that was cancelled because a sibling failed. */
export class LaneCancelled extends Error {
  constructor() {
    super("cancelled because a sibling branch or iteration failed");
    this.name = "LaneCancelled";
  }
}
