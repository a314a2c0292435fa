import type { SucceedState } from "../../definition/types.ts";
import { applyInputOrOutputPath } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { effectiveInput, exitState } from "./io.ts";
import { jsonataOutput } from "./jsonata-io.ts";

/** Succeed: ends its graph successfully with the (filtered) input, or its JSONata Output. */
export async function runSucceed(state: SucceedState, visit: StateVisit): Promise<StateOutcome> {
  if (state.queryLanguage === "JSONata") return exitState(visit, await jsonataOutput(state.output, visit, visit.rawInput), undefined);
  const input = effectiveInput(state, visit);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(input));
  return exitState(visit, output, undefined);
}
