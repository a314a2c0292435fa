import type { Json } from "../../core/json.ts";
import type { PayloadTemplate } from "../../definition/payload-template.ts";
import type { Catcher, DynamicValue } from "../../definition/types.ts";
import {
  evaluateJsonataBoolean,
  evaluateJsonataInteger,
  evaluateJsonataNumber,
  evaluateJsonataString,
  evaluateJsonataTemplate,
  type JsonataEnvironment,
} from "../../jsonata/index.ts";
import type { StateInfo } from "../context-object.ts";
import type { StateVisit } from "../state-visit.ts";

/**
 * JSONata-mode input/output: `$states.input` is the raw state input; Arguments shape what the
 * work gets; `$states.result` / `$states.errorOutput` are visible to Output and Assign; without
 * Output a Task/Map/Parallel outputs its result and other states their input (ERRATA §2.1).
 */
export interface JsonataFacts {
  result?: Json;
  errorOutput?: Json;
  extra?: Partial<StateInfo>;
}

export function jsonataEnvironment(visit: StateVisit, facts: JsonataFacts = {}): JsonataEnvironment {
  const states: JsonataEnvironment["states"] = { input: visit.rawInput, context: visit.context(facts.extra ?? {}) };
  if (facts.result !== undefined) states.result = facts.result;
  if (facts.errorOutput !== undefined) states.errorOutput = facts.errorOutput;
  return {
    states,
    variables: visit.ctx.scope.visible(),
    random: () => visit.run.entropy.random(),
    uuid: () => visit.run.entropy.uuid(),
  };
}

export function evaluateJsonata(template: PayloadTemplate, visit: StateVisit, field: string, facts: JsonataFacts = {}): Promise<Json> {
  return evaluateJsonataTemplate(template, jsonataEnvironment(visit, facts), field);
}

/** Output when given, else the default (the result for Task/Map/Parallel, the input otherwise). */
export async function jsonataOutput(template: PayloadTemplate | undefined, visit: StateVisit, fallback: Json, facts: JsonataFacts = {}): Promise<Json> {
  return template ? evaluateJsonata(template, visit, "Output", facts) : fallback;
}

export async function jsonataAssign(template: PayloadTemplate | undefined, visit: StateVisit, facts: JsonataFacts = {}): Promise<Map<string, Json> | undefined> {
  if (!template) return undefined;
  const value = await evaluateJsonata(template, visit, "Assign", facts);
  const assignments = new Map<string, Json>();
  if (value !== null && typeof value === "object" && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) assignments.set(k, v);
  return assignments;
}

/** A Catcher's Output (default: the error output) and Assign, with `$states.errorOutput`. */
export async function jsonataCatch(catcher: Catcher, visit: StateVisit, errorOutput: Json): Promise<{ output: Json; assignments: Map<string, Json> | undefined }> {
  const facts = { errorOutput };
  const assignments = await jsonataAssign(catcher.assign, visit, facts);
  const output = await jsonataOutput(catcher.output, visit, errorOutput, facts);
  return { output, assignments };
}

export async function jsonataBoolean(template: PayloadTemplate, visit: StateVisit, field: string): Promise<boolean> {
  return evaluateJsonataBoolean(template, jsonataEnvironment(visit), field);
}

/** A numeric field given as a literal or a `{% %}` expression. */
export async function jsonataNumberField(value: DynamicValue<number>, visit: StateVisit, field: string, integer = true): Promise<number> {
  if (value.kind === "literal") return value.value;
  const template: PayloadTemplate = value.kind === "jsonata" ? { kind: "jsonata", expression: value.expression } : { kind: "literal", value: null };
  const env = jsonataEnvironment(visit);
  return integer ? evaluateJsonataInteger(template, env, field) : evaluateJsonataNumber(template, env, field);
}

export async function jsonataStringField(value: DynamicValue<string>, visit: StateVisit, field: string): Promise<string> {
  if (value.kind === "literal") return value.value;
  const template: PayloadTemplate = value.kind === "jsonata" ? { kind: "jsonata", expression: value.expression } : { kind: "literal", value: null };
  return evaluateJsonataString(template, jsonataEnvironment(visit), field);
}
