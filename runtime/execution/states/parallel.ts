import type { Json } from "../../core/json.ts";
import type { ParallelState } from "../../definition/types.ts";
import { runWithErrorHandling } from "../error-handling.ts";
import { fanOut } from "../fan-out.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { asStatesError } from "../state-visit.ts";
import { applyParameters, effectiveInput, evaluateAssign, exitState, mergeResult, nextOf, requireJsonPath, shapeOutput } from "./io.ts";

/** Parallel: runs every branch on the same input; the result is the array of branch outputs. */
export async function runParallel(state: ParallelState, visit: StateVisit): Promise<StateOutcome> {
  requireJsonPath(visit);
  const input = effectiveInput(state, visit);
  const lane = visit.ctx.lane;
  let started = false;
  const outcome = await runWithErrorHandling(visit, state.retry, state.catch, async () => {
    const branchInput = await applyParameters(state, visit, input);
    lane.emit("ParallelStateStarted");
    started = true;
    try {
      const results = await fanOut(visit.ctx, state.branches.length, 0, (index, child) =>
        visit.run.runGraph(state.branches[index]!, branchInput, { ...child, inParallelBranch: true }),
      );
      lane.emitBeside("ParallelStateSucceeded");
      return results as Json;
    } catch (e) {
      visit.throwIfCancelled();
      throw asStatesError(e);
    }
  }, () => {
    if (started) lane.emit("ParallelStateFailed");
  });
  if (outcome.kind === "caught") {
    const assignments = await evaluateAssign(outcome.catcher.assign, visit, outcome.errorOutput);
    const output = mergeResult(visit.rawInput, outcome.catcher.resultPath, outcome.errorOutput);
    return exitState(visit, output, outcome.catcher.next, assignments);
  }
  const assignments = await evaluateAssign(state.assign, visit, outcome.value);
  const output = await shapeOutput(state, visit, outcome.value);
  return exitState(visit, output, nextOf(state), assignments);
}
