import type { Json } from "../core/json.ts";
import { StatesError } from "../core/errors.ts";
import { ExecutionInterrupted, LaneCancelled } from "./interruption.ts";
import { type ChildOutcome, GraphProgress } from "./resume-point.ts";
import { asStatesError, type RunContext } from "./state-visit.ts";

/**
 * Runs child lanes (Parallel branches, Map iterations) side by side with at most `limit` at a time
 * (0 = no limit). Each child's first event links to the parent's latest event when the child
 * starts; when a child ends, the parent's lane moves to the child's last event (AWS's links). The first failure cancels the others (they see their signal abort) and is
 * rethrown once every started child has settled, so no child keeps writing history afterwards.
 * How each child ended is reported to the parent's progress; when the state is being redriven,
 * children that finished in the last attempt are not run again (their output is reused, no events).
 */
export async function fanOut(
  parent: RunContext,
  count: number,
  limit: number,
  runChild: (index: number, child: RunContext) => Promise<Json>,
  onCancelled?: (index: number, child: RunContext) => void,
): Promise<Json[]> {
  const results: Json[] = new Array(count);
  const cancel = new AbortController();
  const signal = AbortSignal.any([parent.signal, cancel.signal]);
  let failure: StatesError | undefined;
  let interruption: unknown;
  let nextIndex = 0;
  const width = limit > 0 ? Math.min(limit, count) : count;
  const kept = parent.progress?.takeKeptChildren(count);
  // Until a child runs again, it keeps the outcome it had (a later redrive still reuses or resumes it).
  const outcomes: ChildOutcome[] = Array.from({ length: count }, (_, index) => kept?.[index] ?? { status: "NOT_STARTED" });
  parent.progress?.recordChildren(outcomes);

  const worker = async (): Promise<void> => {
    while (nextIndex < count && !signal.aborted) {
      const index = nextIndex++;
      const previous = kept?.[index];
      if (previous?.status === "SUCCEEDED") {
        results[index] = previous.output;
        continue;
      }
      const progress = new GraphProgress(previous?.status === "STOPPED" ? previous.at : undefined);
      const child: RunContext = { ...parent, lane: parent.lane.fork(), scope: parent.scope.child(), signal, progress };
      // A child that stopped (even one whose failure the caller tolerates) is rerun by a redrive.
      const stopped = (): ChildOutcome => ({ status: "STOPPED", ...(progress.stoppedAt ? { at: progress.stoppedAt } : {}) });
      try {
        results[index] = await runChild(index, child);
        outcomes[index] = progress.stoppedAt ? stopped() : { status: "SUCCEEDED", output: results[index]! };
        // The parent (and the next child to start) continues from where this child's events ended.
        parent.lane.lastEventId = child.lane.lastEventId;
      } catch (e) {
        outcomes[index] = stopped();
        if (e instanceof LaneCancelled || (cancel.signal.aborted && !(e instanceof StatesError))) {
          onCancelled?.(index, child);
          continue;
        }
        if (e instanceof ExecutionInterrupted || parent.signal.aborted) {
          interruption ??= e;
          continue;
        }
        if (failure === undefined) {
          failure = asStatesError(e);
          parent.lane.lastEventId = child.lane.lastEventId;
          cancel.abort(new LaneCancelled());
        } else {
          onCancelled?.(index, child);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  if (interruption !== undefined) throw interruption;
  if (parent.signal.aborted) throw parent.signal.reason;
  if (failure) throw failure;
  return results;
}
