import type { Json } from "../../core/json.ts";
import type { ParallelState } from "../../definition/types.ts";
import { runWithErrorHandling } from "../error-handling.ts";
import { fanOut } from "../fan-out.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { asStatesError } from "../state-visit.ts";
import { finishWithCatch, finishWithResult, shapeJsonataResult, workInput } from "./io.ts";

/** Parallel: runs every branch on the same input; the result is the array of branch outputs. */
export async function runParallel(state: ParallelState, visit: StateVisit): Promise<StateOutcome> {
  const lane = visit.ctx.lane;
  let started = false;
  const outcome = await runWithErrorHandling(
    visit,
    state.retry,
    state.catch,
    async () => {
      const branchInput = await workInput(state, visit);
      lane.emit("ParallelStateStarted");
      started = true;
      try {
        // TestState with a mock: the branches do not run; the mock is their outcome.
        const mock = visit.inspector?.mock;
        const results = mock
          ? mock.outcome()
          : await fanOut(visit.ctx, state.branches.length, 0, (index, child) =>
              visit.run.runGraph(state.branches[index]!, branchInput, { ...child, inParallelBranch: true }),
            );
        lane.emitBeside("ParallelStateSucceeded");
        return { result: results as Json, shaped: await shapeJsonataResult(state, visit, results as Json) };
      } catch (e) {
        visit.throwIfCancelled();
        throw asStatesError(e);
      }
    },
    () => {
      if (started) lane.emit("ParallelStateFailed");
    },
  );
  if (outcome.kind === "caught") return finishWithCatch(visit, outcome);
  return finishWithResult(state, visit, outcome.value.result, outcome.value.shaped);
}
