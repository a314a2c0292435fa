import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { DynamicValue, MapState } from "../../definition/types.ts";
import { runWithErrorHandling } from "../error-handling.ts";
import { fanOut } from "../fan-out.ts";
import { History, Lane } from "../history.ts";
import { evaluateTemplate, resolveReference, selectPath } from "../jsonpath-io.ts";
import type { RunContext, StateOutcome, StateVisit } from "../state-visit.ts";
import { asStatesError } from "../state-visit.ts";
import { evaluateJsonataArray, QueryEvaluationError } from "../../jsonata/index.ts";
import { effectiveInput, finishWithCatch, finishWithResult, shapeJsonataResult } from "./io.ts";
import { evaluateJsonata, jsonataEnvironment, jsonataNumberField } from "./jsonata-io.ts";

const THRESHOLD_EXCEEDED = "The specified tolerated failure threshold was exceeded";

/**
 * Map: runs the ItemProcessor once per item of ItemsPath, at most MaxConcurrency at a time;
 * ItemSelector shapes each item with `$$.Map.Item` in scope. Inline iterations write their events
 * into the execution's history; DISTRIBUTED mode runs each item as a child workflow (with its own
 * history) under a Map Run, enforcing the tolerated failure count/percentage.
 */
export async function runMap(state: MapState, visit: StateVisit): Promise<StateOutcome> {
  const jsonata = state.queryLanguage === "JSONata";
  const input = jsonata ? visit.rawInput : effectiveInput(state, visit);
  const items = jsonata ? await jsonataItems(state, visit) : itemsOf(state, visit, input);
  const maxConcurrency = jsonata
    ? await jsonataNumberField(state.maxConcurrency, visit, "MaxConcurrency")
    : integerSetting(state.maxConcurrency, "MaxConcurrencyPath", visit, input);
  if (jsonata && maxConcurrency < 0) {
    throw new QueryEvaluationError(`The MaxConcurrency field must be a non-negative integer, but was: ${maxConcurrency}`, "MaxConcurrency");
  }
  const lane = visit.ctx.lane;
  // Recorded: MapStateFailed follows failures of items, not errors in the Map's own settings.
  let processingItems = false;
  const outcome = await runWithErrorHandling(
    visit,
    state.retry,
    state.catch,
    async () => {
      processingItems = false;
      lane.emit("MapStateStarted", "mapStateStartedEventDetails", { length: items.length });
      const tolerance = jsonata ? await jsonataTolerance(state, visit) : toleranceOf(state, visit, input);
      processingItems = true;
      const results = state.mode === "DISTRIBUTED"
        ? await runDistributed(state, visit, input, items, maxConcurrency, tolerance)
        : await runInline(state, visit, input, items, maxConcurrency);
      processingItems = false;
      return { result: results as Json, shaped: await shapeJsonataResult(state, visit, results as Json) };
    },
    () => {
      if (processingItems) lane.emit("MapStateFailed");
    },
  );
  if (outcome.kind === "caught") return finishWithCatch(visit, outcome);
  return finishWithResult(state, visit, outcome.value.result, outcome.value.shaped);
}

async function processItem(state: MapState, visit: StateVisit, input: Json, items: Json[], index: number, child: RunContext): Promise<Json> {
  const mapItem = { index, value: items[index]! };
  const item = !state.itemSelector
    ? items[index]!
    : state.queryLanguage === "JSONata"
      ? await evaluateJsonata(state.itemSelector, visit, "ItemSelector", { extra: { mapItem } })
      : await evaluateTemplate(state.itemSelector, visit.pathEnvironment(input, { mapItem }));
  return visit.run.runGraph(state.processor, item, child);
}

async function runInline(state: MapState, visit: StateVisit, input: Json, items: Json[], maxConcurrency: number): Promise<Json[]> {
  const lane = visit.ctx.lane;
  let lastIterationSucceeded: number | undefined;
  try {
    const results = await fanOut(visit.ctx, items.length, maxConcurrency, async (index, child) => {
      const iteration = { index, name: state.name };
      child.lane.emit("MapIterationStarted", "mapIterationStartedEventDetails", iteration);
      try {
        const output = await processItem(state, visit, input, items, index, child);
        // Iteration end events do not move the lane: the next iteration links to the last inner event.
        lastIterationSucceeded = child.lane.emitBeside("MapIterationSucceeded", "mapIterationSucceededEventDetails", iteration).id;
        return output;
      } catch (e) {
        if (child.signal.aborted && !(e instanceof StatesError)) {
          child.lane.emitBeside("MapIterationAborted", "mapIterationAbortedEventDetails", iteration);
          throw e;
        }
        child.lane.emitBeside("MapIterationFailed", "mapIterationFailedEventDetails", iteration);
        throw e;
      }
    });
    // MapStateSucceeded and MapStateExited both link to the last MapIterationSucceeded.
    if (lastIterationSucceeded !== undefined) lane.lastEventId = lastIterationSucceeded;
    lane.emitBeside("MapStateSucceeded");
    return results;
  } catch (e) {
    visit.throwIfCancelled();
    throw asStatesError(e);
  }
}

/**
 * Distributed mode: a Map Run of child workflows. The parent history shows only MapRunStarted /
 * MapRunSucceeded|MapRunFailed; each child runs with its own history. Failed items are tolerated
 * up to the threshold; beyond it the run fails with States.ExceedToleratedFailureThreshold.
 */
async function runDistributed(
  state: MapState,
  visit: StateVisit,
  input: Json,
  items: Json[],
  maxConcurrency: number,
  tolerance: { count: number; percentage: number },
): Promise<Json[]> {
  const lane = visit.ctx.lane;
  const run = visit.run;
  const label = state.label ?? state.name;
  const mapRunArn = `${run.info.stateMachineArn.replace(":stateMachine:", ":mapRun:")}/${label}:${run.entropy.uuid()}`;
  const mapRunStarted = lane.emit("MapRunStarted", "mapRunStartedEventDetails", { mapRunArn });
  const results: Json[] = new Array(items.length);
  let failures = 0;
  const exceeded = () => failures > tolerance.count || (items.length > 0 && (failures / items.length) * 100 > tolerance.percentage);
  const childHistory = new History(run.clock);
  await fanOut(visit.ctx, items.length, maxConcurrency, async (index, child) => {
    const childCtx: RunContext = { ...child, lane: new Lane(childHistory, 0) };
    try {
      results[index] = await processItem(state, visit, input, items, index, childCtx);
    } catch (e) {
      if (child.signal.aborted && !(e instanceof StatesError)) throw e;
      failures += 1;
      results[index] = null;
      if (exceeded()) throw new StatesError("States.ExceedToleratedFailureThreshold", THRESHOLD_EXCEEDED);
    }
    return results[index]!;
  }).catch((e: unknown) => {
    visit.throwIfCancelled();
    const error = asStatesError(e);
    lane.emit("MapRunFailed", "mapRunFailedEventDetails", { error: error.error, ...(error.causeText !== undefined ? { cause: error.causeText } : {}) });
    throw error;
  });
  lane.emit("MapRunSucceeded");
  lane.emitBeside("MapStateSucceeded");
  // Recordings since 2024-11 link MapStateExited to MapRunStarted.
  lane.lastEventId = mapRunStarted.id;
  return results;
}

function toleranceOf(state: MapState, visit: StateVisit, input: Json): { count: number; percentage: number } {
  const count = state.toleratedFailureCount ? integerSetting(state.toleratedFailureCount, "ToleratedFailureCountPath", visit, input) : 0;
  if (count < 0) throw visit.runtimeError("ToleratedFailureCount cannot be negative.");
  const percentage = state.toleratedFailurePercentage
    ? numberSetting(state.toleratedFailurePercentage, "ToleratedFailurePercentagePath", visit, input, "float")
    : 0;
  if (percentage < 0 || percentage > 100) throw visit.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
  return { count, percentage };
}

/** JSONata Items (default: the state input), which must be an array (recorded causes). */
async function jsonataItems(state: MapState, visit: StateVisit): Promise<Json[]> {
  if (state.items) return evaluateJsonataArray(state.items, jsonataEnvironment(visit), "Items");
  const input = visit.rawInput;
  if (!Array.isArray(input)) throw new QueryEvaluationError(`Map state input must be an array but was: ${JSON.stringify(input)}`);
  return input;
}

async function jsonataTolerance(state: MapState, visit: StateVisit): Promise<{ count: number; percentage: number }> {
  // Spec "JSONata Runtime Errors": an out-of-range value from an expression is a QueryEvaluationError.
  const count = state.toleratedFailureCount ? await jsonataNumberField(state.toleratedFailureCount, visit, "ToleratedFailureCount") : 0;
  if (count < 0) throw new QueryEvaluationError("ToleratedFailureCount cannot be negative.", "ToleratedFailureCount");
  const percentage = state.toleratedFailurePercentage
    ? await jsonataNumberField(state.toleratedFailurePercentage, visit, "ToleratedFailurePercentage", false)
    : 0;
  if (percentage < 0 || percentage > 100) throw new QueryEvaluationError("ToleratedFailurePercentage must be between 0 and 100.", "ToleratedFailurePercentage");
  return { count, percentage };
}

function itemsOf(state: MapState, visit: StateVisit, input: Json): Json[] {
  const items = state.itemsPath === "$" ? input : selectPath(state.itemsPath, visit.pathEnvironment(input));
  if (!Array.isArray(items)) throw visit.runtimeError(`Map state input must be an array but was: ${JSON.stringify(items)}`);
  return items;
}

function integerSetting(value: DynamicValue<number>, field: string, visit: StateVisit, input: Json): number {
  const resolved = numberSetting(value, field, visit, input);
  if (!Number.isInteger(resolved)) throw visit.runtimeError(`The ${field} field refers to value "${resolved}" which is not a valid integer: ${pathOf(value)}`);
  return resolved;
}

/** A number from a literal or a `...Path` field; AWS accepts numeric strings there (recorded: variables holding "1"). */
function numberSetting(value: DynamicValue<number>, field: string, visit: StateVisit, input: Json, kind: "integer" | "float" = "integer"): number {
  if (value.kind === "literal") return value.value;
  if (value.kind === "jsonata") throw visit.runtimeError(`The JSONata query language is not supported by this runtime yet`);
  const found = resolveReference(value.path, visit.pathEnvironment(input));
  if (!found.found) throw visit.runtimeError(`Invalid path '${value.path}' : ${found.message}`);
  const raw = found.value;
  const number = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
  if (Number.isNaN(number)) {
    const shown = typeof raw === "string" ? raw : JSON.stringify(raw);
    throw visit.runtimeError(`The ${field} field refers to value "${shown}" which is not a valid ${kind}: ${value.path}`);
  }
  return number;
}

function pathOf(value: DynamicValue<number>): string {
  return value.kind === "path" ? value.path : "";
}
