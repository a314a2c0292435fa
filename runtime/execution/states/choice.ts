import { StatesError } from "../../core/errors.ts";
import type { ChoiceState } from "../../definition/types.ts";
import { evaluateChoiceRule } from "../../choice/index.ts";
import { applyInputOrOutputPath, resolveReference } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { effectiveInput, evaluateAssign, exitState, requireJsonPath } from "./io.ts";

/** Choice: the first matching rule's Next, else Default, else States.NoChoiceMatched. */
export async function runChoice(state: ChoiceState, visit: StateVisit): Promise<StateOutcome> {
  requireJsonPath(visit);
  const input = effectiveInput(state, visit);
  const env = visit.pathEnvironment(input);
  const resolve = (path: string) => {
    const found = resolveReference(path, env);
    return found.found ? { found: true as const, value: found.value } : { found: false as const };
  };
  for (const option of state.choices) {
    if (option.match.kind !== "rule") continue;
    if (evaluateChoiceRule(option.match.rule, { resolve })) {
      const assignments = await evaluateAssign(option.assign ?? state.assign, visit, input);
      const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(input));
      return exitState(visit, output, option.next, assignments);
    }
  }
  if (state.default !== undefined) {
    const assignments = await evaluateAssign(state.assign, visit, input);
    const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(input));
    return exitState(visit, output, state.default, assignments);
  }
  throw new StatesError("States.NoChoiceMatched", `No Matches!`);
}
