import type { SucceedState } from "../../definition/types.ts";
import { applyInputOrOutputPath } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { effectiveInput, exitState, requireJsonPath } from "./io.ts";

/** Succeed: ends its graph successfully with the (InputPath/OutputPath-filtered) input. */
export async function runSucceed(state: SucceedState, visit: StateVisit): Promise<StateOutcome> {
  requireJsonPath(visit);
  const input = effectiveInput(state, visit);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(input));
  return exitState(visit, output, undefined);
}
