import type { PassState } from "../../definition/types.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { applyParameters, effectiveInput, evaluateAssign, exitState, mergeResult, nextOf, requireJsonPath } from "./io.ts";
import { applyInputOrOutputPath } from "../jsonpath-io.ts";

/** Pass: its result is `Result` when given, else the (Parameters-shaped) effective input. */
export async function runPass(state: PassState, visit: StateVisit): Promise<StateOutcome> {
  requireJsonPath(visit);
  const input = effectiveInput(state, visit);
  const result = state.result !== undefined ? state.result : await applyParameters(state, visit, input);
  const assignments = await evaluateAssign(state.assign, visit, result);
  const merged = mergeResult(visit.rawInput, state.resultPath, result);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(merged));
  return exitState(visit, output, nextOf(state), assignments);
}
