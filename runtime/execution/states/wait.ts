import type { Json } from "../../core/json.ts";
import { parseRfc3339 } from "../../core/timestamp.ts";
import type { WaitState } from "../../definition/types.ts";
import { applyInputOrOutputPath, resolveReference } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { evaluateJsonataTimestamp, QueryEvaluationError } from "../../jsonata/index.ts";
import { effectiveInput, evaluateAssign, exitState, nextOf } from "./io.ts";
import { jsonataAssign, jsonataEnvironment, jsonataNumberField, jsonataOutput } from "./jsonata-io.ts";

/** AWS rejects delays that do not fit a signed 32-bit number of seconds ("Wait state delay is too long."). */
const MAX_DELAY_SECONDS = 2_147_483_647;

/** Wait: Seconds, SecondsPath, Timestamp or TimestampPath, then passes its input on. */
export async function runWait(state: WaitState, visit: StateVisit): Promise<StateOutcome> {
  if (state.queryLanguage === "JSONata") {
    const delayMs = await jsonataDelayMs(state, visit);
    await visit.run.sleepInWait(visit, delayMs);
    visit.throwIfCancelled();
    const assignments = await jsonataAssign(state.assign, visit);
    return exitState(visit, await jsonataOutput(state.output, visit, visit.rawInput), nextOf(state), assignments);
  }
  const input = effectiveInput(state, visit);
  const delayMs = waitDelayMs(state, visit, input);
  await visit.run.sleepInWait(visit, delayMs);
  visit.throwIfCancelled();
  const assignments = await evaluateAssign(state.assign, visit, input);
  const output = applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(input));
  return exitState(visit, output, nextOf(state), assignments);
}

function waitDelayMs(state: WaitState, visit: StateVisit, input: Json): number {
  const spec = state.wait;
  if (spec.kind === "seconds") {
    if (spec.value.kind === "literal") return spec.value.value * 1000;
    const path = spec.value.kind === "path" ? spec.value.path : "";
    const found = resolveReference(path, visit.pathEnvironment(input));
    if (!found.found) throw visit.runtimeError(`The SecondsPath parameter does not reference an input value: ${path}`);
    const seconds = found.value;
    if (typeof seconds !== "number" || !Number.isInteger(seconds)) {
      throw visit.runtimeError(`The SecondsPath parameter cannot be parsed as a long value: ${path} == ${show(seconds)}`);
    }
    if (seconds < 0) throw visit.runtimeError(`The SecondsPath parameter references a negative value: ${path} == ${seconds}`);
    if (seconds > MAX_DELAY_SECONDS) throw visit.runtimeError("Wait state delay is too long.");
    return seconds * 1000;
  }
  let text: string;
  let path = "";
  if (spec.value.kind === "literal") {
    text = spec.value.value;
  } else {
    path = spec.value.kind === "path" ? spec.value.path : "";
    const found = resolveReference(path, visit.pathEnvironment(input));
    if (!found.found) throw visit.runtimeError(`The TimestampPath parameter does not reference an input value: ${path}`);
    if (typeof found.value !== "string" || parseRfc3339(found.value) === undefined) {
      throw visit.runtimeError(`The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: ${path} == ${show(found.value)}`);
    }
    text = found.value;
  }
  const until = parseRfc3339(text)!;
  const delay = until - visit.run.clock.now().getTime();
  if (delay / 1000 > MAX_DELAY_SECONDS) throw visit.runtimeError("Wait state delay is too long.");
  return Math.max(0, delay);
}

/** Values as AWS prints them after `==`: strings bare, everything else as JSON. */
function show(value: Json): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

async function jsonataDelayMs(state: WaitState, visit: StateVisit): Promise<number> {
  const spec = state.wait;
  if (spec.kind === "seconds") {
    const seconds = await jsonataNumberField(spec.value, visit, "Seconds");
    if (seconds < 0) throw new QueryEvaluationError(`The Seconds field must be a non-negative integer, but was: ${seconds}`, "Seconds");
    if (seconds > MAX_DELAY_SECONDS) throw visit.runtimeError("Wait state delay is too long.");
    return seconds * 1000;
  }
  let until: number;
  if (spec.value.kind === "literal") until = parseRfc3339(spec.value.value)!;
  else {
    const template = { kind: "jsonata" as const, expression: spec.value.kind === "jsonata" ? spec.value.expression : "" };
    until = (await evaluateJsonataTimestamp(template, jsonataEnvironment(visit), "Timestamp")).epochMillis;
  }
  const delay = until - visit.run.clock.now().getTime();
  if (delay / 1000 > MAX_DELAY_SECONDS) throw visit.runtimeError("Wait state delay is too long.");
  return Math.max(0, delay);
}
