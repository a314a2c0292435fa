import type { Json } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { isRfc3339 } from "../core/timestamp.ts";
import { parseChoiceRules } from "../choice/index.ts";
import { isValidPath, isValidReferencePath } from "../jsonpath/index.ts";
import { FieldReader } from "./field-reader.ts";
import { parseItemBatcher, parseItemReader, parseResultWriter } from "./map-data-config.ts";
import { compileTemplate, isValidPathReference, jsonataExpressionOf, type PayloadTemplate } from "./payload-template.ts";
import { parseCatchers, parseRetriers, unsupported } from "./parse-retry-catch.ts";
import { checkTaskResource } from "./resources.ts";
import type { ProblemCollector } from "./problems.ts";
import type {
  ChoiceOption,
  DynamicValue,
  JsonataIO,
  PathIO,
  QueryLanguage,
  ResultIO,
  State,
  StateGraph,
  StateType,
  Transition,
} from "./types.ts";
import { STATE_TYPES } from "./types.ts";

/**
 * Parses a nested graph (Parallel branch, Map processor); provided by parse-definition.ts.
 * `workflowType` overrides the machine's type (a Distributed Map's EXPRESS child workflows).
 */
export type GraphParser = (raw: Json | undefined, location: string, queryLanguage: QueryLanguage, workflowType?: "STANDARD" | "EXPRESS") => StateGraph | undefined;

/** Maximum for Wait seconds, TimeoutSeconds and HeartbeatSeconds (spec: positive integers; AWS: 99999999). */
const MAX_SECONDS = 99_999_999;

interface StateParseContext {
  name: string;
  location: string;
  problems: ProblemCollector;
  /** The query language the state inherits from its machine. */
  inherited: QueryLanguage;
  machineType: "STANDARD" | "EXPRESS";
  parseGraph: GraphParser;
}

export function parseState(raw: Json, ctx: StateParseContext): State | undefined {
  if (!isJsonObject(raw)) {
    ctx.problems.schema("The value of a state must be an OBJECT", ctx.location);
    return undefined;
  }
  const r = new FieldReader(raw, ctx.location, ctx.problems);
  if (!r.require("Type")) return undefined;
  const type = r.string("Type");
  if (type === undefined || !STATE_TYPES.includes(type as StateType)) {
    ctx.problems.schema(`The field 'Type' should have one of these values: [${STATE_TYPES.join(", ")}]`, r.at("Type"));
    return undefined;
  }
  const queryLanguage = readQueryLanguage(r, ctx);
  const comment = r.string("Comment");
  const common = {
    name: ctx.name,
    location: ctx.location,
    queryLanguage,
    ...(comment !== undefined ? { comment } : {}),
    ...optional("assign", readTemplate(r, "Assign", queryLanguage)),
  };
  const parsed = parseByType(type as StateType, r, { ...ctx, queryLanguage }, common);
  r.rejectUnknown((name) => unknownFieldMessage(name, queryLanguage));
  return parsed;
}

/** Fields that exist only in one query language (spec document history, 22 Nov 2024). */
const JSONPATH_ONLY = new Set([
  "InputPath", "Parameters", "ResultSelector", "ResultPath", "OutputPath", "ItemsPath", "Result",
  "MaxConcurrencyPath", "ToleratedFailureCountPath", "ToleratedFailurePercentagePath",
  "TimeoutSecondsPath", "HeartbeatSecondsPath", "SecondsPath", "TimestampPath", "ErrorPath", "CausePath", "Iterator",
]);
const JSONATA_ONLY = new Set(["Arguments", "Output", "Items"]);

function unknownFieldMessage(name: string, queryLanguage: QueryLanguage): string {
  if (queryLanguage === "JSONata" && JSONPATH_ONLY.has(name)) return `The field '${name}' is not supported when the query language is JSONata`;
  if (queryLanguage === "JSONPath" && JSONATA_ONLY.has(name)) return `The field '${name}' is supported only when the query language is JSONata`;
  return unsupported(name);
}

type Common = { name: string; location: string; queryLanguage: QueryLanguage; comment?: string; assign?: PayloadTemplate };

function parseByType(type: StateType, r: FieldReader, ctx: StateParseContext & { queryLanguage: QueryLanguage }, common: Common): State {
  const ql = ctx.queryLanguage;
  switch (type) {
    case "Pass": {
      const result = ql === "JSONPath" ? r.any("Result") : undefined;
      return { type, ...common, ...pathIO(r, ql), ...resultIO(r, ql, { parameters: true }), ...jsonataIO(r, ql), transition: transition(r), ...optional("result", result) };
    }
    case "Task": {
      r.require("Resource");
      const resource = r.string("Resource", { nonEmpty: true }) ?? "";
      if (resource) checkTaskResource(resource, ctx.machineType, r.at("Resource"), ctx.problems);
      const credentials = r.object("Credentials");
      if (credentials && !Object.hasOwn(credentials, "RoleArn") && !Object.hasOwn(credentials, "RoleArn.$")) {
        ctx.problems.schema("The field 'RoleArn' is required but was missing", r.at("Credentials"));
      }
      return {
        type,
        ...common,
        ...workStateFields(r, ctx),
        resource,
        ...optional("timeoutSeconds", secondsField(r, "TimeoutSeconds", ql, 1)),
        ...optional("heartbeatSeconds", secondsField(r, "HeartbeatSeconds", ql, 1)),
        ...optional("credentials", credentials ? compileTemplate(credentials, ql, r.at("Credentials"), ctx.problems) : undefined),
      };
    }
    case "Choice": {
      r.require("Choices");
      const choices = parseChoices(r, ql, ctx.problems);
      const defaultState = r.string("Default");
      return { type, ...common, ...pathIO(r, ql), ...jsonataIO(r, ql), choices, ...optional("default", defaultState) };
    }
    case "Wait":
      return { type, ...common, ...pathIO(r, ql), ...jsonataIO(r, ql), transition: transition(r), wait: waitSpec(r, ql) };
    case "Succeed":
      return { type, ...common, ...pathIO(r, ql), ...jsonataIO(r, ql) };
    case "Fail": {
      const error = stringField(r, "Error", ql);
      const cause = stringField(r, "Cause", ql);
      return { type, ...common, ...optional("error", error), ...optional("cause", cause) };
    }
    case "Parallel": {
      r.require("Branches");
      const rawBranches = r.array("Branches", { nonEmpty: true }) ?? [];
      const branches = rawBranches
        .map((branch, i) => ctx.parseGraph(branch, `${r.at("Branches")}[${i}]`, ctx.inherited))
        .filter((g): g is StateGraph => g !== undefined);
      return { type, ...common, ...workStateFields(r, ctx), branches };
    }
    case "Map":
      return parseMap(r, ctx, common);
  }
}

/** What Task and Parallel share: the full I/O pipeline, Arguments, a transition, Retry and Catch. */
function workStateFields(r: FieldReader, ctx: StateParseContext & { queryLanguage: QueryLanguage }) {
  const ql = ctx.queryLanguage;
  return {
    ...pathIO(r, ql),
    ...resultIO(r, ql, { parameters: true, resultSelector: true }),
    ...jsonataIO(r, ql, { arguments: true }),
    transition: transition(r),
    retry: parseRetriers(r.any("Retry"), r.at("Retry"), ctx.problems),
    catch: parseCatchers(r.any("Catch"), r.at("Catch"), ql, ctx.problems),
  };
}

function parseMap(r: FieldReader, ctx: StateParseContext & { queryLanguage: QueryLanguage }, common: Common): State {
  const ql = ctx.queryLanguage;
  r.exclusive("ItemProcessor", "Iterator");
  if (!r.has("ItemProcessor") && !r.has("Iterator")) ctx.problems.schema("These fields are required: [ItemProcessor]", r.location);
  const processorField = r.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
  const processorRaw = r.object(processorField);
  let mode: "INLINE" | "DISTRIBUTED" = "INLINE";
  let executionType: "STANDARD" | "EXPRESS" | undefined;
  let graphRaw: Json | undefined = processorRaw;
  // Legacy Iterator accepts ProcessorConfig too (recorded: test_map_state_legacy_config_*).
  if (processorRaw) {
    const { ProcessorConfig: config, ...rest } = processorRaw;
    graphRaw = rest;
    if (config !== undefined) {
      const c = isJsonObject(config) ? new FieldReader(config, `${r.at(processorField)}/ProcessorConfig`, ctx.problems) : undefined;
      if (!c) ctx.problems.schema("The value for the field 'ProcessorConfig' must be an OBJECT", `${r.at(processorField)}/ProcessorConfig`);
      const m = c?.string("Mode");
      if (m !== undefined && m !== "INLINE" && m !== "DISTRIBUTED") {
        ctx.problems.schema("The field 'Mode' should have one of these values: [INLINE, DISTRIBUTED]", `${r.at(processorField)}/ProcessorConfig/Mode`);
      }
      if (m === "DISTRIBUTED") mode = "DISTRIBUTED";
      const e = c?.string("ExecutionType");
      if (e !== undefined && e !== "STANDARD" && e !== "EXPRESS") {
        ctx.problems.schema("The field 'ExecutionType' should have one of these values: [STANDARD, EXPRESS]", `${r.at(processorField)}/ProcessorConfig/ExecutionType`);
      }
      if (e === "STANDARD" || e === "EXPRESS") executionType = e;
      c?.rejectUnknown(unsupported);
    }
  }
  // Spec "Query Languages": inner states default to the machine's language, not this state's.
  // EXPRESS child workflows have the Express restrictions (no activities, .sync, .waitForTaskToken).
  const workflowType = mode === "DISTRIBUTED" ? executionType : undefined;
  const processor = ctx.parseGraph(graphRaw, r.at(processorField), ctx.inherited, workflowType) ?? { startAt: "", states: new Map(), location: r.at(processorField) };
  const dataFields = mapDataFields(r, ql, mode, ctx.problems);
  // Legacy form: Map Parameters is the per-item selector, not an input filter.
  const itemSelectorField = r.has("ItemSelector") ? "ItemSelector" : ql === "JSONPath" && r.has("Parameters") ? "Parameters" : undefined;
  if (r.has("ItemSelector") && r.has("Parameters")) ctx.problems.schema("These fields are mutually exclusive: [ItemSelector, Parameters]", r.location);
  const itemSelector = itemSelectorField ? readTemplate(r, itemSelectorField, ql) : undefined;
  let itemsPath = "$";
  let items: PayloadTemplate | undefined;
  if (ql === "JSONPath") {
    const p = r.string("ItemsPath");
    if (p !== undefined) {
      if (!isValidReferencePath(p) && !isValidPathReference(p)) ctx.problems.schema("The value for the field 'ItemsPath' must be a valid JSONPath", r.at("ItemsPath"));
      itemsPath = p;
    }
  } else {
    items = readTemplate(r, "Items", ql);
  }
  return {
    type: "Map",
    ...common,
    ...pathIO(r, ql),
    ...resultIO(r, ql, { resultSelector: true }),
    ...jsonataIO(r, ql),
    transition: transition(r),
    itemsPath,
    ...optional("items", items),
    ...optional("itemSelector", itemSelector),
    processor,
    mode,
    ...optional("executionType", executionType),
    maxConcurrency: numberField(r, "MaxConcurrency", ql, 0) ?? { kind: "literal", value: 0 },
    ...optional("toleratedFailureCount", numberField(r, "ToleratedFailureCount", ql, 0)),
    ...optional("toleratedFailurePercentage", numberField(r, "ToleratedFailurePercentage", ql, 0, 100, false)),
    ...dataFields,
    ...optional("label", r.string("Label")),
    retry: parseRetriers(r.any("Retry"), r.at("Retry"), ctx.problems),
    catch: parseCatchers(r.any("Catch"), r.at("Catch"), ql, ctx.problems),
  };
}

/** ItemReader, ItemBatcher and ResultWriter: raw and compiled; they belong to Distributed Maps only. */
function mapDataFields(r: FieldReader, ql: QueryLanguage, mode: "INLINE" | "DISTRIBUTED", problems: ProblemCollector) {
  const itemReader = r.object("ItemReader");
  const itemBatcher = r.object("ItemBatcher");
  const resultWriter = r.object("ResultWriter");
  for (const [field, present] of [["ItemReader", itemReader], ["ItemBatcher", itemBatcher], ["ResultWriter", resultWriter]] as const) {
    // ours: AWS documents these fields for Distributed Maps only.
    if (present !== undefined && mode !== "DISTRIBUTED") problems.schema(`The field '${field}' is supported only when the ProcessorConfig Mode is DISTRIBUTED`, r.at(field));
  }
  return {
    ...optional("itemReader", itemReader),
    ...optional("itemBatcher", itemBatcher),
    ...optional("resultWriter", resultWriter),
    ...optional("reader", itemReader && parseItemReader(itemReader, r.at("ItemReader"), ql, problems)),
    ...optional("batcher", itemBatcher && parseItemBatcher(itemBatcher, r.at("ItemBatcher"), ql, problems)),
    ...optional("writer", resultWriter && parseResultWriter(resultWriter, r.at("ResultWriter"), ql, problems)),
  };
}

function readQueryLanguage(r: FieldReader, ctx: StateParseContext): QueryLanguage {
  const value = r.string("QueryLanguage");
  if (value === undefined) return ctx.inherited;
  if (value !== "JSONPath" && value !== "JSONata") {
    ctx.problems.schema("The field 'QueryLanguage' should have one of these values: [JSONPath, JSONata]", r.at("QueryLanguage"));
    return ctx.inherited;
  }
  if (ctx.inherited === "JSONata" && value === "JSONPath") {
    ctx.problems.schema("'QueryLanguage' can not be 'JSONPath' if set to 'JSONata' for whole state machine", ctx.location);
    return ctx.inherited;
  }
  return value;
}

function transition(r: FieldReader): Transition {
  const next = r.string("Next");
  const end = r.boolean("End");
  if (next !== undefined && end === true) {
    r.problems.schema("The fields 'Next' and 'End' are mutually exclusive", r.location);
  }
  if (next !== undefined) return { kind: "next", next };
  if (end !== true) r.problems.error("MISSING_TRANSITION_TARGET", "State has no 'Next' field and is not an end state ('End': true)", r.location);
  return { kind: "end" };
}

function pathIO(r: FieldReader, ql: QueryLanguage): PathIO {
  if (ql !== "JSONPath") return { inputPath: "$", outputPath: "$" };
  return { inputPath: pathField(r, "InputPath"), outputPath: pathField(r, "OutputPath") };
}

function pathField(r: FieldReader, name: string): string | null {
  const value = r.stringOrNull(name);
  if (value === undefined) return "$";
  if (value !== null && !isValidPathReference(value) && !isValidPath(value)) {
    r.problems.schema(`The value for the field '${name}' must be a valid JSONPath`, r.at(name));
  }
  return value;
}

function resultIO(r: FieldReader, ql: QueryLanguage, allowed: { parameters?: boolean; resultSelector?: boolean }): ResultIO {
  if (ql !== "JSONPath") return { resultPath: "$" };
  const io: ResultIO = { resultPath: "$" };
  if (allowed.parameters) {
    const parameters = readTemplate(r, "Parameters", ql);
    if (parameters) io.parameters = parameters;
  }
  if (allowed.resultSelector) {
    const selector = readTemplate(r, "ResultSelector", ql);
    if (selector) io.resultSelector = selector;
  }
  const resultPath = r.stringOrNull("ResultPath");
  if (typeof resultPath === "string" && !isValidReferencePath(resultPath)) {
    r.problems.schema("The value for the field 'ResultPath' must be a valid JSONPath", r.at("ResultPath"));
  }
  if (resultPath !== undefined) io.resultPath = resultPath;
  return io;
}

function jsonataIO(r: FieldReader, ql: QueryLanguage, allowed: { arguments?: boolean } = {}): JsonataIO {
  if (ql !== "JSONata") return {};
  const io: JsonataIO = {};
  const output = readTemplate(r, "Output", ql);
  if (output) io.output = output;
  if (allowed.arguments) {
    const args = readTemplate(r, "Arguments", ql);
    if (args) io.arguments = args;
  }
  return io;
}

function readTemplate(r: FieldReader, name: string, ql: QueryLanguage): PayloadTemplate | undefined {
  const raw = r.any(name);
  if (raw === undefined) return undefined;
  if (name !== "Assign" && ql === "JSONPath" && (name === "Parameters" || name === "ResultSelector" || name === "ItemSelector") && !isJsonObject(raw)) {
    r.problems.schema(`The value for the field '${name}' must be an OBJECT`, r.at(name));
  }
  return compileTemplate(raw, ql, r.at(name), r.problems);
}

function waitSpec(r: FieldReader, ql: QueryLanguage): { kind: "seconds"; value: DynamicValue<number> } | { kind: "timestamp"; value: DynamicValue<string> } {
  r.exclusive("Seconds", "SecondsPath", "Timestamp", "TimestampPath");
  const seconds = secondsField(r, "Seconds", ql, 0);
  if (seconds) return { kind: "seconds", value: seconds };
  if (r.has("Timestamp") || r.has("TimestampPath")) {
    const ts = timestampField(r, ql);
    if (ts) return { kind: "timestamp", value: ts };
  } else if (!r.has("Seconds") && !r.has("SecondsPath")) {
    r.problems.schema("One of these fields is required: [Seconds, SecondsPath, Timestamp, TimestampPath]", r.location);
  }
  return { kind: "seconds", value: { kind: "literal", value: 0 } };
}

function timestampField(r: FieldReader, ql: QueryLanguage): DynamicValue<string> | undefined {
  if (r.has("TimestampPath")) return referencePathField(r, "TimestampPath", ql);
  const raw = r.any("Timestamp");
  if (typeof raw === "string" && ql === "JSONata") {
    const expression = jsonataExpressionOf(raw);
    if (expression !== undefined) return { kind: "jsonata", expression };
  }
  if (typeof raw !== "string" || !isRfc3339(raw)) {
    r.problems.schema("String does not match RFC3339 timestamp", r.at("Timestamp"));
    return undefined;
  }
  return { kind: "literal", value: raw };
}

/** Seconds-like integer fields with a `...Path` twin (JSONPath) or a `{% %}` form (JSONata). */
function secondsField(r: FieldReader, name: string, ql: QueryLanguage, min: number): DynamicValue<number> | undefined {
  return numberField(r, name, ql, min, MAX_SECONDS);
}

function numberField(r: FieldReader, name: string, ql: QueryLanguage, min: number, max = MAX_SECONDS, integer = true): DynamicValue<number> | undefined {
  const pathName = `${name}Path`;
  if (r.has(pathName)) {
    if (r.has(name)) r.problems.schema(`These fields are mutually exclusive: [${name}, ${pathName}]`, r.location);
    r.accept(name);
    return referencePathField(r, pathName, ql);
  }
  const raw = r.any(name);
  if (raw === undefined) return undefined;
  if (typeof raw === "string" && ql === "JSONata") {
    const expression = jsonataExpressionOf(raw);
    if (expression !== undefined) return { kind: "jsonata", expression };
  }
  const value = integer ? r.integer(name, min, max) : r.number(name, min, max);
  return value === undefined ? undefined : { kind: "literal", value };
}

function referencePathField<T>(r: FieldReader, name: string, ql: QueryLanguage): DynamicValue<T> | undefined {
  if (ql === "JSONata") return undefined; // reported as a JSONPath-only field by rejectUnknown
  const path = r.string(name);
  if (path === undefined) return undefined;
  if (!isValidPathReference(path)) {
    r.problems.schema(`The value for the field '${name}' must be a valid JSONPath`, r.at(name));
    return undefined;
  }
  return { kind: "path", path };
}

/** Fail's Error/Cause: a string, or its ...Path twin, or (JSONata) an expression. */
function stringField(r: FieldReader, name: string, ql: QueryLanguage): DynamicValue<string> | undefined {
  const pathName = `${name}Path`;
  if (r.has(pathName)) {
    if (r.has(name)) r.problems.schema(`These fields are mutually exclusive: [${name}, ${pathName}]`, r.location);
    r.accept(name);
    if (ql === "JSONPath") {
      const path = r.string(pathName);
      if (path === undefined) return undefined;
      if (!isValidPathReference(path) && !path.startsWith("States.")) {
        r.problems.schema(`The value for the field '${pathName}' must be a valid JSONPath or a valid intrinsic function call`, r.at(pathName));
      }
      return { kind: "path", path };
    }
    return referencePathField(r, pathName, ql);
  }
  const value = r.string(name);
  if (value === undefined) return undefined;
  if (ql === "JSONata") {
    const expression = jsonataExpressionOf(value);
    if (expression !== undefined) return { kind: "jsonata", expression };
  }
  return { kind: "literal", value };
}

function parseChoices(r: FieldReader, ql: QueryLanguage, problems: ProblemCollector): ChoiceOption[] {
  const raw = r.array("Choices", { nonEmpty: true });
  if (!raw) return [];
  const location = r.at("Choices");
  if (ql === "JSONata") {
    return raw.map((rule, i) => parseJsonataChoice(rule, `${location}[${i}]`, problems));
  }
  return parseChoiceRules(raw, location, problems, { isValidPath: isValidPathReference }).map((branch) => {
    const option: ChoiceOption = { match: { kind: "rule", rule: branch.rule }, next: branch.next };
    if (branch.assign !== undefined) option.assign = compileTemplate(branch.assign, ql, `${branch.location}/Assign`, problems);
    return option;
  });
}

function parseJsonataChoice(raw: Json, location: string, problems: ProblemCollector): ChoiceOption {
  if (!isJsonObject(raw)) {
    problems.schema("A Choice Rule must be an OBJECT", location);
    return { match: { kind: "condition", condition: { kind: "literal", value: false } }, next: "" };
  }
  const r = new FieldReader(raw, location, problems);
  r.require("Condition", "Next");
  const condition = r.any("Condition");
  const next = r.string("Next") ?? "";
  r.string("Comment");
  const option: ChoiceOption = {
    match: { kind: "condition", condition: compileTemplate(condition ?? false, "JSONata", r.at("Condition"), problems) },
    next,
  };
  const assign = r.any("Assign");
  if (assign !== undefined) option.assign = compileTemplate(assign, "JSONata", r.at("Assign"), problems);
  const output = r.any("Output");
  if (output !== undefined) option.output = compileTemplate(output, "JSONata", r.at("Output"), problems);
  r.rejectUnknown(unsupported);
  return option;
}

/** Spreads `{ [key]: value }` only when value is defined (keeps exactOptional-style objects clean). */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
