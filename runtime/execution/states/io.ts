import type { Json } from "../../core/json.ts";
import type { PayloadTemplate } from "../../definition/payload-template.ts";
import type { Catcher, MapState, ParallelState, PathIO, ResultIO, State, TaskState } from "../../definition/types.ts";
import type { StateInfo } from "../context-object.ts";
import { payloadText } from "../history.ts";
import { applyInputOrOutputPath, applyResultPath, evaluateTemplate } from "../jsonpath-io.ts";
import type { StateOutcome, StateVisit } from "../state-visit.ts";
import { evaluateJsonata, jsonataAssign, jsonataCatch, jsonataOutput } from "./jsonata-io.ts";

/**
 * The input/output pipeline shared by the state handlers. JSONPath mode: InputPath → Parameters →
 * (work) → ResultSelector → ResultPath → OutputPath; JSONata mode: Arguments → (work) → Output;
 * then Assign and the StateExited event.
 */

/** InputPath applied to the state's raw input. */
export function effectiveInput(state: PathIO, visit: StateVisit): Json {
  const input = applyInputOrOutputPath(state.inputPath, visit.pathEnvironment(visit.rawInput));
  visit.inspect("afterInputPath", input);
  return input;
}

/** Parameters (when present) applied to the effective input. */
export async function applyParameters(state: ResultIO, visit: StateVisit, input: Json, extra: Partial<StateInfo> = {}): Promise<Json> {
  const parameters = state.parameters ? await evaluateTemplate(state.parameters, visit.pathEnvironment(input, extra)) : input;
  visit.inspect("afterParameters", parameters);
  return parameters;
}

/** ResultSelector, ResultPath and OutputPath applied to a result. */
export async function shapeOutput(state: PathIO & ResultIO, visit: StateVisit, result: Json): Promise<Json> {
  const selected = state.resultSelector ? await evaluateTemplate(state.resultSelector, visit.pathEnvironment(result)) : result;
  visit.inspect("afterResultSelector", selected);
  const merged = mergeResult(visit.rawInput, state.resultPath, selected);
  visit.inspect("afterResultPath", merged);
  return applyInputOrOutputPath(state.outputPath, visit.pathEnvironment(merged));
}

/** ResultPath: where the result goes in the raw input. */
export function mergeResult(rawInput: Json, resultPath: string | null, result: Json): Json {
  return applyResultPath(rawInput, resultPath, result);
}

/** Evaluates an Assign block to the name → value pairs to commit (not yet visible). */
export async function evaluateAssign(template: PayloadTemplate | undefined, visit: StateVisit, value: Json): Promise<Map<string, Json> | undefined> {
  if (!template) return undefined;
  const evaluated = await evaluateTemplate(template, visit.pathEnvironment(value));
  const assignments = new Map<string, Json>();
  if (evaluated !== null && typeof evaluated === "object" && !Array.isArray(evaluated)) {
    for (const [name, v] of Object.entries(evaluated)) assignments.set(name, v);
  }
  return assignments;
}

/**
 * Emits `<Type>StateExited` with the output (and the variables the state assigned), commits the
 * assignments, and returns the outcome. The 256 KiB output limit fails the execution directly;
 * an output or variable nested too deeply fails the state.
 */
export function exitState(visit: StateVisit, output: Json, next: string | undefined, assignments?: Map<string, Json>): StateOutcome {
  visit.checkPayloadDepth(output, "output");
  for (const [name, value] of assignments ?? []) visit.checkPayloadDepth(value, `variable '${name}'`);
  const text = JSON.stringify(output);
  visit.checkPayloadSize(text);
  const details: Record<string, unknown> = { name: visit.state.name, ...payloadText("output", text) };
  if (assignments && assignments.size > 0) {
    const assigned: Record<string, string> = {};
    // AWS lists assigned variables sorted by name.
    for (const [name, value] of [...assignments].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      assigned[name] = JSON.stringify(value);
      visit.ctx.scope.assign(name, value);
    }
    details["assignedVariables"] = assigned;
    details["assignedVariablesDetails"] = { truncated: false };
  }
  visit.ctx.lane.emit(`${visit.state.type}StateExited`, "stateExitedEventDetails", details);
  return { output, next };
}

export function nextOf(state: State): string | undefined {
  return "transition" in state && state.transition.kind === "next" ? state.transition.next : undefined;
}

type ResultState = TaskState | ParallelState | MapState;

/**
 * The input the state's work receives: JSONPath InputPath + Parameters; JSONata Arguments (default:
 * the state input).
 */
export async function workInput(state: TaskState | ParallelState, visit: StateVisit, extra: Partial<StateInfo> = {}): Promise<Json> {
  if (state.queryLanguage === "JSONata") {
    const args = state.arguments ? await evaluateJsonata(state.arguments, visit, "Arguments", { extra }) : visit.rawInput;
    visit.inspect("afterArguments", args);
    return args;
  }
  return applyParameters(state, visit, effectiveInput(state, visit), extra);
}

/** A state's output and the variables it assigns, computed but not yet committed. */
export interface ShapedResult {
  output: Json;
  assignments: Map<string, Json> | undefined;
}

/**
 * Evaluates Output and Assign of a JSONata Task/Parallel/Map on its result. It runs inside the
 * Retry/Catch scope: spec "JSONata Runtime Errors" lets these states retry and catch
 * States.QueryEvaluationError. (JSONPath's ResultSelector/ResultPath/OutputPath errors are
 * States.Runtime and recorded as uncatchable, so that shaping stays outside.)
 */
export async function shapeJsonataResult(state: ResultState, visit: StateVisit, result: Json): Promise<ShapedResult | undefined> {
  if (state.queryLanguage !== "JSONata") return undefined;
  const assignments = await jsonataAssign(state.assign, visit, { result });
  const output = await jsonataOutput(state.output, visit, result, { result });
  return { output, assignments };
}

/** Finishes a Task/Parallel/Map with its result: Assign, output processing, StateExited. */
export async function finishWithResult(state: ResultState, visit: StateVisit, result: Json, shaped?: ShapedResult): Promise<StateOutcome> {
  if (shaped) return exitState(visit, shaped.output, nextOf(state), shaped.assignments);
  if (state.queryLanguage === "JSONata") {
    const jsonata = (await shapeJsonataResult(state, visit, result))!;
    return exitState(visit, jsonata.output, nextOf(state), jsonata.assignments);
  }
  const assignments = await evaluateAssign(state.assign, visit, result);
  const output = await shapeOutput(state, visit, result);
  return exitState(visit, output, nextOf(state), assignments);
}

/** Finishes a state whose error a Catcher caught: the catcher's output and Assign, then its Next. */
export async function finishWithCatch(visit: StateVisit, caught: { catcher: Catcher; errorOutput: Json }): Promise<StateOutcome> {
  const { catcher, errorOutput } = caught;
  if (visit.state.queryLanguage === "JSONata") {
    const { output, assignments } = await jsonataCatch(catcher, visit, errorOutput);
    return exitState(visit, output, catcher.next, assignments);
  }
  const assignments = await evaluateAssign(catcher.assign, visit, errorOutput);
  const output = mergeResult(visit.rawInput, catcher.resultPath, errorOutput);
  return exitState(visit, output, catcher.next, assignments);
}
