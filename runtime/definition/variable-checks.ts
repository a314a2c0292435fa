import { choiceRulePaths } from "../choice/index.ts";
import type { IntrinsicArg, IntrinsicCall } from "../intrinsics/parse.ts";
import type { PayloadTemplate } from "./payload-template.ts";
import type { ProblemCollector } from "./problems.ts";
import type { State, StateGraph } from "./types.ts";

/**
 * Definition-time checks of workflow variables (spec "State Machine Variables", "Variable Scope"):
 * names are identifiers of at most 80 characters and `states` is reserved; a Parallel branch or Map
 * iteration may read the variables of the scopes around it but not assign them; and a JSONPath
 * reference to a variable that no state in scope ever assigns can never resolve. JSONata references
 * are deliberately not checked: AWS accepts `{% $doesNotExist %}` and fails at run time with
 * States.QueryEvaluationError (recorded, test_undefined_reference[*]). AWS's exact
 * wording for these is not recorded (jsonata-and-variables.md §16), so the messages are ours.
 */
const MAX_NAME_LENGTH = 80;
const IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}]*$/u;
const VARIABLE_REFERENCE = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

export function checkVariables(graph: StateGraph, problems: ProblemCollector): void {
  checkGraph(graph, { readable: new Set(), unassignable: new Set() }, problems);
}

/** A variable name and where in the definition it is used. */
interface VariableUse {
  name: string;
  location: string;
}

interface Assignment extends VariableUse {
  /** Assigned by a Catcher's Assign (when the state fails), not by the state's own Assign or a Choice rule. */
  byCatcher: boolean;
}

/**
 * What the scopes around a graph hold: the names its states may read, and the names they must not
 * assign. A name the enclosing scope assigns only in a Catcher is not in the latter: AWS accepted
 * (and ran) a Parallel branch assigning `inputVar`, which the Parallel state's own Catcher assigns
 * too (recorded, test_error_output.py test_parallel_catch_error[PARALLEL_CATCH_ERROR_VARIABLE_SAMPLING]).
 */
interface OuterScopes {
  readable: ReadonlySet<string>;
  unassignable: ReadonlySet<string>;
}

function checkGraph(graph: StateGraph, outer: OuterScopes, problems: ProblemCollector): void {
  const assignments = [...graph.states.values()].flatMap(assignmentsOf);
  const assigned = new Set(assignments.map((a) => a.name));
  for (const { name, location } of assignments) {
    if (name === "states") problems.schema("The variable name 'states' is reserved", location);
    else if (!IDENTIFIER.test(name) || name.length > MAX_NAME_LENGTH) problems.schema(`'${name}' is not a valid variable name`, location);
    if (outer.unassignable.has(name)) {
      problems.schema(`The variable '${name}' belongs to an enclosing scope: a Parallel branch or Map iteration can read it but not assign it`, location);
    }
  }
  const visible = new Set([...outer.readable, ...assigned]);
  const inner: OuterScopes = {
    readable: visible,
    unassignable: new Set([...outer.unassignable, ...assignments.filter((a) => !a.byCatcher).map((a) => a.name)]),
  };
  for (const state of graph.states.values()) {
    for (const { name, location } of referencesOf(state)) {
      if (name !== "states" && !visible.has(name)) problems.schema(`The variable '$${name}' is referenced but never assigned`, location);
    }
    if (state.type === "Parallel") for (const branch of state.branches) checkGraph(branch, inner, problems);
    if (state.type === "Map") checkGraph(state.processor, inner, problems);
  }
}

function assignmentsOf(state: State): Assignment[] {
  const out: Assignment[] = [];
  const add = (template: PayloadTemplate | undefined, location: string, byCatcher = false) => {
    if (!template) return;
    if (template.kind === "object") for (const f of template.fields) out.push({ name: f.key, location, byCatcher });
    if (template.kind === "literal" && template.value !== null && typeof template.value === "object" && !Array.isArray(template.value)) {
      for (const key of Object.keys(template.value)) out.push({ name: key.endsWith(".$") ? key.slice(0, -2) : key, location, byCatcher });
    }
  };
  add(state.assign, `${state.location}/Assign`);
  if (state.type === "Choice") state.choices.forEach((c, i) => add(c.assign, `${state.location}/Choices[${i}]/Assign`));
  if (state.type === "Task" || state.type === "Parallel" || state.type === "Map") {
    state.catch.forEach((c, i) => add(c.assign, `${state.location}/Catch[${i}]/Assign`, true));
  }
  return out;
}

/** Variables a JSONPath state reads through `$name` paths (templates, *Path fields, Choice rules). */
export function referencesOf(state: State): VariableUse[] {
  if (state.queryLanguage !== "JSONPath") return [];
  const out: VariableUse[] = [];
  const addPath = (path: string | null | undefined, location: string) => {
    const match = path ? VARIABLE_REFERENCE.exec(path) : null;
    if (match) out.push({ name: match[1]!, location });
  };
  const addTemplate = (template: PayloadTemplate | undefined, location: string) => {
    if (!template) return;
    if (template.kind === "path") addPath(template.path, location);
    if (template.kind === "intrinsic") addIntrinsic(template.call, location);
    if (template.kind === "object") for (const f of template.fields) addTemplate(f.value, location);
    if (template.kind === "array") for (const item of template.items) addTemplate(item, location);
  };
  const addIntrinsic = (call: IntrinsicCall, location: string) => {
    for (const arg of call.args as IntrinsicArg[]) {
      if (arg.kind === "path") addPath(arg.path, location);
      if (arg.kind === "call") addIntrinsic(arg.call, location);
    }
  };
  const at = (field: string) => `${state.location}/${field}`;
  addTemplate(state.assign, at("Assign"));
  if ("inputPath" in state) {
    addPath(state.inputPath, at("InputPath"));
    addPath(state.outputPath, at("OutputPath"));
  }
  if ("parameters" in state) addTemplate(state.parameters, at("Parameters"));
  if ("resultSelector" in state) addTemplate(state.resultSelector, at("ResultSelector"));
  switch (state.type) {
    case "Choice":
      state.choices.forEach((c, i) => {
        if (c.match.kind === "rule") for (const p of choiceRulePaths(c.match.rule)) addPath(p, at(`Choices[${i}]`));
        addTemplate(c.assign, at(`Choices[${i}]/Assign`));
      });
      break;
    case "Wait":
      if (state.wait.value.kind === "path") addPath(state.wait.value.path, at(state.wait.kind === "seconds" ? "SecondsPath" : "TimestampPath"));
      break;
    case "Fail":
      if (state.error?.kind === "path") addPath(state.error.path, at("ErrorPath"));
      if (state.cause?.kind === "path") addPath(state.cause.path, at("CausePath"));
      break;
    case "Map":
      addPath(state.itemsPath, at("ItemsPath"));
      addTemplate(state.itemSelector, at("ItemSelector"));
      // Distributed Map's reader and batcher settings are kept as raw JSON; their *Path fields may name variables.
      addPath(rawString(state.itemReader, "ReaderConfig", "MaxItemsPath"), at("ItemReader/ReaderConfig/MaxItemsPath"));
      addPath(rawString(state.itemBatcher, "MaxItemsPerBatchPath"), at("ItemBatcher/MaxItemsPerBatchPath"));
      addPath(rawString(state.itemBatcher, "MaxInputBytesPerBatchPath"), at("ItemBatcher/MaxInputBytesPerBatchPath"));
      addTemplate(state.reader?.arguments, at("ItemReader/Parameters"));
      addTemplate(state.batcher?.batchInput, at("ItemBatcher/BatchInput"));
      addTemplate(state.writer?.arguments, at("ResultWriter/Parameters"));
      for (const [value, field] of [
        [state.maxConcurrency, "MaxConcurrencyPath"],
        [state.toleratedFailureCount, "ToleratedFailureCountPath"],
        [state.toleratedFailurePercentage, "ToleratedFailurePercentagePath"],
      ] as const) {
        if (value?.kind === "path") addPath(value.path, at(field));
      }
      break;
    case "Task":
      if (state.timeoutSeconds?.kind === "path") addPath(state.timeoutSeconds.path, at("TimeoutSecondsPath"));
      if (state.heartbeatSeconds?.kind === "path") addPath(state.heartbeatSeconds.path, at("HeartbeatSecondsPath"));
      break;
    default:
      break;
  }
  if (state.type === "Task" || state.type === "Parallel" || state.type === "Map") {
    state.catch.forEach((c, i) => addTemplate(c.assign, at(`Catch[${i}]/Assign`)));
  }
  return out;
}

/** A string member of raw JSON settings (`rawString(reader, "ReaderConfig", "MaxItemsPath")`), if present. */
function rawString(value: unknown, ...keys: string[]): string | undefined {
  let node = value;
  for (const key of keys) {
    if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "string" ? node : undefined;
}
