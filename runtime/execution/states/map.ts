import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { DynamicValue, MapState } from "../../definition/types.ts";
import { runWithErrorHandling } from "../error-handling.ts";
import { fanOut } from "../fan-out.ts";
import { evaluateTemplate, resolveReference, selectPath } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { asStatesError } from "../state-visit.ts";
import { effectiveInput, evaluateAssign, exitState, mergeResult, nextOf, requireJsonPath, shapeOutput } from "./io.ts";

/**
 * Map (inline processing): runs the ItemProcessor once per item of ItemsPath, at most
 * MaxConcurrency at a time; ItemSelector shapes each item with `$$.Map.Item` in scope.
 */
export async function runMap(state: MapState, visit: StateVisit): Promise<StateOutcome> {
  requireJsonPath(visit);
  const input = effectiveInput(state, visit);
  const items = itemsOf(state, visit, input);
  const maxConcurrency = integerSetting(state.maxConcurrency, "MaxConcurrencyPath", visit, input);
  const toleratedCount = state.toleratedFailureCount ? integerSetting(state.toleratedFailureCount, "ToleratedFailureCountPath", visit, input) : undefined;
  if (toleratedCount !== undefined && toleratedCount < 0) throw visit.runtimeError("ToleratedFailureCount cannot be negative.");
  const toleratedPercentage = state.toleratedFailurePercentage
    ? numberSetting(state.toleratedFailurePercentage, "ToleratedFailurePercentagePath", visit, input, "float")
    : undefined;
  if (toleratedPercentage !== undefined && (toleratedPercentage < 0 || toleratedPercentage > 100)) {
    throw visit.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
  }
  const lane = visit.ctx.lane;
  let lastIterationSucceeded: number | undefined;
  const outcome = await runWithErrorHandling(visit, state.retry, state.catch, async () => {
    lane.emit("MapStateStarted", "mapStateStartedEventDetails", { length: items.length });
    try {
      const results = await fanOut(
        visit.ctx,
        items.length,
        maxConcurrency,
        async (index, child) => {
          const iteration = { index, name: state.name };
          child.lane.emit("MapIterationStarted", "mapIterationStartedEventDetails", iteration);
          try {
            const item = state.itemSelector
              ? await evaluateTemplate(state.itemSelector, visit.pathEnvironment(input, { mapItem: { index, value: items[index]! } }))
              : items[index]!;
            const output = await visit.run.runGraph(state.processor, item, child);
            // Iteration end events do not move the lane: the next iteration links to the last inner event.
            lastIterationSucceeded = child.lane.emitBeside("MapIterationSucceeded", "mapIterationSucceededEventDetails", iteration).id;
            return output;
          } catch (e) {
            if (child.signal.aborted && !(e instanceof StatesError)) throw e;
            const error = asStatesError(e);
            child.lane.emitBeside("MapIterationFailed", "mapIterationFailedEventDetails", iteration);
            throw error;
          }
        },
        (index, child) => child.lane.emit("MapIterationAborted", "mapIterationAbortedEventDetails", { index, name: state.name }),
      );
      // MapStateSucceeded and MapStateExited both link to the last MapIterationSucceeded.
      if (lastIterationSucceeded !== undefined) lane.lastEventId = lastIterationSucceeded;
      lane.emitBeside("MapStateSucceeded");
      return results as Json;
    } catch (e) {
      visit.throwIfCancelled();
      const error = asStatesError(e);
      lane.emit("MapStateFailed");
      throw error;
    }
  });
  if (outcome.kind === "caught") {
    const assignments = await evaluateAssign(outcome.catcher.assign, visit, outcome.errorOutput);
    const output = mergeResult(visit.rawInput, outcome.catcher.resultPath, outcome.errorOutput);
    return exitState(visit, output, outcome.catcher.next, assignments);
  }
  const assignments = await evaluateAssign(state.assign, visit, outcome.value);
  const output = await shapeOutput(state, visit, outcome.value);
  return exitState(visit, output, nextOf(state), assignments);
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
