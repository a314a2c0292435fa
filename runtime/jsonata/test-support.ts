/** Shared fixtures for this folder's tests. */
import type { Json } from "../core/json.ts";
import type { JsonataEnvironment, JsonataLimits } from "./environment.ts";
import { QueryEvaluationError } from "./evaluate.ts";

export function makeEnv(
  overrides: { input?: Json; context?: Json; result?: Json; errorOutput?: Json; variables?: Record<string, Json>; limits?: Partial<JsonataLimits> } = {},
): JsonataEnvironment {
  const states: JsonataEnvironment["states"] = { input: overrides.input ?? {}, context: overrides.context ?? {} };
  if (overrides.result !== undefined) states.result = overrides.result;
  if (overrides.errorOutput !== undefined) states.errorOutput = overrides.errorOutput;
  let draws = 0;
  const env: JsonataEnvironment = {
    states,
    variables: overrides.variables ?? {},
    random: () => [0.25, 0.75][draws++ % 2]!,
    uuid: () => "0b7f1e4e-3c53-4a4b-9a3e-0c7c3f5b2d11",
  };
  if (overrides.limits) env.limits = overrides.limits;
  return env;
}

/** Runs `action`, which must throw a QueryEvaluationError, and returns it. */
export async function queryError(action: () => Promise<unknown>): Promise<QueryEvaluationError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof QueryEvaluationError) return error;
    throw error;
  }
  throw new Error("expected a QueryEvaluationError, but the evaluation succeeded");
}
