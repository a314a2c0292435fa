import type { Json, JsonObject } from "../core/json.ts";
import { isJsonObject } from "../core/json.ts";
import { findTooDeep, nestingDepthMessage } from "../core/json-nesting.ts";
import { describeJsonSyntaxError } from "../core/json-syntax-error.ts";
import { FieldReader } from "./field-reader.ts";
import { unsupported } from "./parse-retry-catch.ts";
import { type GraphParser, parseState } from "./parse-states.ts";
import { type DefinitionProblem, formatInvalidDefinitionMessage, ProblemCollector } from "./problems.ts";
import type { QueryLanguage, State, StateGraph, StateMachineDefinition } from "./types.ts";
import { checkTransitions } from "./transitions.ts";
import { checkVariables } from "./variable-checks.ts";

export type ParseResult =
  | { ok: true; definition: StateMachineDefinition; warnings: DefinitionProblem[] }
  | { ok: false; problems: DefinitionProblem[] };

/** Thrown by `parseDefinitionOrThrow`; `message` is AWS's InvalidDefinition text. */
export class InvalidDefinitionError extends Error {
  constructor(readonly problems: DefinitionProblem[]) {
    super(formatInvalidDefinitionMessage(problems));
    this.name = "InvalidDefinitionError";
  }
}

const MAX_STATE_NAME_LENGTH = 80;

/**
 * Parses and validates a definition (JSON text or object) once, reporting every problem found.
 */
export interface ParseOptions {
  /** EXPRESS machines may not use activities, `.sync` or `.waitForTaskToken` (default STANDARD). */
  type?: "STANDARD" | "EXPRESS";
}

export function parseDefinition(source: string | Json, options: ParseOptions = {}): ParseResult {
  const problems = new ProblemCollector();
  const machineType = options.type ?? "STANDARD";
  const raw = readDefinitionJson(source, problems);
  if (raw === undefined) return { ok: false, problems: problems.problems };
  const r = new FieldReader(raw, "/", problems);
  r.require("States", "StartAt");
  const comment = r.string("Comment");
  const version = r.string("Version");
  const timeoutSeconds = r.integer("TimeoutSeconds", 1, 99_999_999);
  const ql = r.string("QueryLanguage");
  if (ql !== undefined && ql !== "JSONPath" && ql !== "JSONata") {
    problems.schema("The field 'QueryLanguage' should have one of these values: [JSONPath, JSONata]", "/QueryLanguage");
  }
  const queryLanguage: QueryLanguage = ql === "JSONata" ? "JSONata" : "JSONPath";
  const names = new Set<string>();
  const graph = parseGraphBody(r, "", queryLanguage, machineType, problems, names);
  r.rejectUnknown(unsupported);
  if (graph && !problems.hasErrors) checkVariables(graph, problems);
  if (problems.hasErrors || !graph) return { ok: false, problems: problems.errors };
  const definition: StateMachineDefinition = { ...graph, queryLanguage };
  if (comment !== undefined) definition.comment = comment;
  if (version !== undefined) definition.version = version;
  if (timeoutSeconds !== undefined) definition.timeoutSeconds = timeoutSeconds;
  return { ok: true, definition, warnings: problems.problems.filter((p) => p.severity === "WARNING") };
}

/** The definition's JSON object, or undefined after reporting why it is not one. */
function readDefinitionJson(source: string | Json, problems: ProblemCollector): JsonObject | undefined {
  let raw: Json;
  if (typeof source === "string") {
    if (source.trim() === "") {
      // Recorded: this diagnostic carries no location.
      problems.error("SCHEMA_VALIDATION_FAILED", "Definition must be a valid JSON object");
      return undefined;
    }
    const syntax = describeJsonSyntaxError(source);
    if (syntax) {
      problems.error("INVALID_JSON_DESCRIPTION", syntax.message, syntax.location);
      return undefined;
    }
    raw = JSON.parse(source) as Json;
  } else {
    // Text is checked by describeJsonSyntaxError; a value given as is gets the same bound.
    raw = source;
    const tooDeep = findTooDeep(raw);
    if (tooDeep) {
      problems.error("INVALID_JSON_DESCRIPTION", nestingDepthMessage(tooDeep.depth), tooDeep.location);
      return undefined;
    }
  }
  if (!isJsonObject(raw)) {
    problems.schema("Definition must be a valid JSON object", "/");
    return undefined;
  }
  return raw;
}

export function parseDefinitionOrThrow(source: string | Json, options: ParseOptions = {}): StateMachineDefinition {
  const result = parseDefinition(source, options);
  if (!result.ok) throw new InvalidDefinitionError(result.problems);
  return result.definition;
}

/** Reads StartAt + States of the top level, a Parallel branch or a Map processor. */
function parseGraphBody(
  r: FieldReader,
  prefix: string,
  queryLanguage: QueryLanguage,
  machineType: "STANDARD" | "EXPRESS",
  problems: ProblemCollector,
  names: Set<string>,
): StateGraph | undefined {
  const startAt = r.string("StartAt");
  const statesRaw = r.object("States");
  if (startAt === undefined || statesRaw === undefined) return undefined;
  const location = `${prefix}/States`;
  const states = new Map<string, State>();
  const parseGraph = nestedGraphParser(machineType, problems, names);
  for (const [name, stateRaw] of Object.entries(statesRaw)) {
    const stateLocation = `${location}/${name}`;
    if (names.has(name)) problems.error("DUPLICATE_STATE_NAME", `Duplicate State name: ${name}`, stateLocation);
    names.add(name);
    if (name.length === 0 || name.length > MAX_STATE_NAME_LENGTH) {
      problems.error("INVALID_STATE_NAME", `State name '${name}' must be between 1 and ${MAX_STATE_NAME_LENGTH} characters long`, stateLocation);
    }
    const state = parseState(stateRaw, { name, location: stateLocation, problems, inherited: queryLanguage, machineType, parseGraph });
    if (state) states.set(name, state);
  }
  const graph: StateGraph = { startAt, states, location };
  checkTransitions(graph, Object.keys(statesRaw), prefix, problems);
  return graph;
}

/** Parses the graphs nested in a state (Parallel branches, a Map's ItemProcessor). */
function nestedGraphParser(machineType: "STANDARD" | "EXPRESS", problems: ProblemCollector, names: Set<string>): GraphParser {
  return (raw, at, inherited, workflowType) => {
    if (!isJsonObject(raw)) {
      problems.schema("The value must be an OBJECT", at);
      return undefined;
    }
    const inner = new FieldReader(raw, at, problems);
    inner.require("States", "StartAt");
    inner.string("Comment");
    const innerQl = inner.string("QueryLanguage");
    if (innerQl !== undefined && innerQl !== inherited) {
      problems.schema("The field 'QueryLanguage' is not supported here", inner.at("QueryLanguage"));
    }
    const graph = parseGraphBody(inner, at, inherited, workflowType ?? machineType, problems, names);
    inner.rejectUnknown(unsupported);
    return graph;
  };
}

export type StateParseResult = { ok: true; state: State } | { ok: false; problems: DefinitionProblem[] };

/**
 * Parses a definition that is one state rather than a machine (TestState without `stateName`),
 * with the checks CreateStateMachine makes on a state; locations are relative to the state (`/Type`).
 * Its Next and Catch targets name states outside it, so they are not checked. `name` is what the
 * state is called at run time (in causes and the context object).
 */
export function parseStateDefinition(source: string | Json, name: string, options: ParseOptions = {}): StateParseResult {
  const problems = new ProblemCollector();
  const raw = readDefinitionJson(source, problems);
  if (raw === undefined) return { ok: false, problems: problems.problems };
  const machineType = options.type ?? "STANDARD";
  const names = new Set([name]);
  const parseGraph = nestedGraphParser(machineType, problems, names);
  const state = parseState(raw, { name, location: "/", problems, inherited: "JSONPath", machineType, parseGraph });
  if (problems.hasErrors || !state) return { ok: false, problems: problems.errors };
  return { ok: true, state };
}
