import type { PassState } from "../../definition/types.ts";
import { applyInputOrOutputPath } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { applyParameters, effectiveInput, evaluateAssign, exitState, mergeResult, nextOf } from "./io.ts";
import { jsonataAssign, jsonataOutput } from "./jsonata-io.ts";

/**
 * Pass. JSONPath: its result is `Result` when given, else the (Parameters-shaped) effective input.
 * JSONata: Output (default: the input).
 */
export async function runPass(state: PassState, visit: StateVisit): Promise<StateOutcome> {
  if (state.queryLanguage === "JSONata") {
    const assignments = await jsonataAssign(state.assign, visit);
    const output = await jsonataOutput(state.output, visit, visit.rawInput);
    return exitState(visit, output, nextOf(state), assignments);
  }
  const input = effectiveInput(state, visit);
  const result = state.result !== undefined ? state.result : await applyParameters(state, visit, input);
  const assignments = await evaluateAssign(state.assign, visit, result);
  const merged = mergeResult(visit.rawInput, state.resultPath, result);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(merged));
  return exitState(visit, output, nextOf(state), assignments);
}
