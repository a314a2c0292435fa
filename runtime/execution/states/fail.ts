import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { DynamicValue, FailState } from "../../definition/types.ts";
import { evaluateIntrinsic } from "../../intrinsics/evaluate.ts";
import { looksLikeIntrinsic, parseIntrinsic } from "../../intrinsics/parse.ts";
import { resolveReference } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { requireJsonPath } from "./io.ts";

/** Fail: ends the graph with an error; Error/Cause may come from paths or intrinsic calls. */
export async function runFail(state: FailState, visit: StateVisit): Promise<StateOutcome> {
  requireJsonPath(visit);
  const error = await resolveText(state.error, "ErrorPath", visit);
  const cause = await resolveText(state.cause, "CausePath", visit);
  throw new StatesError(error ?? "", cause);
}

async function resolveText(value: DynamicValue<string> | undefined, field: string, visit: StateVisit): Promise<string | undefined> {
  if (!value) return undefined;
  if (value.kind === "literal") return value.value;
  if (value.kind === "jsonata") throw new StatesError("States.Runtime", "The JSONata query language is not supported by this runtime yet");
  let resolved: Json;
  if (looksLikeIntrinsic(value.path)) {
    resolved = await evaluateIntrinsic(parseIntrinsic(value.path), {
      resolvePath: (path) => lookup(path, field, visit),
      random: () => visit.run.entropy.random(),
      uuid: () => visit.run.entropy.uuid(),
    });
  } else {
    resolved = lookup(value.path, field, visit);
  }
  if (typeof resolved !== "string") {
    throw visit.runtimeError(`The ${field} field must reference a string value: ${value.path} == ${JSON.stringify(resolved)}`);
  }
  return resolved;
}

function lookup(path: string, field: string, visit: StateVisit): Json {
  const result = resolveReference(path, visit.pathEnvironment(visit.rawInput));
  if (!result.found) {
    throw visit.runtimeError(`The JSONPath '${path}' specified for the field '${field}' could not be found in the input '${JSON.stringify(result.root)}'`);
  }
  return result.value;
}
