import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { ChoiceOption, ChoiceState } from "../../definition/types.ts";
import { evaluateChoiceRule } from "../../choice/index.ts";
import { applyInputOrOutputPath, resolveReference } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { effectiveInput, evaluateAssign, exitState } from "./io.ts";
import { jsonataAssign, jsonataBoolean, jsonataOutput } from "./jsonata-io.ts";

/**
 * Choice: the first matching rule's Next (with the rule's own Assign/Output when it has them),
 * else Default, else States.NoChoiceMatched.
 */
export async function runChoice(state: ChoiceState, visit: StateVisit): Promise<StateOutcome> {
  if (state.queryLanguage === "JSONata") {
    for (const [index, option] of state.choices.entries()) {
      if (option.match.kind !== "condition") continue;
      if (await jsonataBoolean(option.match.condition, visit, `Choices/${index}/Condition`)) return leaveJsonata(state, visit, option.next, option);
    }
    if (state.default !== undefined) return leaveJsonata(state, visit, state.default);
    throw noMatch();
  }
  const input = effectiveInput(state, visit);
  const env = visit.pathEnvironment(input);
  const resolve = (path: string) => {
    const found = resolveReference(path, env);
    return found.found ? { found: true as const, value: found.value } : { found: false as const };
  };
  for (const option of state.choices) {
    if (option.match.kind === "rule" && evaluateChoiceRule(option.match.rule, { resolve })) {
      return leaveJsonPath(state, visit, input, option.next, option.assign);
    }
  }
  if (state.default !== undefined) return leaveJsonPath(state, visit, input, state.default, state.assign);
  throw noMatch();
}

async function leaveJsonPath(state: ChoiceState, visit: StateVisit, input: Json, next: string, assign: ChoiceOption["assign"]): Promise<StateOutcome> {
  const assignments = await evaluateAssign(assign, visit, input);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(input));
  return exitState(visit, output, next, assignments);
}

/**
 * Spec "Choice Rules" / "Using Assign": a matching rule uses its own Assign and Output (none = no
 * assignment, input passed on); the state's top-level ones apply only when Default is taken.
 */
async function leaveJsonata(state: ChoiceState, visit: StateVisit, next: string, option?: ChoiceOption): Promise<StateOutcome> {
  const assignments = await jsonataAssign(option ? option.assign : state.assign, visit);
  const output = await jsonataOutput(option ? option.output : state.output, visit, visit.rawInput);
  return exitState(visit, output, next, assignments);
}

/** No recording shows AWS's cause for this; the spec names only the error. */
function noMatch(): StatesError {
  return new StatesError("States.NoChoiceMatched", "No Matches!");
}
