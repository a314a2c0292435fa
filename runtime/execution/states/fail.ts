import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { DynamicValue, FailState } from "../../definition/types.ts";
import { evaluateIntrinsic } from "../../intrinsics/evaluate.ts";
import { looksLikeIntrinsic, parseIntrinsic } from "../../intrinsics/parse.ts";
import { resolveReference } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { jsonataStringField } from "./jsonata-io.ts";

/**
 * Fail: ends the graph with an error; Error/Cause may come from paths, intrinsic calls or JSONata.
 * An empty error name stands for a Fail state without Error (AWS then reports no error at all).
 */
export async function runFail(state: FailState, visit: StateVisit): Promise<StateOutcome> {
  if (state.queryLanguage === "JSONata") {
    const error = state.error ? await jsonataStringField(state.error, visit, "Error") : undefined;
    const cause = state.cause ? await jsonataStringField(state.cause, visit, "Cause") : undefined;
    throw new StatesError(error ?? "", cause);
  }
  const error = await resolveText(state.error, "ErrorPath", visit);
  const cause = await resolveText(state.cause, "CausePath", visit);
  throw new StatesError(error ?? "", cause);
}

async function resolveText(value: DynamicValue<string> | undefined, field: string, visit: StateVisit): Promise<string | undefined> {
  if (!value) return undefined;
  if (value.kind === "literal") return value.value;
  if (value.kind === "jsonata") throw new StatesError("States.Runtime", `${field} cannot hold a JSONata expression in a JSONPath state`);
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
