import { StatesError } from "../../core/errors.ts";
import type { Json } from "../../core/json.ts";
import type { MapState } from "../../definition/types.ts";
import { batchItems, type BatcherPlan, planBatcher } from "../distributed-map/item-batcher.ts";
import { planReader, readItems, type ReaderPlan } from "../distributed-map/item-reader.ts";
import { type ChildRecord, planWriter, type WriterPlan, writeResults } from "../distributed-map/result-writer.ts";
import { runWithErrorHandling } from "../error-handling.ts";
import { fanOut } from "../fan-out.ts";
import { Lane, payload } from "../history.ts";
import { MapRun, type MapRunChild } from "../map-run.ts";
import { GraphProgress } from "../resume-point.ts";
import { evaluateTemplate, selectPath } from "../jsonpath-io.ts";
import type { WorkMock } from "../state-inspector.ts";
import type { RunContext, StateOutcome, StateVisit } from "../state-visit.ts";
import { asStatesError } from "../state-visit.ts";
import { evaluateJsonataArray, QueryEvaluationError } from "../../jsonata/index.ts";
import { effectiveInput, finishWithCatch, finishWithResult, shapeJsonataResult } from "./io.ts";
import { evaluateJsonata, jsonataEnvironment, jsonataNumberField } from "./jsonata-io.ts";
import { integerSetting, numberSetting } from "./map-settings.ts";

/**
 * Map: runs the ItemProcessor once per item of ItemsPath, at most MaxConcurrency at a time;
 * ItemSelector shapes each item with `$$.Map.Item` in scope. Inline iterations write their events
 * into the execution's history; DISTRIBUTED mode runs each item (or each ItemBatcher batch) as a
 * child workflow (with its own history) under a Map Run, enforcing the tolerated failure
 * count/percentage, with the items read by its ItemReader and the results exported by its
 * ResultWriter when it has them (../distributed-map/).
 */
export async function runMap(state: MapState, visit: StateVisit): Promise<StateOutcome> {
  const jsonata = state.queryLanguage === "JSONata";
  const input = jsonata ? visit.rawInput : effectiveInput(state, visit);
  // TestState's mapItemReaderData stands for what the ItemReader would read.
  const readerItems = visit.inspector?.itemReaderItems;
  // An ItemReader reads inside the Map Run; ItemsPath does not apply to what it reads (recorded:
  // test_map_item_reader_base_json_with_items_path[*], even a path that selects nothing), nor Items.
  const readsItems = state.reader !== undefined && readerItems === undefined;
  const items = readerItems ?? (readsItems ? [] : jsonata ? await jsonataItems(state, visit) : itemsOf(state, visit, input));
  const maxConcurrency = jsonata
    ? await jsonataNumberField(state.maxConcurrency, visit, "MaxConcurrency")
    : integerSetting(state.maxConcurrency, "MaxConcurrencyPath", visit, input);
  if (jsonata && maxConcurrency < 0) {
    throw new QueryEvaluationError(`The MaxConcurrency field must be a non-negative integer, but was: ${maxConcurrency}`, "MaxConcurrency");
  }
  visit.inspector?.recordSetting("maxConcurrency", maxConcurrency);
  const distributed = state.mode === "DISTRIBUTED" && !visit.inspector?.mock;
  const data = distributed ? await planDataFields(state, visit, input, readsItems) : {};
  const lane = visit.ctx.lane;
  // Recorded: MapStateFailed follows failures of items, not errors in the Map's own settings.
  let processingItems = false;
  const outcome = await runWithErrorHandling(
    visit,
    state.retry,
    state.catch,
    async () => {
      processingItems = false;
      // Recorded: length 0 when an ItemReader supplies the items.
      lane.emit("MapStateStarted", "mapStateStartedEventDetails", { length: items.length });
      const tolerance = jsonata ? await jsonataTolerance(state, visit) : toleranceOf(state, visit, input);
      if (tolerance.count !== undefined) visit.inspector?.recordSetting("toleratedFailureCount", tolerance.count);
      if (tolerance.percentage !== undefined) visit.inspector?.recordSetting("toleratedFailurePercentage", tolerance.percentage);
      processingItems = true;
      const mock = visit.inspector?.mock;
      const results = mock
        ? await mockedIterations(state, visit, input, items, tolerance, mock)
        : state.mode === "DISTRIBUTED"
          ? await runDistributed(state, visit, input, readsItems ? undefined : items, data, maxConcurrency, tolerance)
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

/**
 * TestState with a mock: each item is selected (ItemSelector, observed) but not processed; the
 * mock is the iterations' outcome.
 */
async function mockedIterations(state: MapState, visit: StateVisit, input: Json, items: Json[], tolerance: Tolerance, mock: WorkMock): Promise<Json> {
  if (state.itemSelector) {
    const selected: Json[] = [];
    for (let index = 0; index < items.length; index++) selected.push(await selectItem(state, visit, input, items, index));
    visit.inspect("afterItemSelector", selected);
  }
  return mock.mapOutcome(items.length, tolerance);
}

async function processItem(state: MapState, visit: StateVisit, input: Json, items: Json[], index: number, child: RunContext): Promise<Json> {
  return visit.run.runGraph(state.processor, await selectItem(state, visit, input, items, index), child);
}

/** Item `index` as the processor gets it: shaped by ItemSelector, with `$$.Map.Item` in scope. */
async function selectItem(state: MapState, visit: StateVisit, input: Json, items: Json[], index: number): Promise<Json> {
  const mapItem = { index, value: items[index]! };
  if (!state.itemSelector) return items[index]!;
  return state.queryLanguage === "JSONata"
    ? evaluateJsonata(state.itemSelector, visit, "ItemSelector", { extra: { mapItem } })
    : evaluateTemplate(state.itemSelector, visit.pathEnvironment(input, { mapItem }));
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
 * MapRunSucceeded|MapRunFailed; each child runs as its own execution with its own history. In the
 * run: the ItemReader reads the items (when `items` is undefined), the ItemBatcher groups the
 * selected items, the Map Run (map-run.ts) admits at most MaxConcurrency children at a time and
 * tolerates failed items up to the threshold (beyond it the run fails with
 * States.ExceedToleratedFailureThreshold), and the ResultWriter exports the results. A failure of
 * any of these fails the run (MapRunFailed {error, cause}).
 */
async function runDistributed(
  state: MapState,
  visit: StateVisit,
  input: Json,
  items: Json[] | undefined,
  data: DataPlan,
  maxConcurrency: number,
  tolerance: Tolerance,
): Promise<Json> {
  const lane = visit.ctx.lane;
  const run = visit.run;
  const label = state.label ?? state.name;
  // Redriving the parent redrives the Map Run that did not succeed (API RedriveExecution): same
  // ARN, MapRunRedriven instead of MapRunStarted, and fanOut reruns only the unsuccessful children.
  const redriven = visit.ctx.progress?.takeKeptMapRun();
  const mapRunArn = redriven?.mapRunArn ?? `${run.info.stateMachineArn.replace(":stateMachine:", ":mapRun:")}/${label}:${run.entropy.uuid()}`;
  const redriveCount = redriven ? redriven.redriveCount + 1 : 0;
  const mapRunStarted = redriven
    ? lane.emit("MapRunRedriven", "mapRunRedrivenEventDetails", { mapRunArn, redriveCount })
    : lane.emit("MapRunStarted", "mapRunStartedEventDetails", { mapRunArn });
  const mapRun = new MapRun(
    { mapRunArn, executionArn: run.info.executionArn, stateMachineArn: `${run.info.stateMachineArn}/${label}`, label, redriveCount },
    {
      maxConcurrency,
      ...(tolerance.count !== undefined ? { toleratedFailureCount: tolerance.count } : {}),
      ...(tolerance.percentage !== undefined ? { toleratedFailurePercentage: tolerance.percentage } : {}),
    },
    run.clock,
    () => run.entropy.uuid(),
    run.mapRunObserver,
  );
  const records: ChildRecord[] = [];
  let children: ChildInputs | undefined;
  let result: Json;
  try {
    const source = items ?? (await readItems(state.reader!, data.reader!, visit));
    children = await childInputs(state, visit, input, data.batcher, source);
    mapRun.plan(children.sizes);
    const plan = children;
    // The Map Run limits concurrency itself (UpdateMapRun may change it while children run).
    const results = await fanOut(visit.ctx, plan.count, 0, (index, child) =>
      mapRun.runChild(index, child.signal, (execution) => runChildExecution(state, visit, plan, execution, child, records)),
    );
    result = state.writer ? await writeResults(state.writer, data.writer!, visit, runResults(state, mapRun, records, plan, false)) : results;
  } catch (e) {
    visit.ctx.progress?.recordMapRun({ mapRunArn, redriveCount });
    const cancelled = visit.ctx.signal.aborted || run.signal.aborted;
    mapRun.end(cancelled ? "ABORTED" : "FAILED");
    visit.throwIfCancelled();
    const error = visit.withStatePrefix(asStatesError(e));
    // The children ran and the threshold ended the run: their results are still exported.
    if (state.writer && children && error.error === "States.ExceedToleratedFailureThreshold") {
      await writeResults(state.writer, data.writer!, visit, runResults(state, mapRun, records, children, true)).catch(() => undefined);
    }
    lane.emit("MapRunFailed", "mapRunFailedEventDetails", { error: error.error, ...(error.causeText !== undefined ? { cause: error.causeText } : {}) });
    throw error;
  }
  mapRun.end("SUCCEEDED");
  lane.emit("MapRunSucceeded");
  lane.emitBeside("MapStateSucceeded");
  // Recordings since 2024-11 link MapStateExited to MapRunStarted.
  lane.lastEventId = mapRunStarted.id;
  return result;
}

/**
 * The ItemReader's, ItemBatcher's and ResultWriter's settings, evaluated with MaxConcurrency and
 * the other settings, before MapStateStarted: an error in them (a path that selects nothing, a
 * JSONata error) follows the pattern recorded for the Map's settings. What AWS records as a
 * failure of the Map Run (a negative MaxItems) is checked in the run.
 */
interface DataPlan {
  reader?: ReaderPlan;
  batcher?: BatcherPlan;
  writer?: WriterPlan;
}

async function planDataFields(state: MapState, visit: StateVisit, input: Json, readsItems: boolean): Promise<DataPlan> {
  return {
    ...(readsItems && state.reader ? { reader: await planReader(state.reader, visit, input) } : {}),
    ...(state.batcher ? { batcher: await planBatcher(state.batcher, visit, input) } : {}),
    ...(state.writer ? { writer: await planWriter(state.writer, visit, input) } : {}),
  };
}

/** What each child workflow gets: its selected item, or its batch (ItemBatcher). */
interface ChildInputs {
  count: number;
  /** Items per child. */
  sizes: number[];
  /** The child's input (ItemSelector applied). */
  inputOf(index: number): Promise<Json>;
  /** Its input as far as it is known without evaluating anything (for children that never start). */
  pendingInputOf(index: number): Json;
}

async function childInputs(state: MapState, visit: StateVisit, input: Json, batcher: BatcherPlan | undefined, items: Json[]): Promise<ChildInputs> {
  if (!batcher) {
    // Each child selects its own item when it starts.
    return {
      count: items.length,
      sizes: items.map(() => 1),
      inputOf: (index) => selectItem(state, visit, input, items, index),
      pendingInputOf: (index) => items[index]!,
    };
  }
  // Batches are cut by the size of the selected items, so every item is selected first.
  const selected: Json[] = [];
  for (let index = 0; index < items.length; index++) selected.push(await selectItem(state, visit, input, items, index));
  const batches = batchItems(batcher, visit, selected);
  return {
    count: batches.inputs.length,
    sizes: batches.sizes,
    inputOf: async (index) => batches.inputs[index]!,
    pendingInputOf: (index) => batches.inputs[index]!,
  };
}

/**
 * What the ResultWriter exports: the children that ran in this attempt, and (when the run failed)
 * the inputs of those that never started. A redrive does not rerun children that succeeded
 * before; they are not in this attempt's results.
 */
function runResults(state: MapState, mapRun: MapRun, records: readonly ChildRecord[], plan: ChildInputs, failed: boolean) {
  const ran = records.filter((record) => record !== undefined);
  const pending: Json[] = [];
  if (failed) for (let index = 0; index < plan.count; index++) if (records[index] === undefined) pending.push(plan.pendingInputOf(index));
  return { mapRun, children: ran, pending, executionType: state.executionType ?? "STANDARD" } as const;
}

/** One child workflow execution: its own history from ExecutionStarted (its input) to its end. */
async function runChildExecution(
  state: MapState,
  visit: StateVisit,
  plan: ChildInputs,
  execution: MapRunChild,
  child: RunContext,
  records: ChildRecord[],
): Promise<Json> {
  const item = await plan.inputOf(execution.index);
  const record: ChildRecord = { child: execution, input: item };
  records[execution.index] = record;
  execution.history.append("ExecutionStarted", 0, "executionStartedEventDetails", { ...payload("input", item), roleArn: visit.run.info.roleArn });
  // As in a top-level execution, the first state's entry links to event 0.
  const lane = new Lane(execution.history, 0);
  // A redrive resumes a STANDARD child where it stopped; an EXPRESS child (not redrivable itself)
  // runs again from its start.
  const walk: RunContext = state.executionType === "EXPRESS" ? { ...child, lane, progress: new GraphProgress() } : { ...child, lane };
  try {
    const output = await visit.run.runGraph(state.processor, item, walk);
    lane.emit("ExecutionSucceeded", "executionSucceededEventDetails", payload("output", output));
    record.output = output;
    return output;
  } catch (e) {
    if (child.signal.aborted && !(e instanceof StatesError)) {
      lane.emit("ExecutionAborted");
    } else {
      const error = asStatesError(e);
      if (error.error !== "") record.error = error.error;
      if (error.causeText !== undefined) record.cause = error.causeText;
      lane.emit("ExecutionFailed", "executionFailedEventDetails", {
        ...(error.causeText !== undefined ? { cause: error.causeText } : {}),
        ...(error.error !== "" ? { error: error.error } : {}),
      });
    }
    throw e;
  }
}

/** The tolerated failure thresholds the state sets (absent = not set). */
interface Tolerance {
  count?: number;
  percentage?: number;
}

function toleranceOf(state: MapState, visit: StateVisit, input: Json): Tolerance {
  const count = state.toleratedFailureCount ? integerSetting(state.toleratedFailureCount, "ToleratedFailureCountPath", visit, input) : undefined;
  if (count !== undefined && count < 0) throw visit.runtimeError("ToleratedFailureCount cannot be negative.");
  const percentage = state.toleratedFailurePercentage
    ? numberSetting(state.toleratedFailurePercentage, "ToleratedFailurePercentagePath", visit, input, "float")
    : undefined;
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) throw visit.runtimeError("ToleratedFailurePercentage must be between 0 and 100.");
  return { ...(count !== undefined ? { count } : {}), ...(percentage !== undefined ? { percentage } : {}) };
}

/** JSONata Items (default: the state input), which must be an array (recorded causes). */
async function jsonataItems(state: MapState, visit: StateVisit): Promise<Json[]> {
  if (state.items) return evaluateJsonataArray(state.items, jsonataEnvironment(visit), "Items");
  const input = visit.rawInput;
  if (!Array.isArray(input)) throw new QueryEvaluationError(`Map state input must be an array but was: ${JSON.stringify(input)}`);
  return input;
}

async function jsonataTolerance(state: MapState, visit: StateVisit): Promise<Tolerance> {
  // Spec "JSONata Runtime Errors": an out-of-range value from an expression is a QueryEvaluationError.
  const count = state.toleratedFailureCount ? await jsonataNumberField(state.toleratedFailureCount, visit, "ToleratedFailureCount") : undefined;
  if (count !== undefined && count < 0) throw new QueryEvaluationError("ToleratedFailureCount cannot be negative.", "ToleratedFailureCount");
  const percentage = state.toleratedFailurePercentage
    ? await jsonataNumberField(state.toleratedFailurePercentage, visit, "ToleratedFailurePercentage", false)
    : undefined;
  if (percentage !== undefined && (percentage < 0 || percentage > 100)) {
    throw new QueryEvaluationError("ToleratedFailurePercentage must be between 0 and 100.", "ToleratedFailurePercentage");
  }
  return { ...(count !== undefined ? { count } : {}), ...(percentage !== undefined ? { percentage } : {}) };
}

function itemsOf(state: MapState, visit: StateVisit, input: Json): Json[] {
  const items = state.itemsPath === "$" ? input : selectPath(state.itemsPath, visit.pathEnvironment(input));
  if (!Array.isArray(items)) {
    // Recorded (TestState): the path is shown relative to the value it selects from (`$$.x` as `$.x`).
    const shown = state.itemsPath.startsWith("$$") ? state.itemsPath.slice(1) : state.itemsPath;
    throw visit.runtimeError(`Reference path "${shown}" must point to array.`);
  }
  visit.inspect("afterItemsPath", items);
  return items;
}
