/**
 * Capabilities: what a target may declare unsupported in its manifest (cases/features.json,
 * `capabilities.names`, plus every `api.<Operation>` feature), and which of them each case needs —
 * derived from its features, start mode, state machine type, definition and the operations it
 * calls. One function per kind of case; the definition walk is shared.
 */
import featuresJson from "../../cases/features.json" with { type: "json" };
import type { ApiCase } from "../api/api-case.ts";
import type { ExecutionCase } from "../compare/execution-case.ts";
import type { ValidationCase } from "./corpus.ts";

interface FeaturesDocument {
  groups: Record<string, { features: string[] }>;
  capabilities: { names: Record<string, string> };
}

const features = featuresJson as unknown as FeaturesDocument;

/** Every capability name a manifest may list, in the order of cases/features.json. */
export const CAPABILITIES: readonly string[] = [
  ...Object.keys(features.capabilities.names),
  ...(features.groups["api"]?.features ?? []),
];

const KNOWN = new Set(CAPABILITIES);

export function isCapability(name: string): boolean {
  return KNOWN.has(name);
}

/** The capability an operation call needs by itself, besides `api.<Operation>`. */
function operationCapabilities(operation: string): string[] {
  const out = [`api.${operation}`];
  if (/Activit/.test(operation) || operation === "GetActivityTask") out.push("activities");
  if (/Alias/.test(operation)) out.push("api.aliases");
  if (/Version/.test(operation)) out.push("api.versions");
  if (operation === "TagResource" || operation === "UntagResource" || operation === "ListTagsForResource") out.push("api.tags");
  if (operation === "RedriveExecution") out.push("redrive");
  if (operation === "StartSyncExecution") out.push("express", "express.sync");
  if (/MapRun/.test(operation)) out.push("map.distributed");
  return out;
}

/** Parses definition text when it is JSON (recorded requests may hold symbols; those stay text). */
function definitionValue(definition: unknown): unknown {
  if (typeof definition !== "string") return definition;
  try {
    return JSON.parse(definition) as unknown;
  } catch {
    return definition;
  }
}

/**
 * What a definition (or a single state, as TestState takes) needs: JSONata, variables, Distributed
 * Map, activities, callbacks. Unparseable text is searched for the same markers.
 */
export function definitionCapabilities(definition: unknown): Set<string> {
  const out = new Set<string>();
  const value = definitionValue(definition);
  if (typeof value === "string") {
    if (/"QueryLanguage"\s*:\s*"JSONata"/.test(value)) out.add("jsonata");
    if (/"Assign"\s*:/.test(value)) out.add("variables");
    if (/"Mode"\s*:\s*"DISTRIBUTED"|"ItemReader"\s*:|"ResultWriter"\s*:/.test(value)) out.add("map.distributed");
    if (/:activity:/.test(value)) out.add("activities");
    if (/\.waitForTaskToken/.test(value)) out.add("callbacks");
    return out;
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    for (const [key, member] of Object.entries(node as Record<string, unknown>)) {
      if (key === "QueryLanguage" && member === "JSONata") out.add("jsonata");
      if (key === "Assign") out.add("variables");
      if ((key === "Mode" && member === "DISTRIBUTED") || key === "ItemReader" || key === "ResultWriter") out.add("map.distributed");
      if (key === "Resource" && typeof member === "string") {
        if (member.includes(":activity:")) out.add("activities");
        if (member.endsWith(".waitForTaskToken")) out.add("callbacks");
      }
      walk(member);
    }
  };
  walk(value);
  return out;
}

/** What one API request needs beyond its operation (publishing, tags, EXPRESS, logging, its definition). */
function requestCapabilities(operation: string, request: Record<string, unknown>): Set<string> {
  const out = new Set(operationCapabilities(operation));
  if (request["publish"] === true || request["versionDescription"] !== undefined) out.add("api.versions");
  if (request["tags"] !== undefined) out.add("api.tags");
  if (request["type"] === "EXPRESS") out.add("express");
  if (request["loggingConfiguration"] !== undefined) out.add("logging");
  if (request["definition"] !== undefined) for (const c of definitionCapabilities(request["definition"])) out.add(c);
  return out;
}

const sorted = (set: Set<string>): string[] => [...set].sort();

/** An execution case run over the API: the calls the runner makes, the case's features, its definition. */
export function executionCaseCapabilities(testCase: ExecutionCase): string[] {
  const out = definitionCapabilities(testCase.definition);
  const startMode = testCase.startMode ?? "standard";
  const operations = ["CreateStateMachine", "DeleteStateMachine"];
  if (startMode === "express-sync") operations.push("StartSyncExecution");
  else operations.push("StartExecution", "DescribeExecution");
  if (testCase.history && startMode === "standard") operations.push("GetExecutionHistory");
  for (const operation of operations) for (const c of operationCapabilities(operation)) out.add(c);
  if (testCase.stateMachineType === "EXPRESS") out.add("express");
  if (startMode === "express-async" || (testCase.stateMachineType === "EXPRESS" && startMode === "standard")) out.add("express.async");
  const declared = new Set(testCase.features);
  if (declared.has("jsonata") || testCase.queryLanguage !== "JSONPath") out.add("jsonata");
  if (declared.has("variables") || declared.has("field:Assign")) out.add("variables");
  // A declared feature that is also a capability (map.distributed, activities, callbacks, redrive, ...).
  for (const name of declared) if (KNOWN.has(name)) out.add(name);
  if (declared.has("versions-aliases")) out.add("api.versions").add("api.aliases");
  if (out.has("activities")) {
    for (const operation of ["CreateActivity", "GetActivityTask", "SendTaskSuccess", "SendTaskFailure", "DeleteActivity"]) out.add(`api.${operation}`);
    if (testCase.taskResponses?.some((r) => (r.heartbeats ?? 0) > 0)) out.add("api.SendTaskHeartbeat");
  }
  return sorted(out);
}

/** An API contract case: every call it makes (its steps and the call under test). */
export function apiCaseCapabilities(testCase: ApiCase): string[] {
  const out = new Set<string>();
  for (const call of [...(testCase.steps ?? []), testCase]) for (const c of requestCapabilities(call.operation, call.request)) out.add(c);
  return sorted(out);
}

/** A definition-validation case: its one call. */
export function validationCaseCapabilities(testCase: ValidationCase): string[] {
  return sorted(requestCapabilities(testCase.operation, testCase.request));
}
