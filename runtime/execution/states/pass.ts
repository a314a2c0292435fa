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
  if (state.result !== undefined) visit.inspect("result", state.result);
  const result = state.result !== undefined ? state.result : await applyParameters(state, visit, input);
  // DG concepts-error-handling: the input after Parameters (a Pass state's result) must fit the payload
  // quota even when ResultPath/OutputPath would keep less of it.
  if (state.result === undefined && state.parameters !== undefined) visit.checkPayloadSize(JSON.stringify(result));
  // A Pass state has no ResultSelector: its result goes to ResultPath as it is.
  visit.inspect("afterResultSelector", result);
  const assignments = await evaluateAssign(state.assign, visit, result);
  const merged = mergeResult(visit.rawInput, state.resultPath, result);
  visit.inspect("afterResultPath", merged);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(merged));
  return exitState(visit, output, nextOf(state), assignments);
}
